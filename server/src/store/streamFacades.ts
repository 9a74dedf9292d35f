/** The store methods that are the event streams' own, under the names the server calls them by. */
import type { CommunityEvent, MeetingEvent } from '@percolate/shared';
import type { EventStream, StreamAppend } from './eventStream.js';
import { eventsOf } from './rows.js';
import type { CommittedCommand, CommunityStore, EventStore } from './types.js';

/** A meeting's batch of commands as one append to its stream. */
export const batchAppend = (batch: readonly CommittedCommand[]): StreamAppend<MeetingEvent> => ({
  events: eventsOf(batch),
  commands: batch,
});

export const meetingStreamMethods = (
  meetings: EventStream<MeetingEvent>,
): Pick<EventStore, 'loadEvents' | 'append' | 'findCommandAck'> => ({
  loadEvents: (meetingId, afterSeq) => meetings.readSince(meetingId, afterSeq),
  append: (meetingId, expectedSeq, batch) =>
    meetings.append(meetingId, expectedSeq, batchAppend(batch)),
  findCommandAck: (meetingId, commandId) => meetings.findCommandAck(meetingId, commandId),
});

export const communityStreamMethods = (
  communities: EventStream<CommunityEvent>,
): Pick<
  CommunityStore,
  'loadCommunityEvents' | 'appendCommunityEvents' | 'findCommunityCommandAck'
> => ({
  loadCommunityEvents: (communityId, afterSeq) => communities.readSince(communityId, afterSeq),
  appendCommunityEvents: (communityId, expectedSeq, events, command) =>
    communities.append(communityId, expectedSeq, { events, commands: command ? [command] : [] }),
  findCommunityCommandAck: (communityId, commandId) =>
    communities.findCommandAck(communityId, commandId),
});
