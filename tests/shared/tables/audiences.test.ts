/**
 * Who receives which part of the public view while tables run: a table's detail (its own topics
 * in mode 'own', the notes of its topics, its harvest) reaches its own people and the moderators;
 * everyone keeps every table's glance. Without running tables everyone gets the whole view.
 */
import {
  ALL_AUDIENCE,
  audienceOf,
  audiencesMoved,
  audiencesOf,
  GLANCE_AUDIENCE,
  projectPublic,
  tableAudience,
  viewFor,
} from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { meeting } from '../../helpers/builders.js';
import { seat, splitMeeting } from './tableHelpers.js';

/** Mode 'own', p1 and p2 at the first table, p3 at the second, p4 unseated; each table discusses. */
const twoTablesAtWork = () => {
  const split = splitMeeting({
    participants: 4,
    mode: 'own',
    assignment: 'choose',
    phase: 'propose',
    settings: { openNotes: true },
  });
  const { m } = split;
  const [first = '', second = ''] = split.tables;
  seat(m, 'p1', first);
  seat(m, 'p2', first);
  seat(m, 'p3', second);
  const talked = m.propose('p1', 'Talked about at the first');
  const waiting = m.propose('p2', 'Waiting at the first');
  const other = m.propose('p3', 'At the second');
  m.ok('facilitator', { type: 'phase:set', phase: 'vote' });
  m.ok('facilitator', { type: 'phase:set', phase: 'discuss' });
  m.ok('facilitator', { type: 'discussion:start', tableId: first, topicId: talked });
  m.ok('facilitator', { type: 'discussion:start', tableId: second, topicId: other });
  m.ok('p1', { type: 'item:add', topicId: talked, kind: 'note', text: 'A note at the first' });
  m.ok('p3', { type: 'item:add', topicId: other, kind: 'note', text: 'A note at the second' });
  return { m, first, second, talked, waiting, other };
};

const viewerOf = (m: ReturnType<typeof meeting>['m'], name: string) => ({
  participantId: m.id(name),
  hasFacilitatorKey: false,
});

describe('audiences of the public view', () => {
  it('are one, the whole view, while the meeting is one table', () => {
    const { m } = meeting({ participants: 2, phase: 'propose', topics: ['One'] });
    expect(audiencesOf(m.state)).toEqual([ALL_AUDIENCE]);
    expect(audienceOf(m.state, viewerOf(m, 'p1'))).toBe(ALL_AUDIENCE);
    expect(audienceOf(m.state, { participantId: null, hasFacilitatorKey: false })).toBe(
      ALL_AUDIENCE,
    );
  });

  it('seat each person at their table, moderators and key holders with all, the rest at a glance', () => {
    const { m, first, second } = twoTablesAtWork();
    expect(audiencesOf(m.state)).toEqual([
      ALL_AUDIENCE,
      GLANCE_AUDIENCE,
      tableAudience(first),
      tableAudience(second),
    ]);
    expect(audienceOf(m.state, viewerOf(m, 'p1'))).toBe(tableAudience(first));
    expect(audienceOf(m.state, viewerOf(m, 'p3'))).toBe(tableAudience(second));
    expect(audienceOf(m.state, viewerOf(m, 'p4'))).toBe(GLANCE_AUDIENCE);
    expect(audienceOf(m.state, viewerOf(m, 'facilitator'))).toBe(ALL_AUDIENCE);
    expect(audienceOf(m.state, { participantId: null, hasFacilitatorKey: true })).toBe(
      ALL_AUDIENCE,
    );
    m.makeRole('p2', 'cofacilitator');
    expect(audienceOf(m.state, viewerOf(m, 'p2'))).toBe(ALL_AUDIENCE);
  });

  it("give a table its own detail and the others only its glance (the current topic's title)", () => {
    const { m, first, talked, waiting, other } = twoTablesAtWork();
    const view = projectPublic(m.state);
    expect(viewFor(view, ALL_AUDIENCE)).toBe(view);
    const atFirst = viewFor(view, tableAudience(first));
    expect(atFirst.topics.map((topic) => topic.id)).toEqual([talked, waiting, other]);
    expect(atFirst.items.map((item) => item.text)).toEqual(['A note at the first']);
    const glance = viewFor(view, GLANCE_AUDIENCE);
    expect(glance.topics.map((topic) => topic.id)).toEqual([talked, other]);
    expect(glance.items).toEqual([]);
    // Every table's card stays: people, queue, discussion with its timer and thumbs.
    expect(glance.tables?.tables.map(({ harvest: _, ...card }) => card)).toEqual(
      view.tables?.tables.map(({ harvest: _, ...card }) => card),
    );
    expect({ ...atFirst, topics: [], items: [], tables: null }).toEqual({
      ...view,
      topics: [],
      items: [],
      tables: null,
    });
    // Made once per view and audience, so the server's diff skips what did not change.
    expect(viewFor(view, tableAudience(first))).toBe(atFirst);
  });

  it("keep the shared list whole in mode 'shared', with another table's notes left out", () => {
    const split = splitMeeting({ participants: 4, topics: ['One', 'Two'] });
    const { m, topicIds } = split;
    const [first = '', second = ''] = split.tables;
    const [one = ''] = topicIds;
    m.ok('facilitator', { type: 'tables:pull', tableId: first, topicId: one });
    m.ok('facilitator', { type: 'discussion:start', tableId: first, topicId: one });
    m.ok('facilitator', { type: 'item:add', topicId: one, kind: 'decision', text: 'Decided' });
    const view = projectPublic(m.state);
    expect(viewFor(view, tableAudience(second)).topics).toEqual(view.topics);
    expect(viewFor(view, tableAudience(second)).items).toEqual([]);
    expect(viewFor(view, tableAudience(first)).items).toEqual(view.items);
  });

  it('hide a table harvest from the others while tables run, and show it to all after the rejoin', () => {
    const { m, first, second } = twoTablesAtWork();
    m.ok('p1', { type: 'tables:harvest', tableId: first, text: 'What we learnt' });
    const running = projectPublic(m.state);
    expect(viewFor(running, tableAudience(second)).tables?.tables[0]?.harvest).toBe('');
    expect(viewFor(running, tableAudience(first)).tables?.tables[0]?.harvest).toBe(
      'What we learnt',
    );
    const before = m.state;
    m.ok('facilitator', { type: 'tables:rejoin' });
    expect(audiencesMoved(before, m.state)).toBe(true);
    expect(audiencesOf(m.state)).toEqual([ALL_AUDIENCE]);
    const rejoined = projectPublic(m.state);
    expect(viewFor(rejoined, GLANCE_AUDIENCE)).toEqual(rejoined);
  });

  it('move when a seat, a role or the split changes, and not for a note', () => {
    const { m, first, talked } = twoTablesAtWork();
    let before = m.state;
    m.ok('p1', { type: 'item:add', topicId: talked, kind: 'note', text: 'Another' });
    expect(audiencesMoved(before, m.state)).toBe(false);
    before = m.state;
    seat(m, 'p4', first);
    expect(audiencesMoved(before, m.state)).toBe(true);
    before = m.state;
    m.makeRole('p1', 'cofacilitator');
    expect(audiencesMoved(before, m.state)).toBe(true);
    const lobby = meeting({ participants: 2, phase: 'lobby' }).m;
    before = lobby.state;
    lobby.ok('facilitator', {
      type: 'tables:split',
      count: 2,
      mode: 'own',
      assignment: 'choose',
      sizeLimit: null,
    });
    expect(audiencesMoved(before, lobby.state)).toBe(true);
  });
});
