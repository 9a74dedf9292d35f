import {
  COMMUNITY_ARCHIVE_FORMAT,
  COMMUNITY_ARCHIVE_VERSION,
  communityArchive,
  eventsForRecord,
  minutes,
  parseCommunityArchive,
} from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS_TOPIC, PRIVATE_TEXT, SOURCE_NOW, sourceCommunity } from './archiveCommunity.js';

const archiveOf = () => {
  const { state, logs } = sourceCommunity();
  return communityArchive(state, logs, SOURCE_NOW);
};
const meetingOf = (archive: ReturnType<typeof archiveOf>, meetingId: string) => {
  const meeting = archive.meetings.find((each) => each.meetingId === meetingId);
  if (!meeting) throw new Error(`no meeting ${meetingId}`);
  return meeting;
};

describe('a community archive', () => {
  it('says what it is, when it was made, and names the members who stayed', () => {
    const archive = archiveOf();
    expect(archive).toMatchObject({
      format: COMMUNITY_ARCHIVE_FORMAT,
      version: COMMUNITY_ARCHIVE_VERSION,
      exportedAt: SOURCE_NOW,
      community: { id: 'hr', name: 'HR CoP', description: 'Cities' },
    });
    expect(archive.community.members.map((member) => member.name)).toEqual([
      'Anna Fischer',
      'Ben Okafor',
    ]);
    // Cem left: his turn keeps its place in the rotation, his name does not move with it.
    expect(archive.community.rotation).toEqual(['ben', 'cem', 'anna']);
    expect(JSON.stringify(archive)).not.toContain('Cem Aydin');
  });

  it('carries no member secret', () => {
    const text = JSON.stringify(archiveOf());
    for (const secret of ['secret-a', 'secret-b', 'secret-c', 'tokenHash":"hash-']) {
      expect(text).not.toContain(secret);
    }
  });

  it('keeps each held meeting as the record keeps its log, so its minutes read the same', () => {
    const { logs } = sourceCommunity();
    const archive = archiveOf();
    for (const meetingId of ['cop3', 'cop-q4']) {
      const log = logs.get(meetingId) ?? [];
      const archived = meetingOf(archive, meetingId).events ?? [];
      expect(archived).toEqual(eventsForRecord(log));
      expect(minutes(archived)).toEqual(minutes(log));
    }
    expect(JSON.stringify(archive)).not.toContain(PRIVATE_TEXT);
  });

  it('moves a meeting to come and a deleted one as their schedule entries only', () => {
    const archive = archiveOf();
    expect(meetingOf(archive, 'cop5')).toMatchObject({ outcome: null, events: null });
    expect(meetingOf(archive, 'cop2')).toMatchObject({ deleted: true, events: null });
  });

  it('puts the topics already brought to a meeting to come back into the backlog, authors as promised', () => {
    const { state } = sourceCommunity();
    const backlog = archiveOf().backlog;
    expect(backlog.slice(0, state.backlog.length)).toEqual(state.backlog);
    expect(backlog.slice(state.backlog.length).map((topic) => topic.title)).toEqual([
      'Job rotation',
      ANONYMOUS_TOPIC,
    ]);
    expect(backlog.find((topic) => topic.title === 'Job rotation')).toMatchObject({
      id: 'b-rotation',
      proposedByName: 'Anna Fischer',
      history: [{ meetingId: 'cop3', meetingTitle: 'HR CoP #3', dots: 2 }],
    });
    expect(backlog.find((topic) => topic.title === ANONYMOUS_TOPIC)).toMatchObject({
      proposedByName: null,
      history: [],
    });
  });

  it('reads back through the import schema as it was written', () => {
    const archive = archiveOf();
    const parsed = parseCommunityArchive(JSON.parse(JSON.stringify(archive)));
    expect(parsed).toEqual({ ok: true, archive });
  });
});
