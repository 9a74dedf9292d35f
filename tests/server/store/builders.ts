/** Meetings, events and committed commands as a store receives them, numbered as asked. */
import { DEFAULT_SETTINGS, ErrorCode, type MeetingEvent } from '@percolate/shared';
import type { CommittedCommand, MeetingRecord } from '../../../server/src/store/index.js';

const T0 = 1_760_000_000_000;

export function meetingRecord(id: string, overrides: Partial<MeetingRecord> = {}): MeetingRecord {
  return {
    id,
    joinCode: `CODE-${id}`,
    facilitatorKeyHash: 'f'.repeat(64),
    title: `Community meeting ${id}`,
    createdAt: T0,
    communityId: null,
    endedAt: null,
    ...overrides,
  };
}

export function meetingCreated(meetingId: string): MeetingEvent {
  return {
    type: 'meeting:created',
    meetingId,
    title: `Community meeting ${meetingId}`,
    settings: DEFAULT_SETTINGS,
    seq: 1,
    at: T0,
    commandId: `create-${meetingId}`,
  };
}

/** A participant's command that proposed `titles.length` topics, numbered after `afterSeq`. */
export function proposeTopics(
  commandId: string,
  afterSeq: number,
  titles: string[] = [`Topic of ${commandId}`],
): CommittedCommand {
  const events: MeetingEvent[] = titles.map((title, index) => ({
    type: 'topic:proposed',
    topicId: `${commandId}-topic-${index}`,
    title,
    description: '',
    authorId: 'p1',
    seq: afterSeq + index + 1,
    at: T0 + afterSeq + index + 1,
    commandId,
  }));
  return { commandId, events, ack: { ok: true, seq: afterSeq + titles.length } };
}

/** A command `decide` refused: no events, an error ack. */
export function refusedVote(commandId: string): CommittedCommand {
  return {
    commandId,
    events: [],
    ack: { ok: false, error: { code: ErrorCode.VoteBudgetExhausted, message: 'no dots left' } },
  };
}

/** The facilitator's command that ended the meeting at `at`, numbered after `afterSeq`. */
export function endMeeting(commandId: string, afterSeq: number, at: number): CommittedCommand {
  const seq = afterSeq + 1;
  return {
    commandId,
    events: [{ type: 'meeting:ended', seq, at, commandId }],
    ack: { ok: true, seq },
  };
}
