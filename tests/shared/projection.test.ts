import { projectPrivate, projectPublic } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { meeting } from '../helpers/builders.js';

describe('what everyone sees', () => {
  it('never shows token hashes', () => {
    const { m } = meeting({ participants: 2 });
    expect(JSON.stringify(projectPublic(m.state))).not.toContain('hash-');
  });

  it('shows totals but never who placed which dot', () => {
    const { m, topicIds } = meeting({ participants: 2, phase: 'vote', topics: ['A'] });
    const a = topicIds[0] as string;
    m.ok('p1', { type: 'vote:cast', topicId: a });
    m.ok('p2', { type: 'vote:cast', topicId: a });
    const view = projectPublic(m.state);
    expect(view.topics[0]?.dots).toBe(2);
    expect(JSON.stringify(view)).not.toContain('"dots":{');
  });

  it('hides tallies while votes are hidden, until they are revealed', () => {
    const { m, topicIds } = meeting({
      participants: 1,
      phase: 'vote',
      topics: ['A'],
      settings: { hiddenVotes: true },
    });
    m.ok('p1', { type: 'vote:cast', topicId: topicIds[0] as string });
    expect(projectPublic(m.state).topics[0]?.dots).toBeNull();
    m.ok('facilitator', { type: 'vote:reveal' });
    expect(projectPublic(m.state).topics[0]?.dots).toBe(1);
  });

  it('hides authors when topics are anonymous, but tells authors which are theirs', () => {
    const { m, topicIds } = meeting({
      participants: 2,
      phase: 'propose',
      topics: ['A', 'B'],
      settings: { anonymousTopics: true },
    });
    expect(projectPublic(m.state).topics.map((t) => t.authorId)).toEqual([null, null]);
    const mine = projectPrivate(m.state, { participantId: m.id('p1'), hasFacilitatorKey: false });
    expect(mine.myTopicIds).toEqual([topicIds[0]]);
  });

  it('shows a continue-vote only as a tally and a count of voters', () => {
    const { m, topicIds } = meeting({ participants: 2, phase: 'discuss', topics: ['A'] });
    m.ok('facilitator', { type: 'discussion:start', topicId: topicIds[0] as string });
    m.ok('facilitator', { type: 'timer:stop' });
    m.ok('p1', { type: 'continue:vote', choice: 'up' });
    m.ok('p2', { type: 'continue:vote', choice: 'down' });
    expect(projectPublic(m.state).discussion?.continueVote).toEqual({
      openedAt: m.now,
      tally: { up: 1, sideways: 0, down: 1 },
      voters: 2,
    });
    expect(JSON.stringify(projectPublic(m.state).discussion)).not.toContain(m.id('p1'));
    const me = projectPrivate(m.state, { participantId: m.id('p2'), hasFacilitatorKey: false });
    expect(me.myContinueVote).toBe('down');
  });

  it('lists participants in join order and round lines in posting order', () => {
    const { m } = meeting({ participants: 2, phase: 'checkin' });
    m.ok('p2', { type: 'round:post', round: 'checkin', text: 'second first' });
    m.advance(1000);
    m.ok('p1', { type: 'round:post', round: 'checkin', text: 'then me' });
    const view = projectPublic(m.state);
    expect(view.participants.map((p) => p.name)).toEqual(['Fran', 'Person 1', 'Person 2']);
    expect(view.rounds.checkin.map((l) => l.text)).toEqual(['second first', 'then me']);
  });
});

describe('what only I see', () => {
  it('shows my dots and how many I have left', () => {
    const { m, topicIds } = meeting({ participants: 1, phase: 'vote', topics: ['A', 'B'] });
    const a = topicIds[0] as string;
    m.ok('p1', { type: 'vote:cast', topicId: a });
    m.ok('p1', { type: 'vote:cast', topicId: a });
    expect(projectPrivate(m.state, { participantId: m.id('p1'), hasFacilitatorKey: true })).toEqual(
      {
        participantId: m.id('p1'),
        role: 'participant',
        hasFacilitatorKey: true,
        dots: { [a]: 2 },
        dotsLeft: 1,
        myTopicIds: [a, topicIds[1]],
        myContinueVote: null,
      },
    );
  });

  it('gives someone who has not joined an empty private view', () => {
    const { m } = meeting({ participants: 0 });
    expect(
      projectPrivate(m.state, { participantId: null, hasFacilitatorKey: false }),
    ).toMatchObject({
      participantId: null,
      role: null,
      dots: {},
      dotsLeft: 3,
    });
  });
});
