/** What happened in a community: its event log, facts in the past tense. */
import type { SettingsPatch } from '../domain/settingsSchema.js';
import type {
  BacklogTopic,
  CommunityState,
  MeetingOutcome,
  MemberId,
  OpenAction,
  ScheduledMeeting,
} from './model.js';

export type CommunityEventBody =
  | {
      type: 'community:created';
      communityId: string;
      name: string;
      description: string;
      meetingDefaults?: SettingsPatch;
    }
  | { type: 'defaults:set'; settings: SettingsPatch }
  /**
   * The community moved in from another server's archive (`exportedAt`): its whole state as the
   * archive had it, under this server's ids and with new member secrets. Always the first event.
   */
  | { type: 'community:imported'; state: CommunityState; exportedAt: number }
  | { type: 'member:joined'; memberId: MemberId; name: string; tokenHash: string }
  | { type: 'member:left'; memberId: MemberId }
  | { type: 'rotation:set'; memberIds: MemberId[] }
  | { type: 'meeting:scheduled'; meeting: ScheduledMeeting }
  | { type: 'backlog:added'; topic: BacklogTopic }
  | { type: 'backlog:removed'; topicId: string }
  /** Taken out of the backlog into that meeting (as imported topics). */
  | { type: 'backlog:pulled'; meetingId: string; topicIds: string[] }
  /**
   * The meeting ended: its outcome, the topics it did not discuss (back into the backlog; one that
   * came from it keeps its id), its action items, and the earlier actions marked done in it.
   */
  | {
      type: 'meeting:concluded';
      meetingId: string;
      outcome: MeetingOutcome;
      carried: BacklogTopic[];
      newActions: OpenAction[];
      doneActionIds: string[];
      /** Marked done in it and taken back: open again (absent in conclusions stored before). */
      reopenedActions?: OpenAction[];
    }
  | { type: 'action:done'; actionId: string }
  /** Its meeting and minutes were deleted; the entry stays, marked. */
  | { type: 'meeting:removed'; meetingId: string };

/** A stored community event: its body, numbered by the store, with the time it was decided. */
export type CommunityEvent = CommunityEventBody & { seq: number; at: number };
