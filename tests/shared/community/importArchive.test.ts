import {
  communityArchive,
  evolveCommunity,
  importedCommunity,
  minutes,
  projectCommunity,
  replay,
} from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { SOURCE_NOW, sourceCommunity } from './archiveCommunity.js';

const IMPORTED_AT = SOURCE_NOW + 60_000;

const imported = () => {
  const { state, logs } = sourceCommunity();
  const archive = communityArchive(state, logs, SOURCE_NOW);
  let meetings = 0;
  let commands = 0;
  const result = importedCommunity(
    archive,
    {
      communityId: 'moved',
      meetingId: () => `new-${++meetings}`,
      commandId: () => `server-${++commands}`,
      memberTokenHash: (memberId) => `new-hash-${memberId}`,
    },
    IMPORTED_AT,
  );
  return { source: state, logs, archive, ...result };
};

/** The meeting's new id: they are handed out in the archive's order of meetings. */
const NEW_ID = { cop2: 'new-1', cop3: 'new-2', 'cop-q4': 'new-3', cop5: 'new-4' } as const;

describe('an imported community', () => {
  it('reads as it did, under its new id and with its meetings under new ids', () => {
    const { source, archive, first } = imported();
    const rename = (text: string) =>
      text.replace(
        /"(cop2|cop3|cop-q4|cop5)"/g,
        (_all, id: keyof typeof NEW_ID) => `"${NEW_ID[id]}"`,
      );
    // The archive's backlog: the community's, and the topics waiting in the meeting to come.
    const before = { ...projectCommunity(source), id: 'moved', backlog: archive.backlog };
    const after = projectCommunity(evolveCommunity(null, first, IMPORTED_AT));
    expect(after).toEqual(JSON.parse(rename(JSON.stringify(before))));
  });

  it('gives its members new secrets and keeps those who left out', () => {
    const { first } = imported();
    expect(first.state.members).toEqual([
      expect.objectContaining({ id: 'anna', tokenHash: 'new-hash-anna', left: false }),
      expect.objectContaining({ id: 'ben', tokenHash: 'new-hash-ben', left: false }),
    ]);
    expect(first.exportedAt).toBe(SOURCE_NOW);
  });

  it('keeps each held meeting as an ended log whose minutes read the same', () => {
    const { logs, meetings } = imported();
    for (const meetingId of ['cop3', 'cop-q4'] as const) {
      const meeting = meetings.find((each) => each.id === NEW_ID[meetingId]);
      if (!meeting) throw new Error(`${meetingId} not imported`);
      const source = replay(meetingId, logs.get(meetingId) ?? []);
      expect(meeting).toMatchObject({ createdAt: source.createdAt, endedAt: source.endedAt });
      const { meetingId: _new, ...read } = minutes(meeting.events);
      const { meetingId: _old, ...wasRead } = minutes(logs.get(meetingId) ?? []);
      expect(JSON.parse(JSON.stringify(read).replaceAll('new-1', 'cop2'))).toEqual(wasRead);
      expect(replay(meeting.id, meeting.events).phase).toBe('ended');
      expect(meeting.events.map((event) => event.seq)).toEqual(
        meeting.events.map((_event, index) => index + 1),
      );
    }
  });

  it('renames every mention of a meeting: its start, its community, history and actions', () => {
    const { meetings } = imported();
    const cop3 = meetings.find((each) => each.id === NEW_ID.cop3);
    const text = JSON.stringify(cop3?.events);
    expect(text).not.toMatch(/"(cop2|cop3|cop-q4|cop5)"/);
    // cop1 is not in the archive: its mentions keep its id, which names nothing here.
    expect(text).toContain('"cop1"');
    expect(cop3?.events[0]).toMatchObject({
      type: 'meeting:created',
      meetingId: NEW_ID.cop3,
      community: { id: 'moved', name: 'HR CoP' },
    });
  });

  it('schedules a meeting to come afresh, with the open actions to review', () => {
    const { first, meetings } = imported();
    const upcoming = meetings.find((each) => each.id === NEW_ID.cop5);
    expect(upcoming).toMatchObject({ title: 'HR CoP #5', createdAt: IMPORTED_AT, endedAt: null });
    expect(upcoming?.events.map((event) => [event.type, event.seq])).toEqual([
      ['meeting:created', 1],
      ['actions:imported', 2],
    ]);
    const state = replay(NEW_ID.cop5, upcoming?.events ?? []);
    expect(state.settings.preVoting).toBe(true);
    expect(state.community).toEqual({ id: 'moved', name: 'HR CoP' });
    expect(state.reviewOrder).toEqual(first.state.openActions.map((action) => action.id));
  });

  it('brings no meeting for a deleted one, whose entry stays', () => {
    const { first, meetings } = imported();
    expect(meetings.map((meeting) => meeting.id)).not.toContain(NEW_ID.cop2);
    expect(first.state.meetings.find((each) => each.meetingId === NEW_ID.cop2)).toMatchObject({
      deleted: true,
    });
  });
});
