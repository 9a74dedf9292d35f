import { type MeetingEvent, minutes } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { EventLog, MINUTE, runningTimer } from './eventLog.js';
import { realisticMeeting, utc } from './realisticMeeting.js';

const START = Date.UTC(2026, 0, 12, 9, 0);

/** A meeting with a facilitator and two participants, in the discuss phase with topics a, b, c. */
const discussing = (settings = {}) =>
  new EventLog(START)
    .create('m', 'Test meeting', settings)
    .join('f', 'Fran', 'facilitator')
    .join('p1', 'Pat')
    .join('p2', 'Sam')
    .wait(MINUTE)
    .phase('lobby', 'propose')
    .propose('a', 'p1', 'Topic A')
    .propose('b', 'p2', 'Topic B')
    .propose('c', 'p1', 'Topic C')
    .phase('propose', 'vote')
    .dots(['p1', 'a'], ['p2', 'a'], ['p2', 'b'])
    .add({ type: 'vote:closed', queue: ['a', 'b', 'c'] })
    .phase('vote', 'discuss');

describe('the minutes of a realistic meeting', () => {
  const m = minutes(realisticMeeting('en').events);

  it('lists everyone who joined, in join order, under their latest name, also those who left', () => {
    expect(m.participants).toEqual([
      'Anna Fischer',
      'Ben Okafor',
      'Carla Jung',
      'Deniz Yılmaz',
      'Eva Schmidt',
      'Frank Weber',
    ]);
  });

  it('names the facilitator and the co-facilitator', () => {
    expect(m.facilitators).toEqual(['Anna Fischer', 'Carla Jung']);
  });

  it('leaves the private check-in line out and keeps the others in the order they were posted', () => {
    expect(m.checkin.map((line) => line.name)).toEqual([
      'Anna Fischer',
      'Ben Okafor',
      'Carla Jung',
      'Eva Schmidt',
      'Frank Weber',
    ]);
    expect(JSON.stringify(m)).not.toContain('Reorganisation');
  });

  it('dates the meeting from leaving the lobby to its end, not from its creation days before', () => {
    expect(m.startedAt).toBe(utc(9, 0));
    expect(m.endedAt).toBe(utc(10, 0));
  });

  it('lists the discussed topics in the order they were discussed, with what was merged into them', () => {
    expect(m.discussed.map((t) => [t.title, t.dots])).toEqual([
      ['Staff survey 2027', 8],
      ['Onboarding remotely: what works?', 4],
    ]);
    expect(m.discussed[0]?.merged).toEqual([
      { title: 'Employee surveys: tools compared', description: '' },
    ]);
  });

  it('counts the time spent without the pause, and plans the timebox plus the extension', () => {
    const [survey, onboarding] = m.discussed;
    expect(survey).toMatchObject({ plannedMs: 12 * MINUTE, spentMs: 12 * MINUTE });
    expect(onboarding).toMatchObject({ plannedMs: 10 * MINUTE, spentMs: 8 * MINUTE });
  });

  it('records every continue-vote with its tally and outcome', () => {
    expect(m.discussed[0]?.continueVotes).toEqual([
      {
        afterTimebox: 1,
        tally: { up: 4, sideways: 1, down: 1 },
        outcome: 'continue',
        overridden: false,
        extensionMs: 4 * MINUTE,
      },
      {
        afterTimebox: 2,
        tally: { up: 1, sideways: 1, down: 4 },
        outcome: 'close',
        overridden: false,
        extensionMs: null,
      },
    ]);
  });

  it('keeps items as last edited, leaves deleted ones out, and collects the action items', () => {
    expect(m.discussed[1]?.notes).toHaveLength(1);
    expect(m.actions).toEqual([
      {
        topic: 'Staff survey 2027',
        table: null,
        text: 'Collect the questionnaires we already use',
        owner: 'Carla Jung',
        due: '2026-12-15',
      },
      {
        topic: 'Onboarding remotely: what works?',
        table: null,
        text: 'Share the onboarding checklist',
        owner: 'Ben Okafor',
        due: '2026-12-01',
      },
    ]);
  });

  it('lists the topics not discussed in queue order, with their dots', () => {
    expect(m.undiscussed.map((t) => [t.title, t.dots])).toEqual([
      ['Mentoring across municipalities', 2],
      ['Working Out Loud circles: the next round', 2],
      ['Competence models for IT roles', 2],
    ]);
  });

  it('never says who placed which dot', () => {
    const text = JSON.stringify(m);
    for (const id of ['anna', 'ben', 'carla', 'deniz', 'eva', 'frank']) {
      expect(text).not.toContain(`"${id}"`);
    }
  });
});

describe('minutes of a meeting in progress', () => {
  it('counts the running discussion up to the moment of export', () => {
    const log = discussing().wait(MINUTE).start('a', 8);
    const m = minutes(log.events, { now: log.now + 5 * MINUTE });
    expect(m.discussed[0]).toMatchObject({
      inProgress: true,
      spentMs: 5 * MINUTE,
      plannedMs: 8 * MINUTE,
    });
    expect(m.endedAt).toBeNull();
    expect(m.asOf).toBe(log.now + 5 * MINUTE);
  });

  it('does not count a pause that is still going on', () => {
    const log = discussing()
      .start('a', 8)
      .wait(2 * MINUTE);
    log.add({ type: 'timer:paused', remainingMs: 6 * MINUTE });
    const m = minutes(log.events, { now: log.now + 30 * MINUTE });
    expect(m.discussed[0]?.spentMs).toBe(2 * MINUTE);
  });

  it('ignores the clock once the meeting has ended', () => {
    const log = discussing()
      .start('a', 8)
      .wait(5 * MINUTE);
    log.add({ type: 'discussion:closed', topicId: 'a', tally: null, overridden: false });
    log.add({ type: 'phase:changed', from: 'discuss', to: 'ended' }, { type: 'meeting:ended' });
    const m = minutes(log.events, { now: log.now + 60 * MINUTE });
    expect(m.asOf).toBe(log.now);
    expect(m.discussed[0]).toMatchObject({ inProgress: false, spentMs: 5 * MINUTE });
  });

  it('hides the dot totals while the votes are hidden and not yet revealed', () => {
    const log = new EventLog(START)
      .create('m', 'Hidden', { hiddenVotes: true })
      .join('f', 'Fran', 'facilitator')
      .phase('lobby', 'propose')
      .propose('a', 'f', 'Topic A')
      .phase('propose', 'vote')
      .dots(['f', 'a']);
    expect(minutes(log.events).undiscussed[0]?.dots).toBeNull();
    log.add({ type: 'vote:revealed' });
    expect(minutes(log.events).undiscussed[0]?.dots).toBe(1);
  });

  it('makes minutes of a meeting just created', () => {
    const m = minutes(new EventLog(START).create('m', 'Fresh').events);
    expect(m).toMatchObject({ title: 'Fresh', startedAt: START, participants: [], discussed: [] });
  });
});

describe('time and continue-votes', () => {
  it('adds an extension granted after the time was up to the plan, and counts it as a timebox', () => {
    const log = discussing()
      .start('a', 8)
      .wait(8 * MINUTE);
    log.add({ type: 'timer:expired', topicId: 'a', reason: 'elapsed' }).wait(MINUTE);
    log.add({ type: 'timer:extended', timer: runningTimer(log.now, 3) }).wait(3 * MINUTE);
    log.add({ type: 'timer:expired', topicId: 'a', reason: 'elapsed' }).wait(MINUTE);
    log.add({
      type: 'discussion:closed',
      topicId: 'a',
      tally: { up: 0, sideways: 0, down: 2 },
      overridden: false,
    });
    const [topic] = minutes(log.events).discussed;
    expect(topic).toMatchObject({ plannedMs: 11 * MINUTE, spentMs: 11 * MINUTE });
    expect(topic?.continueVotes.map((v) => v.afterTimebox)).toEqual([2]);
  });

  it('adds an extension made while paused to the plan without counting the pause', () => {
    const log = discussing()
      .start('a', 8)
      .wait(2 * MINUTE);
    log.add({ type: 'timer:paused', remainingMs: 6 * MINUTE }).wait(MINUTE);
    log.add({
      type: 'timer:extended',
      timer: { startedAt: log.now, durationMs: 8 * MINUTE, pausedRemainingMs: 8 * MINUTE },
    });
    log.wait(MINUTE).add({ type: 'timer:resumed', timer: runningTimer(log.now, 8) });
    log.wait(8 * MINUTE).add({ type: 'timer:expired', topicId: 'a', reason: 'elapsed' });
    const [topic] = minutes(log.events).discussed;
    expect(topic).toMatchObject({ plannedMs: 10 * MINUTE, spentMs: 10 * MINUTE });
  });

  it('marks a decision against the majority as the facilitator’s', () => {
    const log = discussing()
      .start('a', 8)
      .wait(8 * MINUTE);
    log.add({ type: 'timer:expired', topicId: 'a', reason: 'elapsed' }).wait(MINUTE);
    log.add({
      type: 'discussion:continued',
      topicId: 'a',
      round: 1,
      timer: runningTimer(log.now, 4),
      tally: { up: 0, sideways: 1, down: 2 },
      overridden: true,
    });
    const [topic] = minutes(log.events).discussed;
    expect(topic?.continueVotes[0]).toMatchObject({ outcome: 'continue', overridden: true });
  });

  it('counts a vote the phase change cut short against its majority', () => {
    const log = discussing()
      .start('a', 8)
      .wait(8 * MINUTE);
    log.add({ type: 'timer:expired', topicId: 'a', reason: 'elapsed' });
    log.add({
      type: 'discussion:closed',
      topicId: 'a',
      tally: { up: 2, sideways: 0, down: 0 },
      overridden: false,
    });
    expect(minutes(log.events).discussed[0]?.continueVotes[0]).toMatchObject({
      outcome: 'close',
      overridden: true,
    });
  });
});

describe('topics and items', () => {
  it('lists merges of merges under the topic they finally went into, with their items', () => {
    const log = discussing()
      .item('n1', 'c', 'note', 'Written on C', 'f')
      .add({ type: 'topic:merged', sourceId: 'c', targetId: 'b', moved: {}, refunded: {} })
      .add({ type: 'topic:merged', sourceId: 'b', targetId: 'a', moved: { p2: 1 }, refunded: {} });
    const m = minutes(log.events);
    expect(m.undiscussed.map((t) => t.title)).toEqual(['Topic A']);
    expect(m.undiscussed[0]).toMatchObject({ dots: 3, notes: ['Written on C'] });
    expect(m.undiscussed[0]?.merged.map((t) => t.title)).toEqual(['Topic B', 'Topic C']);
  });

  it('leaves a deleted topic out', () => {
    const log = discussing().add({ type: 'topic:deleted', topicId: 'b' });
    expect(minutes(log.events).undiscussed.map((t) => t.title)).toEqual(['Topic A', 'Topic C']);
  });

  it('credits a facilitation handover to both facilitators', () => {
    const log = discussing().add({
      type: 'facilitation:handedOver',
      from: 'f',
      to: 'p2',
      reason: 'handover',
    });
    expect(minutes(log.events).facilitators).toEqual(['Fran', 'Sam']);
  });

  it('drops characters no document can hold and keeps everything else as typed', () => {
    const log = discussing().item('n1', 'a', 'note', 'bell\u0007 nul\u0000 <b>ok</b> 🦄', 'f');
    expect(minutes(log.events).undiscussed[0]?.notes).toEqual(['bell nul <b>ok</b> 🦄']);
  });
});

describe('purity', () => {
  it('gives the same minutes for the same events and leaves the events untouched', () => {
    const events = realisticMeeting('de').events;
    const frozen = structuredClone(events) as MeetingEvent[];
    const deepFreeze = (value: unknown): void => {
      if (value && typeof value === 'object') {
        Object.freeze(value);
        for (const inner of Object.values(value)) deepFreeze(inner);
      }
    };
    deepFreeze(frozen);
    expect(minutes(frozen)).toEqual(minutes(events));
    expect(frozen).toEqual(events);
  });
});
