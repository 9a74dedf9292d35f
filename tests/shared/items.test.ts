import { LIMITS } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { meeting, resultCode, TestMeeting } from '../helpers/builders.js';

const withTopic = (settings = {}) => {
  const { m, topicIds } = meeting({
    participants: 2,
    phase: 'discuss',
    topics: ['A', 'B'],
    settings,
  });
  const a = topicIds[0] as string;
  m.ok('facilitator', { type: 'discussion:start', topicId: a });
  return { m, a, b: topicIds[1] as string };
};

describe('notes, decisions and action items', () => {
  it('records an action item with owner and due date', () => {
    const { m, a } = withTopic();
    const [event] = m.ok('facilitator', {
      type: 'item:add',
      topicId: a,
      kind: 'action',
      text: 'Send the slides',
      owner: 'Kim',
      due: '2025-02-01',
    });
    if (event?.type !== 'item:added') throw new Error('no item');
    expect(m.state.items[event.itemId]).toMatchObject({
      topicId: a,
      kind: 'action',
      owner: 'Kim',
      due: '2025-02-01',
      authorId: m.id('facilitator'),
      createdAt: m.now,
    });
  });

  it('lets a scribe write and change anyone’s notes', () => {
    const { m, a } = withTopic();
    m.makeRole('p1', 'scribe');
    const [added] = m.ok('facilitator', { type: 'item:add', topicId: a, kind: 'note', text: 'n' });
    if (added?.type !== 'item:added') throw new Error('no item');
    m.ok('p1', { type: 'item:edit', itemId: added.itemId, kind: 'decision' });
    expect(m.state.items[added.itemId]?.kind).toBe('decision');
    m.ok('p1', { type: 'item:delete', itemId: added.itemId });
    expect(m.state.items).toEqual({});
  });

  it('keeps participants from writing notes unless notes are open', () => {
    const { m, a } = withTopic();
    expect(resultCode(m.as('p1', { type: 'item:add', topicId: a, kind: 'note', text: 'x' }))).toBe(
      'FORBIDDEN',
    );
  });

  it('with open notes, lets participants change only their own', () => {
    const { m, a } = withTopic({ openNotes: true });
    const [mine] = m.ok('p1', { type: 'item:add', topicId: a, kind: 'note', text: 'mine' });
    const [theirs] = m.ok('p2', { type: 'item:add', topicId: a, kind: 'note', text: 'theirs' });
    if (mine?.type !== 'item:added' || theirs?.type !== 'item:added') throw new Error('no items');
    expect(resultCode(m.as('p1', { type: 'item:edit', itemId: mine.itemId, text: 'mine!' }))).toBe(
      'ok',
    );
    expect(resultCode(m.as('p1', { type: 'item:edit', itemId: theirs.itemId, text: 'x' }))).toBe(
      'FORBIDDEN',
    );
    expect(resultCode(m.as('p1', { type: 'item:delete', itemId: theirs.itemId }))).toBe(
      'FORBIDDEN',
    );
    expect(resultCode(m.as('facilitator', { type: 'item:delete', itemId: theirs.itemId }))).toBe(
      'ok',
    );
  });

  it('clears an owner when edited to null and changes nothing for an identical edit', () => {
    const { m, a } = withTopic();
    const [added] = m.ok('facilitator', {
      type: 'item:add',
      topicId: a,
      kind: 'action',
      text: 'Do',
      owner: 'Kim',
    });
    if (added?.type !== 'item:added') throw new Error('no item');
    expect(m.ok('facilitator', { type: 'item:edit', itemId: added.itemId, text: 'Do' })).toEqual(
      [],
    );
    m.ok('facilitator', { type: 'item:edit', itemId: added.itemId, owner: null });
    expect(m.state.items[added.itemId]?.owner).toBeNull();
  });

  it('refuses notes on a merged topic and on unknown items', () => {
    const { m, topicIds } = meeting({ participants: 1, phase: 'propose', topics: ['A', 'B'] });
    const [a, b] = topicIds as [string, string];
    m.ok('facilitator', { type: 'topic:merge', sourceId: a, targetId: b });
    expect(
      resultCode(m.as('facilitator', { type: 'item:add', topicId: a, kind: 'note', text: 'x' })),
    ).toBe('TOPIC_NOT_OPEN');
    expect(resultCode(m.as('facilitator', { type: 'item:delete', itemId: 'ghost' }))).toBe(
      'ITEM_NOT_FOUND',
    );
  });

  it(`refuses item number ${LIMITS.maxItemsPerTopic + 1} on one topic`, () => {
    const m = new TestMeeting();
    m.join('facilitator');
    m.goTo('propose');
    const topicId = m.propose('facilitator', 'A');
    for (let i = 0; i < LIMITS.maxItemsPerTopic; i += 1) {
      m.ok('facilitator', { type: 'item:add', topicId, kind: 'note', text: `n${i}` });
    }
    expect(
      resultCode(m.as('facilitator', { type: 'item:add', topicId, kind: 'note', text: 'more' })),
    ).toBe('TOO_MANY');
  });

  it('removes a deleted topic’s notes with it', () => {
    const { m, b } = withTopic();
    m.ok('facilitator', { type: 'item:add', topicId: b, kind: 'note', text: 'early note' });
    m.ok('facilitator', { type: 'topic:delete', topicId: b });
    expect(m.state.items).toEqual({});
  });

  it('sets the summary, once', () => {
    const { m } = withTopic();
    m.ok('facilitator', { type: 'summary:set', text: 'Good meeting' });
    expect(m.state.summary).toBe('Good meeting');
    expect(m.ok('facilitator', { type: 'summary:set', text: 'Good meeting' })).toEqual([]);
  });
});
