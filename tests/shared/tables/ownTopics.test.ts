/** Tables' mode 'own': each table proposes, votes and discusses its own topics. */
import { describe, expect, it } from 'vitest';
import { resultCode } from '../../helpers/builders.js';
import { seat, splitMeeting } from './tableHelpers.js';

/** Split in the propose phase: p1, p2 at the first table; p3, p4 at the second. */
const ownTables = () => {
  const split = splitMeeting({
    participants: 4,
    mode: 'own',
    assignment: 'choose',
    phase: 'propose',
  });
  const [first = '', second = ''] = split.tables;
  seat(split.m, 'p1', first);
  seat(split.m, 'p2', first);
  seat(split.m, 'p3', second);
  seat(split.m, 'p4', second);
  return { ...split, first, second };
};

describe("a table's own topics", () => {
  it("join the proposer's table queue, not the plenary's", () => {
    const { m, first, second } = ownTables();
    const a = m.propose('p1', 'At the first table');
    const b = m.propose('p3', 'At the second table');
    expect(m.state.topics[a]?.tableId).toBe(first);
    expect(m.state.tables?.tables[first]?.queue).toEqual([a]);
    expect(m.state.tables?.tables[second]?.queue).toEqual([b]);
    expect(m.state.queue).toEqual([]);
  });

  it("are dotted by the table's own people and ordered by dots when voting closes", () => {
    const { m, first } = ownTables();
    const a = m.propose('p1', 'Fewer dots');
    const b = m.propose('p2', 'More dots');
    const other = m.propose('p3', 'Elsewhere');
    m.ok('facilitator', { type: 'phase:set', phase: 'vote' });
    m.ok('p1', { type: 'vote:cast', topicId: b });
    m.ok('p2', { type: 'vote:cast', topicId: b });
    expect(resultCode(m.as('p1', { type: 'vote:cast', topicId: other }))).toBe('NOT_AT_TABLE');
    m.ok('facilitator', { type: 'phase:set', phase: 'discuss' });
    expect(m.state.tables?.tables[first]?.queue).toEqual([b, a]);
    expect(m.state.tables?.tables[first]?.votingClosed).toBe(true);
    m.ok('p1', { type: 'tables:host', tableId: first, participantId: m.id('p1') });
    m.ok('p1', { type: 'discussion:start', tableId: first, topicId: b });
    expect(m.state.topics[b]?.status).toBe('discussing');
  });
});
