import { dueTimer, dueTimerInputs, sameDueTimerInputs } from '@percolate/shared';
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
