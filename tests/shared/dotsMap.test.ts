import {
  addDots,
  bucketOf,
  type Dots,
  dotEntries,
  mapDots,
  participantDots,
  withParticipantDots,
} from '@percolate/shared';
import { describe, expect, it } from 'vitest';

const people = Array.from({ length: 500 }, (_, i) => `person-${i}`);
const everyoneVoted = (): Dots =>
  people.reduce<Dots>((dots, id, i) => addDots(dots, id, `topic-${i % 7}`, 1), {});

describe('everyone’s dots in buckets', () => {
  it('finds each person’s dots, and nothing for someone who never voted', () => {
    const dots = everyoneVoted();
    expect(participantDots(dots, 'person-8')).toEqual({ 'topic-1': 1 });
    expect(participantDots(dots, 'nobody')).toBeUndefined();
    expect(participantDots(dots, '__proto__')).toBeUndefined();
    expect(dotEntries(dots)).toHaveLength(500);
  });

  it('spreads people over a few dozen buckets, the same for the same id', () => {
    const buckets = new Set(people.map(bucketOf));
    expect(buckets.size).toBeGreaterThan(16);
    expect(buckets.size).toBeLessThanOrEqual(32);
    expect(bucketOf('person-1')).toBe(bucketOf('person-1'));
  });

  it('copies only the voter’s bucket on a dot, and keeps everyone else’s', () => {
    const dots = everyoneVoted();
    const next = addDots(dots, 'person-3', 'topic-5', 1);
    const mine = bucketOf('person-3');
    for (const key of Object.keys(dots)) {
      if (key === mine) expect(next[key]).not.toBe(dots[key]);
      else expect(next[key]).toBe(dots[key]);
    }
    expect(participantDots(next, 'person-3')).toEqual({ 'topic-3': 1, 'topic-5': 1 });
    expect(participantDots(dots, 'person-3')).toEqual({ 'topic-3': 1 });
  });

  it('removes a person, their bucket when it empties, and nothing for someone without dots', () => {
    const one = addDots({}, 'ann', 't', 1);
    expect(withParticipantDots(one, 'ann', undefined)).toEqual({});
    expect(withParticipantDots(one, 'bob', undefined)).toBe(one);
    const dots = everyoneVoted();
    const without = withParticipantDots(dots, 'person-3', undefined);
    expect(participantDots(without, 'person-3')).toBeUndefined();
    expect(dotEntries(without)).toHaveLength(499);
  });

  it('keeps a person with no dots left, and handles an id like __proto__ as any other', () => {
    const dots = addDots(addDots({}, '__proto__', 't', 1), '__proto__', 't', -1);
    expect(participantDots(dots, '__proto__')).toEqual({});
    expect(dotEntries(dots)).toEqual([['__proto__', {}]]);
  });

  it('maps everyone’s dots, keeping the map itself when nothing changed', () => {
    const dots = everyoneVoted();
    expect(mapDots(dots, (perTopic) => perTopic)).toBe(dots);
    const noTopicZero = mapDots(dots, (perTopic) => {
      if (!Object.hasOwn(perTopic, 'topic-0')) return perTopic;
      const { 'topic-0': _gone, ...rest } = perTopic;
      return rest;
    });
    expect(participantDots(noTopicZero, 'person-7')).toEqual({});
    expect(participantDots(noTopicZero, 'person-8')).toBe(participantDots(dots, 'person-8'));
  });
});
