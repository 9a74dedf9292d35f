/**
 * The privacy promises hold at every table: the tables' part of the public view is the same
 * whoever placed a hidden dot or proposed an anonymous topic, and a continue-vote at a table is
 * a tally, never who voted what.
 */
import { projectPrivate, projectPublic } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { seat, splitMeeting } from './tableHelpers.js';

/** The same meeting twice, differing only in `who` does something in the vote phase. */
const twin = (act: (who: 'p1' | 'p2') => (m: ReturnType<typeof splitMeeting>['m']) => void) =>
  (['p1', 'p2'] as const).map((who) => {
    const split = splitMeeting({
      participants: 4,
      phase: 'lobby',
      settings: { hiddenVotes: true, anonymousTopics: true },
    });
    const { m } = split;
    m.goTo('propose');
    act(who)(m);
    return { ...split, view: projectPublic(m.state) };
  });

describe('tables keep the privacy promises', () => {
  it('never tell who placed a hidden dot', () => {
    const [a, b] = twin((who) => (m) => {
      const topic = m.propose('p3', 'Shared topic');
      m.ok('facilitator', { type: 'phase:set', phase: 'vote' });
      m.ok(who, { type: 'vote:cast', topicId: topic });
    });
    expect(a?.view.tables).toEqual(b?.view.tables);
    expect(a?.view.topics.map((topic) => topic.dots)).toEqual([null]);
  });

  it('never name the author of an anonymous topic', () => {
    const [a, b] = twin((who) => (m) => {
      m.propose(who, 'Who wrote me?');
    });
    expect(a?.view.tables).toEqual(b?.view.tables);
    expect(a?.view.topics.map((topic) => topic.authorId)).toEqual([null]);
  });

  it('show a table continue-vote as a tally; only the voter sees their own thumb', () => {
    const { m, tables } = splitMeeting({ participants: 3, assignment: 'choose', topics: ['A'] });
    const [table = ''] = tables;
    seat(m, 'p1', table);
    seat(m, 'p2', table);
    m.ok('facilitator', { type: 'tables:pull', tableId: table });
    const topicId = m.state.tables?.tables[table]?.queue[0] ?? '';
    m.ok('facilitator', { type: 'discussion:start', tableId: table, topicId });
    m.ok('facilitator', { type: 'timer:stop', tableId: table });
    m.ok('p1', { type: 'continue:vote', tableId: table, choice: 'down' });
    const glance = projectPublic(m.state).tables?.tables[0]?.discussion?.continueVote;
    expect(glance).toEqual({
      openedAt: m.now,
      tally: { up: 0, sideways: 0, down: 1 },
      voters: 1,
    });
    expect(JSON.stringify(projectPublic(m.state).tables)).not.toContain(m.id('p1').concat('":'));
    const viewer = (name: string) => ({ participantId: m.id(name), hasFacilitatorKey: false });
    expect(projectPrivate(m.state, viewer('p1')).myContinueVote).toBe('down');
    expect(projectPrivate(m.state, viewer('p2')).myContinueVote).toBeNull();
  });
});
