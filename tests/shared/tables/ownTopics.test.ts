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

describe("a host closing their table's vote early", () => {
  /** p1 hosts the first table; 'A' and 'B' are its topics, 'C' the second table's. */
  const voting = () => {
    const tables = ownTables();
    const { m, first } = tables;
    m.ok('facilitator', { type: 'tables:host', tableId: first, participantId: m.id('p1') });
    const a = m.propose('p1', 'A');
    const b = m.propose('p2', 'B');
    const c = m.propose('p3', 'C');
    m.ok('facilitator', { type: 'phase:set', phase: 'vote' });
    m.ok('p2', { type: 'vote:cast', topicId: b });
    m.ok('p3', { type: 'vote:cast', topicId: c });
    return { ...tables, a, b, c };
  };

  it("orders that table's queue by dots and takes no more dots there; the others vote on", () => {
    const { m, first, second, a, b, c } = voting();
    expect(m.ok('p1', { type: 'vote:close', tableId: first })).toEqual([
      { type: 'tables:voteClosed', tableId: first, queue: [b, a] },
    ]);
    expect(m.state.tables?.tables[first]).toMatchObject({ votingClosed: true, queue: [b, a] });
    expect(m.state.tables?.tables[second]?.votingClosed).toBe(false);
    expect(m.state.votingClosed).toBe(false);
    expect(resultCode(m.as('p1', { type: 'vote:cast', topicId: a }))).toBe('VOTING_CLOSED');
    expect(resultCode(m.as('p2', { type: 'vote:retract', topicId: b }))).toBe('VOTING_CLOSED');
    m.ok('p4', { type: 'vote:cast', topicId: c });
    // A topic proposed there now is late, as after the plenary's close.
    const late = m.propose('p2', 'Late at the first table');
    expect(m.state.topics[late]?.late).toBe(true);
    // Closing again changes nothing; the lead's close still closes everyone's vote.
    expect(m.ok('p1', { type: 'vote:close', tableId: first })).toEqual([]);
    m.ok('facilitator', { type: 'vote:close' });
    expect(m.state.votingClosed).toBe(true);
    expect(m.state.tables?.tables[first]?.queue).toEqual([b, a, late]);
  });

  it('is for that table’s host and the moderators, in the vote, in mode own only', () => {
    const { m, first, second } = voting();
    expect(resultCode(m.as('p2', { type: 'vote:close', tableId: first }))).toBe('FORBIDDEN');
    expect(resultCode(m.as('p1', { type: 'vote:close', tableId: second }))).toBe('FORBIDDEN');
    // Without a table named, the vote of the whole meeting: moderators only.
    expect(resultCode(m.as('p1', { type: 'vote:close' }))).toBe('FORBIDDEN');
    m.ok('facilitator', { type: 'vote:close', tableId: second });
    expect(m.state.tables?.tables[second]?.votingClosed).toBe(true);

    const shared = splitMeeting({ mode: 'shared', phase: 'propose' });
    shared.m.ok('facilitator', { type: 'phase:set', phase: 'vote' });
    const [table = ''] = shared.tables;
    expect(resultCode(shared.m.as('facilitator', { type: 'vote:close', tableId: table }))).toBe(
      'WRONG_PHASE',
    );
    const early = ownTables();
    expect(
      resultCode(early.m.as('facilitator', { type: 'vote:close', tableId: early.first })),
    ).toBe('WRONG_PHASE');
  });
});
