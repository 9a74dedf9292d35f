/**
 * Builds a meeting's event log directly, event by event, with a clock the test moves: the minutes
 * are a function of the log, so their tests write the log they describe.
 */
import {
  DEFAULT_SETTINGS,
  type EventBody,
  type ItemKind,
  type MeetingEvent,
  type Phase,
  type Role,
  type Settings,
  type Timer,
} from '@percolate/shared';

export const MINUTE = 60_000;

export const runningTimer = (startedAt: number, minutes: number): Timer => ({
  startedAt,
  durationMs: minutes * MINUTE,
  pausedRemainingMs: null,
});

export class EventLog {
  readonly events: MeetingEvent[] = [];
  now: number;
  private commands = 0;

  constructor(start: number) {
    this.now = start;
  }

  /** Moves the clock on. */
  wait(ms: number): this {
    this.now += ms;
    return this;
  }

  /** Moves the clock to a moment. */
  at(time: number): this {
    this.now = time;
    return this;
  }

  /** Appends events as one command's outcome, at the current time. */
  add(...bodies: EventBody[]): this {
    const commandId = `c${++this.commands}`;
    for (const body of bodies) {
      this.events.push({
        ...body,
        seq: this.events.length + 1,
        at: this.now,
        commandId,
      } as MeetingEvent);
    }
    return this;
  }

  create(meetingId: string, title: string, settings: Partial<Settings> = {}): this {
    return this.add({
      type: 'meeting:created',
      meetingId,
      title,
      settings: { ...DEFAULT_SETTINGS, ...settings },
    });
  }

  join(participantId: string, name: string, role: Role = 'participant'): this {
    return this.add({
      type: 'participant:joined',
      participantId,
      tokenHash: `hash-${participantId}`,
      name,
      role,
    });
  }

  phase(from: Phase, to: Phase): this {
    return this.add({ type: 'phase:changed', from, to });
  }

  propose(topicId: string, authorId: string, title: string, description = ''): this {
    return this.add({ type: 'topic:proposed', topicId, authorId, title, description });
  }

  /** Dots as [participant, topic] pairs, one event each. */
  dots(...pairs: [string, string][]): this {
    for (const [participantId, topicId] of pairs)
      this.add({ type: 'vote:cast', participantId, topicId });
    return this;
  }

  start(topicId: string, minutes: number): this {
    return this.add({
      type: 'discussion:started',
      topicId,
      timer: runningTimer(this.now, minutes),
    });
  }

  item(
    itemId: string,
    topicId: string,
    kind: ItemKind,
    text: string,
    authorId: string,
    action: { owner?: string; due?: string } = {},
  ): this {
    return this.add({
      type: 'item:added',
      itemId,
      topicId,
      kind,
      text,
      owner: action.owner ?? null,
      due: action.due ?? null,
      authorId,
    });
  }
}
