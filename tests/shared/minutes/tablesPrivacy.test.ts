/**
 * The tables' sections keep the minutes' privacy promises (see privacy.test.ts): no private
 * check-in line, no author of a topic, no dots of hidden votes before they are revealed.
 */
import { type Block, blockText, minutes, minutesDocument } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { meeting } from '../../helpers/builders.js';
import { sectionBlocks, sectionText } from './tableSections.js';
import { tablesMeeting } from './tablesMeeting.js';

const TABLE_SECTIONS = ['Table 1', 'Table 2', 'Harvest'];

/** The blocks of each topic at a table: from its heading down to the next heading of level 3 or above. */
const topicBlocks = (blocks: Block[]): Block[][] => {
  const topics: Block[][] = [];
  let current: Block[] | null = null;
  for (const block of blocks) {
    if (block.kind === 'heading' && block.level <= 3) {
      current = block.level === 3 ? [block] : null;
      if (current) topics.push(current);
    } else current?.push(block);
  }
  return topics;
};

/**
 * Split while the dot vote, with hidden votes, is still open (closing the vote reveals them).
 * Mode 'own' does not give topics a table at their proposal yet, so the tables take none here.
 */
const votingAtTables = () => {
  const { m, topicIds } = meeting({
    participants: 4,
    phase: 'vote',
    topics: ['One', 'Two', 'Three', 'Four'],
    settings: { hiddenVotes: true },
  });
  m.ok('facilitator', { type: 'tables:split', count: 2, mode: 'shared', assignment: 'balanced' });
  // Everyone puts a dot on one topic, p1 a second one.
  for (const [i, topicId] of topicIds.entries()) m.ok(`p${i + 1}`, { type: 'vote:cast', topicId });
  m.ok('p1', { type: 'vote:cast', topicId: topicIds[0] ?? '' });
  return m;
};

describe('the tables’ sections of the minutes', () => {
  it('leave out a private check-in line', () => {
    const { m } = tablesMeeting();
    const minutesOf = minutes(m.events);
    const doc = minutesDocument(minutesOf, 'en');
    for (const heading of TABLE_SECTIONS) {
      expect(sectionText(doc.blocks, heading)).not.toBe('');
      expect(sectionText(doc.blocks, heading)).not.toContain('Moving house');
    }
    expect(JSON.stringify(minutesOf.tables)).not.toContain('Moving house');
  });

  it('name no topic’s author, with anonymous topics', () => {
    const { m } = tablesMeeting({ settings: { anonymousTopics: true } });
    const minutesOf = minutes(m.events);
    const doc = minutesDocument(minutesOf, 'en');
    for (const heading of ['Table 1', 'Table 2']) {
      const topics = topicBlocks(sectionBlocks(doc.blocks, heading));
      expect(topics).toHaveLength(2);
      for (const topic of topics) {
        expect(topic.flatMap(blockText).join(' ')).not.toMatch(/Person \d/);
      }
    }
    const json = JSON.stringify(minutesOf.tables);
    expect(json).not.toMatch(/author/i);
    for (const name of ['p1', 'p2', 'p3', 'p4']) expect(json).not.toContain(`"${m.id(name)}"`);
  });

  it('show no dots of hidden votes before they are revealed', () => {
    const m = votingAtTables();
    const minutesOf = minutes(m.events);
    expect(minutesOf.undiscussed.map((topic) => topic.dots)).toEqual([null, null, null, null]);
    const doc = minutesDocument(minutesOf, 'en');
    for (const heading of ['Table 1', 'Table 2', 'Harvest', 'Topics not discussed']) {
      const text = sectionText(doc.blocks, heading);
      expect(text).not.toBe('');
      expect(text).not.toMatch(/\d+ dots?\b/);
    }
    expect(sectionText(doc.blocks, 'Topics not discussed')).toContain(' (hidden)');
    m.ok('facilitator', { type: 'vote:reveal' });
    expect(minutes(m.events).undiscussed.map((topic) => topic.dots)).toEqual([2, 1, 1, 1]);
  });
});
