import { dueTimer, dueTimerInputs, type MeetingState, sameDueTimerInputs } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { meeting } from '../helpers/builders.js';

const discussing = () => {
  const { m, topicIds } = meeting({ participants: 2, phase: 'discuss', topics: ['Budget'] });
  const topicId = topicIds[0] as string;
  m.ok('facilitator', { type: 'discussion:start', topicId });
  return { m, topicId };
};

describe('the parts of the state the due timer is made of', () => {
  it('are alike after a note is taken, and so is the due timer', () => {
    const { m, topicId } = discussing();
    const before = m.state;
    m.advance(1000);
    m.ok('facilitator', { type: 'item:add', topicId, kind: 'note', text: 'cheaper hosting' });
    expect(sameDueTimerInputs(dueTimerInputs(before), m.state)).toBe(true);
    expect(dueTimer(m.state)).toEqual(dueTimer(before));
  });

  it('differ once the timer is paused, set or the discussion closed', () => {
    const { m } = discussing();
    const steps = [
      { type: 'timer:pause' },
      { type: 'timer:resume' },
      { type: 'timer:set', seconds: 90 },
      { type: 'discussion:close' },
    ] as const;
    for (const command of steps) {
      const before = dueTimerInputs(m.state);
      m.advance(1000);
      m.ok('facilitator', command);
      expect(sameDueTimerInputs(before, m.state)).toBe(false);
    }
  });

  it('differ once the meeting ends', () => {
    const { m } = discussing();
    const before = dueTimerInputs(m.state);
    m.ok('facilitator', { type: 'meeting:end' });
    expect(sameDueTimerInputs(before, m.state)).toBe(false);
  });
});

/** The top-level parts of the state `dueTimer` reads. */
const partsRead = (state: MeetingState): string[] => {
  const read = new Set<string>();
  const watched = new Proxy(state, {
    get: (target, key, receiver) => {
      read.add(String(key));
      return Reflect.get(target, key, receiver);
    },
  });
  dueTimer(watched);
  return [...read];
};

describe('the due timer', () => {
  it('reads no part of the state beyond the ones its cache compares', () => {
    const { m: discussion } = discussing();
    const { m: checkin } = meeting({ participants: 2 });
    checkin.goTo('checkin');
    checkin.ok('facilitator', {
      type: 'settings:update',
      settings: { checkinSecondsPerPerson: 60 },
    });
    checkin.ok('facilitator', { type: 'round:start', round: 'checkin', autoAdvance: true });
    for (const state of [discussion.state, checkin.state]) {
      expect(dueTimer(state)).not.toBeNull();
      const compared = Object.keys(dueTimerInputs(state));
      expect(partsRead(state).filter((part) => !compared.includes(part))).toEqual([]);
    }
  });
});
