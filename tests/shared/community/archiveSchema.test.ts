/** What an import refuses: an archive is untrusted input, judged by the live limits. */
import {
  type CommunityArchive,
  communityArchive,
  ErrorCode,
  LIMITS,
  type MeetingEvent,
  parseCommunityArchive,
} from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { SOURCE_NOW, sourceCommunity } from './archiveCommunity.js';

/** The archive as a file would bring it: plain JSON, to change at will. */
const archiveJson = (): CommunityArchive => {
  const { state, logs } = sourceCommunity();
  return JSON.parse(JSON.stringify(communityArchive(state, logs, SOURCE_NOW)));
};

const refusal = (input: unknown) => {
  const parsed = parseCommunityArchive(input);
  if (parsed.ok) throw new Error('accepted');
  return parsed.error;
};

const heldIndex = (archive: CommunityArchive) =>
  archive.meetings.findIndex((meeting) => meeting.meetingId === 'cop-q4');

const eventsOf = (archive: CommunityArchive, index: number): MeetingEvent[] =>
  archive.meetings[index]?.events ?? [];

describe('importing a community archive refuses', () => {
  it('what is no community archive, saying so', () => {
    for (const input of [null, [], 'text', { format: 'percolate-meeting', version: 1 }]) {
      expect(refusal(input)).toEqual({
        code: ErrorCode.ArchiveUnsupported,
        message: 'not a Percolate community archive',
      });
    }
  });

  it('an archive of a version it does not read, naming both versions', () => {
    expect(refusal({ ...archiveJson(), version: 2 })).toEqual({
      code: ErrorCode.ArchiveUnsupported,
      message: 'archive version 2: this server reads version 1',
    });
  });

  it('a text over the limit the live command has, with the path to it', () => {
    const archive = archiveJson();
    const topic = archive.backlog[0];
    if (topic) topic.title = 'x'.repeat(LIMITS.topicTitle + 1);
    const error = refusal(archive);
    expect(error.code).toBe(ErrorCode.InvalidPayload);
    expect(error.message).toMatch(/^backlog\.0\.title: /);
  });

  it('a line break in a one-line field and a field the format does not have', () => {
    const archive = archiveJson();
    const member = archive.community.members[1];
    if (member) member.name = 'Ben\nOkafor';
    expect(refusal(archive).message).toMatch(/^community\.members\.1\.name: one line/);
    expect(refusal({ ...archiveJson(), organiserKey: 'x' }).message).toMatch(/organiserKey/);
  });

  it('one bad event at the end of the last meeting, pointing at it', () => {
    const archive = archiveJson();
    const index = heldIndex(archive);
    const events = eventsOf(archive, index);
    const last = events.length - 1;
    events[last] = { ...(events[last] as MeetingEvent), type: 'meeting:exploded' } as never;
    const error = refusal(archive);
    expect(error.message).toMatch(new RegExp(`^meetings\\.${index}\\.events\\.${last}\\.type: `));
  });

  it('a secret the record never keeps: a token hash or a link secret', () => {
    const archive = archiveJson();
    const index = heldIndex(archive);
    const events = eventsOf(archive, index);
    const joined = events.findIndex((event) => event.type === 'participant:joined');
    events[joined] = { ...(events[joined] as MeetingEvent), tokenHash: 'a'.repeat(64) } as never;
    expect(refusal(archive).message).toMatch(
      new RegExp(`^meetings\\.${index}\\.events\\.${joined}\\.tokenHash: `),
    );
  });

  it('a log that does not hold together: out of order, started twice, another meeting, not ended', () => {
    const gap = archiveJson();
    const index = heldIndex(gap);
    const events = eventsOf(gap, index);
    const [moved] = events.splice(3, 1);
    if (moved) events.splice(5, 0, moved);
    expect(refusal(gap).message).toBe(`meetings.${index}.events.5.seq: expected a seq after 6`);

    const unended = archiveJson();
    const held = eventsOf(unended, index);
    unended.meetings[index] = {
      ...(unended.meetings[index] as CommunityArchive['meetings'][number]),
      events: held.slice(0, -2),
    };
    expect(refusal(unended).message).toBe(`meetings.${index}.events: the meeting has not ended`);
    // Its phase says ended, but it never was: no `meeting:ended`.
    unended.meetings[index] = {
      ...(unended.meetings[index] as CommunityArchive['meetings'][number]),
      events: held.slice(0, -1),
    };
    expect(refusal(unended).message).toBe(`meetings.${index}.events: the meeting has not ended`);

    const twice = archiveJson();
    const log = eventsOf(twice, index);
    const start = log[0] as MeetingEvent;
    log.splice(1, 0, { ...start, seq: 1.5 });
    expect(refusal(twice).message).toMatch(new RegExp(`^meetings\\.${index}\\.events\\.1\\.seq: `));
    log[1] = { ...start, seq: 2 };
    log.slice(2).forEach((event, offset) => {
      event.seq = offset + 3;
    });
    expect(refusal(twice).message).toBe(
      `meetings.${index}.events.1.type: a meeting is created once`,
    );

    const foreign = archiveJson();
    const first = eventsOf(foreign, index)[0];
    if (first?.type === 'meeting:created') first.meetingId = 'someone-else';
    expect(refusal(foreign).message).toBe(
      `meetings.${index}.events.0: the log must begin with meeting cop-q4`,
    );
  });

  it('a held meeting without its log, and a log for a meeting to come', () => {
    const missing = archiveJson();
    const index = heldIndex(missing);
    const held = missing.meetings[index];
    if (held) held.events = null;
    expect(refusal(missing).message).toBe(
      `meetings.${index}.events: a meeting that was held brings its events`,
    );

    const early = archiveJson();
    const upcoming = early.meetings.findIndex((meeting) => meeting.meetingId === 'cop5');
    const coming = early.meetings[upcoming];
    if (coming) coming.events = eventsOf(early, index);
    expect(refusal(early).message).toBe(
      `meetings.${upcoming}.events: only a meeting that was held brings its events`,
    );
  });

  it('an id twice where the community looks things up by it', () => {
    const archive = archiveJson();
    const [first] = archive.backlog;
    if (first) archive.backlog.push(first);
    expect(refusal(archive).message).toBe(
      `backlog.${archive.backlog.length - 1}: topic b-wol appears twice`,
    );
  });
});
