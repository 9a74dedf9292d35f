/** The two kinds of event stream, as their tables hold them. */
import type { CommunityEvent, MeetingEvent } from '@percolate/shared';
import {
  type CommunityEventRow,
  toCommunityEvent,
  toCommunityEventValues,
} from './communityRows.js';
import type { StreamCodec } from './eventStream.js';
import { type EventRow, endedAtOf, toEventValues, toMeetingEvent } from './rows.js';
import { STREAMS } from './streamTables.mjs';

export const meetingCodec: StreamCodec<MeetingEvent, EventRow> = {
  tables: STREAMS.meeting,
  toRow: (event) => {
    const row = toEventValues(event);
    return [row.seq, row.at, row.type, row.commandId, row.body];
  },
  fromRow: toMeetingEvent,
  endedAt: endedAtOf,
};

export const communityCodec: StreamCodec<CommunityEvent, CommunityEventRow> = {
  tables: STREAMS.community,
  toRow: (event) => {
    const row = toCommunityEventValues(event);
    return [row.seq, row.at, row.type, row.body];
  },
  fromRow: toCommunityEvent,
  endedAt: () => null,
};
