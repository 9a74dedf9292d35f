import {
  type BacklogTopic,
  type ScheduledMeeting,
  SEARCH_LIMIT,
  SNIPPET_LENGTH,
  searchCommunity,
} from '@percolate/shared';
import { describe, expect, it } from 'vitest';

const topic = (id: string, title: string, description = ''): BacklogTopic => ({
  id,
  title,
  description,
  proposedAt: 0,
  proposedBy: null,
  proposedByName: null,
  history: [],
});

const meeting = (meetingId: string, startsAt: string, deleted = false): ScheduledMeeting => ({
  meetingId,
  title: `CoP ${meetingId}`,
  startsAt,
  durationMinutes: 120,
  videoUrl: null,
  facilitatorId: null,
  scheduledAt: 0,
  outcome: null,
  deleted,
});

const corpus = {
  backlog: [topic('t1', 'Treffen in München', 'Ein Gruß an alle'), topic('t2', 'Hybrid work')],
  meetings: [
    {
      meeting: meeting('m1', '2026-01-10T10:00:00Z'),
      minutesText: '# CoP m1\n\nWe spoke about **hybrid** work and OKRs.',
    },
    {
      meeting: meeting('m2', '2026-03-10T10:00:00Z'),
      minutesText: '# CoP m2\n\nHybrid meetings need a good microphone.',
    },
    { meeting: meeting('m3', '2026-05-10T10:00:00Z', true), minutesText: 'hybrid' },
  ],
};

describe('searching a community', () => {
  it('ignores case and accents', () => {
    expect(searchCommunity('MUNCHEN', corpus)).toMatchObject([{ kind: 'backlog', topicId: 't1' }]);
    expect(searchCommunity('gruss', corpus)).toMatchObject([{ kind: 'backlog', topicId: 't1' }]);
    expect(searchCommunity('Müunchen', corpus)).toEqual([]);
  });

  it('needs every word of the query, anywhere in the text', () => {
    expect(searchCommunity('hybrid okrs', corpus)).toMatchObject([
      { kind: 'minutes', meetingId: 'm1' },
    ]);
    expect(searchCommunity('hybrid pizza', corpus)).toEqual([]);
  });

  it('lists backlog topics first, then minutes latest first, never those of deleted meetings', () => {
    const hits = searchCommunity('hybrid', corpus);
    expect(hits.map((hit) => (hit.kind === 'backlog' ? hit.topicId : hit.meetingId))).toEqual([
      't2',
      'm2',
      'm1',
    ]);
    expect(hits[1]).toEqual({
      kind: 'minutes',
      meetingId: 'm2',
      meetingTitle: 'CoP m2',
      startsAt: '2026-03-10T10:00:00Z',
      snippet: '# CoP m2 Hybrid meetings need a good microphone.',
    });
  });

  it('cuts a snippet of at most 160 characters around the first match', () => {
    const long = `${'lorem ipsum '.repeat(40)}the needle is here ${'dolor sit '.repeat(40)}`;
    const [hit] = searchCommunity('needle', { backlog: [topic('t', 'Long', long)], meetings: [] });
    expect(hit?.snippet.length).toBeLessThanOrEqual(SNIPPET_LENGTH);
    expect(hit?.snippet).toContain('the needle is here');
    expect(hit?.snippet.startsWith('…')).toBe(true);
    expect(hit?.snippet.endsWith('…')).toBe(true);
  });

  it('returns at most 50 hits and nothing for an empty query', () => {
    const many = Array.from({ length: 60 }, (_, i) => topic(`t${i}`, `Topic ${i}`));
    expect(searchCommunity('topic', { backlog: many, meetings: [] })).toHaveLength(SEARCH_LIMIT);
    expect(searchCommunity('   ', corpus)).toEqual([]);
  });
});
