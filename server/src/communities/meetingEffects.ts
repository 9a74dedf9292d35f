/**
 * The community's effects on its meetings, through the meeting service: scheduling creates the
 * meeting (pre-voting open at once) and brings in the open actions; pulling imports the topics;
 * a conclusion offers its new actions to the other upcoming meetings (and reopens there what it
 * took back); an action done marks it done in the upcoming meetings that review it; removal
 * deletes the meeting.
 */
import {
  type Command,
  type CommunityEventBody,
  type CommunityState,
  type DomainError,
  domainError,
  ErrorCode,
  type OpenAction,
  type ReviewStatus,
  type SystemCommand,
  scheduledMeetingSettings,
} from '@percolate/shared';
import type { Ids } from '../ids.js';
import type { MeetingService } from '../meetings/meetingService.js';
import { type CarriedOut, type CommunityEffects, NOTHING } from './communityEffects.js';

const SYSTEM = { kind: 'system' } as const;

type Effect = Promise<CarriedOut | DomainError>;
const done = (undo: () => Promise<void> = NOTHING): CarriedOut => ({ undo });

/** Meetings that may still review the community's actions (a just ended one refuses). */
const upcoming = (state: CommunityState, except: string | null = null) =>
  state.meetings.filter(
    (meeting) => meeting.meetingId !== except && meeting.outcome === null && !meeting.deleted,
  );

export const meetingEffects = (
  meetings: MeetingService,
  ids: Pick<Ids, 'commandId'>,
): CommunityEffects => {
  /** Runs a system command in the meeting; the refusal when it is gone or refuses. */
  const executeIn = async (
    meetingId: string,
    command: Command | SystemCommand,
  ): Promise<DomainError | null> => {
    const runtime = await meetings.open(meetingId);
    if (!runtime) return domainError(ErrorCode.MeetingNotFound, 'the meeting was deleted');
    const ack = await runtime.execute(command, SYSTEM);
    return ack.ok ? null : ack.error;
  };

  const importActions = (meetingId: string, actions: OpenAction[]) =>
    actions.length === 0 ? null : executeIn(meetingId, { type: 'actions:import', actions });

  /**
   * The community's word on an action, in every upcoming meeting that reviews it with status
   * `from` (any when null). Best effort: one that never imported it, or ended meanwhile, refuses
   * and keeps its own review, which its conclusion reports.
   */
  const reviewEverywhere = async (
    state: CommunityState,
    actionId: string,
    status: ReviewStatus,
    from: ReviewStatus | null,
    except: string | null = null,
  ) => {
    for (const { meetingId } of upcoming(state, except)) {
      const runtime = await meetings.open(meetingId);
      const reviewed = runtime?.view.reviewActions.find((each) => each.action.id === actionId);
      if (!runtime || !reviewed || reviewed.status === status) continue;
      if (from !== null && reviewed.status !== from) continue;
      await runtime.execute(
        { id: ids.commandId(), type: 'action:review', actionId, status },
        SYSTEM,
      );
    }
  };

  const one = async (state: CommunityState, event: CommunityEventBody): Effect => {
    switch (event.type) {
      case 'meeting:scheduled': {
        const { meetingId, title } = event.meeting;
        await meetings.create(title, scheduledMeetingSettings(event.meeting), {
          id: meetingId,
          community: { id: state.id, name: state.name },
        });
        const undo = () => meetings.remove(meetingId);
        const refused = await importActions(meetingId, state.openActions);
        if (refused) await undo();
        return refused ?? done(undo);
      }
      case 'backlog:pulled': {
        const pulled = new Set(event.topicIds);
        const topics = state.backlog
          .filter((topic) => pulled.has(topic.id))
          .map(({ id, title, description, proposedAt, proposedByName, history }) => ({
            title,
            description,
            origin: { backlogTopicId: id, proposedAt, proposedByName, history },
          }));
        return (await executeIn(event.meetingId, { type: 'topics:import', topics })) ?? done();
      }
      case 'meeting:concluded': {
        // A meeting that ended meanwhile refuses the import; its own conclusion takes over.
        for (const meeting of upcoming(state, event.meetingId)) {
          await importActions(meeting.meetingId, event.newActions);
        }
        // Done there only by the word passed on: the meeting that took it back had the last one.
        for (const action of event.reopenedActions ?? []) {
          await reviewEverywhere(state, action.id, 'open', 'done', event.meetingId);
        }
        return done();
      }
      case 'action:done':
        // Not taken back if the append fails: the retried decision finds it open or done anyway.
        await reviewEverywhere(state, event.actionId, 'done', null);
        return done();
      case 'meeting:removed':
        await meetings.remove(event.meetingId);
        return done();
      default:
        return done();
    }
  };

  return {
    async carryOut({ state }, events) {
      const undos: (() => Promise<void>)[] = [];
      const undoAll = async () => {
        for (const undo of undos.reverse()) await undo();
      };
      for (const event of events) {
        const outcome = await one(state, event);
        if ('code' in outcome) {
          await undoAll();
          return outcome;
        }
        undos.push(outcome.undo);
      }
      return done(undoAll);
    },
    async forget({ state }) {
      for (const meeting of state.meetings) await meetings.remove(meeting.meetingId);
    },
  };
};
