import { describe, expect, it } from 'vitest';
import { meeting, resultCode } from '../helpers/builders.js';

describe('check-in and closing rounds', () => {
  it('keeps one line per person, edited in place', () => {
    const { m } = meeting({ participants: 1, phase: 'checkin' });
    m.ok('p1', { type: 'round:post', round: 'checkin', text: 'Busy', mood: 'rainy' });
    m.advance(5000);
    m.ok('p1', { type: 'round:post', round: 'checkin', text: 'Busy but fine', private: true });
    const line = m.state.rounds.checkin[m.id('p1')];
    expect(line).toMatchObject({ text: 'Busy but fine', mood: null, private: true });
    expect(Object.keys(m.state.rounds.checkin)).toHaveLength(1);
  });

  it('takes check-in lines in the lobby too, but not while voting', () => {
    const { m } = meeting({ participants: 1 });
    expect(resultCode(m.as('p1', { type: 'round:post', round: 'checkin', text: 'Hi' }))).toBe('ok');
    m.goTo('vote');
    expect(resultCode(m.as('p1', { type: 'round:post', round: 'checkin', text: 'Hi' }))).toBe(
      'WRONG_PHASE',
    );
  });

  it('takes closing lines only in the wrap-up', () => {
    const { m } = meeting({ participants: 1, phase: 'propose' });
    expect(resultCode(m.as('p1', { type: 'round:post', round: 'closing', text: 'Bye' }))).toBe(
      'WRONG_PHASE',
    );
    m.ok('facilitator', { type: 'phase:set', phase: 'vote' });
    m.ok('facilitator', { type: 'phase:set', phase: 'discuss' });
    m.ok('facilitator', { type: 'phase:set', phase: 'wrapup' });
    expect(resultCode(m.as('p1', { type: 'round:post', round: 'closing', text: 'Bye' }))).toBe(
      'ok',
    );
  });

  it('runs a round in join order of those present, with a per-person timebox', () => {
    const { m } = meeting({
      participants: 3,
      phase: 'checkin',
      settings: { checkinSecondsPerPerson: 60 },
    });
    m.ok('p2', { type: 'participant:leave' });
    m.ok('facilitator', { type: 'round:start', round: 'checkin' });
    expect(m.state.speakingRound).toMatchObject({
      kind: 'checkin',
      order: [m.id('facilitator'), m.id('p1'), m.id('p3')],
      currentIndex: 0,
      timer: { startedAt: m.now, durationMs: 60_000, pausedRemainingMs: null },
    });
  });

  it('runs an untimed round when no per-person timebox is set', () => {
    const { m } = meeting({ participants: 1, phase: 'checkin' });
    m.ok('facilitator', { type: 'round:start', round: 'checkin' });
    expect(m.state.speakingRound?.timer).toBeNull();
  });

  it('follows a given speaking order and refuses one naming someone absent', () => {
    const { m } = meeting({ participants: 2, phase: 'checkin' });
    expect(
      resultCode(m.as('facilitator', { type: 'round:start', round: 'checkin', order: ['ghost'] })),
    ).toBe('PARTICIPANT_NOT_FOUND');
    const order = [m.id('p2'), m.id('p1')];
    m.ok('facilitator', { type: 'round:start', round: 'checkin', order });
    expect(m.state.speakingRound?.order).toEqual(order);
  });

  it('refuses a second round while one runs', () => {
    const { m } = meeting({ participants: 1, phase: 'checkin' });
    m.ok('facilitator', { type: 'round:start', round: 'checkin' });
    expect(resultCode(m.as('facilitator', { type: 'round:start', round: 'checkin' }))).toBe(
      'ROUND_IN_PROGRESS',
    );
  });

  it('moves to the next speaker and ends after the last', () => {
    const { m } = meeting({
      participants: 1,
      phase: 'checkin',
      settings: { checkinSecondsPerPerson: 30 },
    });
    m.ok('facilitator', { type: 'round:start', round: 'checkin' });
    m.advance(20_000);
    m.ok('facilitator', { type: 'round:next' });
    expect(m.state.speakingRound).toMatchObject({ currentIndex: 1, timer: { startedAt: m.now } });
    expect(m.ok('facilitator', { type: 'round:next' })).toEqual([{ type: 'round:ended' }]);
    expect(m.state.speakingRound).toBeNull();
    expect(resultCode(m.as('facilitator', { type: 'round:next' }))).toBe('NO_ROUND');
    expect(resultCode(m.as('facilitator', { type: 'round:end' }))).toBe('NO_ROUND');
  });
});
