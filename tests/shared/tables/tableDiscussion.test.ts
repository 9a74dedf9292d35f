/** Each table discusses with the plenary's rules: its own topics, timer and continue-vote. */
import { dueTimer } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { resultCode } from '../../helpers/builders.js';
import { seat, splitMeeting } from './tableHelpers.js';

const MINUTE = 60_000;

/** Two tables of people who chose: p1 (host), p2 at the first; p3 (host), p4 at the second. */
const twoTables = () => {
  const split = splitMeeting({
    participants: 4,
    assignment: 'choose',
    topics: ['A', 'B', 'C', 'D'],
    settings: { timeboxMinutes: 5 },
  });
  const { m, tables } = split;
  const [first = '', second = ''] = tables;
  m.ok('facilitator', { type: 'tables:host', tableId: first, participantId: m.id('p1') });
  seat(m, 'p2', first);
  m.ok('facilitator', { type: 'tables:host', tableId: second, participantId: m.id('p3') });
  seat(m, 'p4', second);
  return { ...split, first, second };
};

describe('pulling from the shared list', () => {
  it('takes the top topic for the table, shown as taken, and never twice', () => {
    const { m, first, second, topicIds } = twoTables();
    const top = m.state.queue[0] ?? '';
    m.ok('p1', { type: 'tables:pull', tableId: first });
    expect(m.state.tables?.tables[first]?.queue).toEqual([top]);
    expect(m.state.topics[top]?.tableId).toBe(first);
    expect(m.state.queue).not.toContain(top);
    expect(resultCode(m.as('p3', { type: 'tables:pull', tableId: second, topicId: top }))).toBe(
      'TOPIC_NOT_OPEN',
    );
    const chosen = topicIds.find((id) => id !== top && m.state.queue.includes(id)) ?? '';
    m.ok('p3', { type: 'tables:pull', tableId: second, topicId: chosen });
    expect(m.state.tables?.tables[second]?.queue).toEqual([chosen]);
  });

  it('is for the host or a moderator, in mode shared', () => {
    const { m, first } = twoTables();
    expect(resultCode(m.as('p2', { type: 'tables:pull', tableId: first }))).toBe('FORBIDDEN');
    expect(resultCode(m.as('p3', { type: 'tables:pull', tableId: first }))).toBe('FORBIDDEN');
    const own = splitMeeting({ mode: 'own', topics: ['A'] });
    expect(
      resultCode(own.m.as('facilitator', { type: 'tables:pull', tableId: own.tables[0] ?? '' })),
    ).toBe('WRONG_PHASE');
  });
});

describe('a discussion at each table', () => {
  it('runs two timers independently, the earliest due first', () => {
    const { m, first, second } = twoTables();
    m.ok('p1', { type: 'tables:pull', tableId: first });
    m.ok('p3', { type: 'tables:pull', tableId: second });
    const a = m.state.tables?.tables[first]?.queue[0] ?? '';
    const b = m.state.tables?.tables[second]?.queue[0] ?? '';
    m.ok('p1', { type: 'discussion:start', tableId: first, topicId: a });
    m.advance(MINUTE);
    m.ok('p3', { type: 'discussion:start', tableId: second, topicId: b, minutes: 2 });
    expect(m.state.discussion).toBeNull();
    // The second table's 2 minutes end before the first table's remaining 4.
    expect(dueTimer(m.state)?.command).toEqual({
      type: 'timer:expire',
      topicId: b,
      round: 0,
      tableId: second,
    });
    m.ok('p1', { type: 'timer:pause', tableId: first });
    m.advance(2 * MINUTE);
    m.system({ type: 'timer:expire', topicId: b, round: 0, tableId: second });
    expect(m.state.tables?.tables[second]?.discussion?.continueVote).not.toBeNull();
    expect(m.state.tables?.tables[first]?.discussion?.continueVote).toBeNull();
    expect(m.state.tables?.tables[first]?.discussion?.timer.pausedRemainingMs).toBe(4 * MINUTE);
    expect(dueTimer(m.state)).toBeNull();
  });

  it('gives the host the controls of their own table only', () => {
    const { m, first, second } = twoTables();
    m.ok('p1', { type: 'tables:pull', tableId: first });
    const a = m.state.tables?.tables[first]?.queue[0] ?? '';
    expect(resultCode(m.as('p3', { type: 'discussion:start', tableId: first, topicId: a }))).toBe(
      'FORBIDDEN',
    );
    expect(resultCode(m.as('p1', { type: 'discussion:start', topicId: a }))).toBe('FORBIDDEN');
    m.ok('p1', { type: 'discussion:start', tableId: first, topicId: a });
    expect(resultCode(m.as('p1', { type: 'timer:stop', tableId: second }))).toBe('FORBIDDEN');
    m.ok('facilitator', { type: 'timer:stop', tableId: first });
  });

  it("counts only the table's own people in its continue-vote", () => {
    const { m, first } = twoTables();
    m.ok('p1', { type: 'tables:pull', tableId: first });
    const a = m.state.tables?.tables[first]?.queue[0] ?? '';
    m.ok('p1', { type: 'discussion:start', tableId: first, topicId: a });
    m.ok('p1', { type: 'timer:stop', tableId: first });
    m.ok('p2', { type: 'continue:vote', tableId: first, choice: 'up' });
    m.ok('p1', { type: 'continue:vote', tableId: first, choice: 'up' });
    expect(resultCode(m.as('p4', { type: 'continue:vote', tableId: first, choice: 'down' }))).toBe(
      'NOT_AT_TABLE',
    );
    expect(resultCode(m.as('p4', { type: 'continue:vote', choice: 'down' }))).toBe(
      'CONTINUE_VOTE_NOT_OPEN',
    );
    const [event] = m.ok('p1', { type: 'continue:resolve', tableId: first });
    expect(event).toMatchObject({
      type: 'discussion:continued',
      tableId: first,
      tally: { up: 2, sideways: 0, down: 0 },
    });
  });

  it('closes a table topic out of the table queue only', () => {
    const { m, first } = twoTables();
    m.ok('p1', { type: 'tables:pull', tableId: first });
    const a = m.state.tables?.tables[first]?.queue[0] ?? '';
    const plenary = [...m.state.queue];
    m.ok('p1', { type: 'discussion:start', tableId: first, topicId: a });
    m.ok('p1', { type: 'discussion:close', tableId: first });
    expect(m.state.topics[a]?.status).toBe('discussed');
    expect(m.state.tables?.tables[first]?.queue).toEqual([]);
    expect(m.state.queue).toEqual(plenary);
  });
});

describe("a table's notes", () => {
  it("are written by its host on the table's topics, not on another table's", () => {
    const { m, first, second } = twoTables();
    m.ok('p1', { type: 'tables:pull', tableId: first });
    m.ok('p3', { type: 'tables:pull', tableId: second });
    const a = m.state.tables?.tables[first]?.queue[0] ?? '';
    const b = m.state.tables?.tables[second]?.queue[0] ?? '';
    const [added] = m.ok('p1', { type: 'item:add', topicId: a, kind: 'decision', text: 'Yes' });
    expect(added).toMatchObject({ type: 'item:added', topicId: a, authorId: m.id('p1') });
    const note = { type: 'item:add', topicId: b, kind: 'note', text: 'n' } as const;
    expect(resultCode(m.as('p1', note))).toBe('FORBIDDEN');
    expect(resultCode(m.as('p2', { ...note, topicId: a }))).toBe('FORBIDDEN');
  });
});

describe('the lead facilitator and the harvest', () => {
  it('sends a time call to every table', () => {
    const { m } = twoTables();
    m.ok('facilitator', { type: 'tables:timeCall', minutes: 10 });
    expect(m.state.tables?.timeCall).toEqual({ minutes: 10, at: m.now });
    expect(resultCode(m.as('p1', { type: 'tables:timeCall', minutes: 5 }))).toBe('FORBIDDEN');
  });

  it('takes takeaways from anyone at the table, not from the other tables', () => {
    const { m, first } = twoTables();
    m.ok('p2', { type: 'tables:harvest', tableId: first, text: 'We agreed on X' });
    expect(
      resultCode(m.as('p4', { type: 'tables:harvest', tableId: first, text: 'Not ours' })),
    ).toBe('NOT_AT_TABLE');
    expect(m.state.tables?.tables[first]?.harvest).toBe('We agreed on X');
  });

  it('brings everyone back: discussions end, undiscussed topics stay open in the plenary', () => {
    const { m, first, second } = twoTables();
    m.ok('p1', { type: 'tables:pull', tableId: first });
    m.ok('p1', { type: 'tables:pull', tableId: first });
    m.ok('p3', { type: 'tables:pull', tableId: second });
    const [a = '', later = ''] = m.state.tables?.tables[first]?.queue ?? [];
    const b = m.state.tables?.tables[second]?.queue[0] ?? '';
    const plenary = [...m.state.queue];
    m.ok('p1', { type: 'discussion:start', tableId: first, topicId: a });
    const events = m.ok('facilitator', { type: 'tables:rejoin' });
    expect(events.map((event) => event.type)).toEqual(['discussion:closed', 'tables:rejoined']);
    expect(m.state.topics[a]?.status).toBe('discussed');
    expect(m.state.queue).toEqual([...plenary, later, b]);
    expect(m.state.topics[b]?.status).toBe('open');
    expect(m.state.tables?.rejoinedAt).toBe(m.now);
    expect(resultCode(m.as('p1', { type: 'timer:pause', tableId: first }))).toBe(
      'TABLES_NOT_SPLIT',
    );
    // The harvest goes on in the plenary.
    m.ok('p1', { type: 'tables:harvest', tableId: first, text: 'Takeaways' });
  });

  it('starts no plenary topic while the tables discuss, and again once everyone is back', () => {
    const { m } = twoTables();
    const top = m.state.queue[0] ?? '';
    expect(resultCode(m.as('facilitator', { type: 'discussion:start', topicId: top }))).toBe(
      'TABLES_RUNNING',
    );
    m.ok('facilitator', { type: 'tables:rejoin' });
    m.ok('facilitator', { type: 'discussion:start', topicId: top });
    expect(m.state.discussion?.topicId).toBe(top);
  });

  it('closes every table discussion on wrapping up', () => {
    const { m, first } = twoTables();
    m.ok('p1', { type: 'tables:pull', tableId: first });
    const a = m.state.tables?.tables[first]?.queue[0] ?? '';
    m.ok('p1', { type: 'discussion:start', tableId: first, topicId: a });
    expect(resultCode(m.as('facilitator', { type: 'phase:set', phase: 'vote' }))).toBe(
      'DISCUSSION_IN_PROGRESS',
    );
    m.ok('facilitator', { type: 'phase:set', phase: 'wrapup' });
    expect(m.state.tables?.tables[first]?.discussion).toBeNull();
    expect(m.state.topics[a]?.status).toBe('discussed');
  });
});
