/**
 * What must hold for a meeting's stored log after many writers: one unbroken sequence, each
 * acknowledged command's events exactly once and nothing else of the burst, and the dot rules
 * (budget per person, per topic, tallies equal to the dots cast).
 */
import {
  dotEntries,
  type MeetingEvent,
  type MeetingState,
  type PublicView,
  projectPublic,
  replay,
  tallies,
} from '@percolate/shared';
import { expect } from 'vitest';
import type { Answered } from './burst.js';

export interface LogFigures {
  acknowledged: number;
  found: number;
  state: MeetingState;
  view: PublicView;
}

export const checkLog = (
  meetingId: string,
  events: readonly MeetingEvent[],
  answered: readonly Answered[],
): LogFigures => {
  expect(events.map((event) => event.seq)).toEqual(events.map((_, i) => i + 1));

  const eventsPerCommand = new Map<string, number>();
  for (const { commandId } of events) {
    eventsPerCommand.set(commandId, (eventsPerCommand.get(commandId) ?? 0) + 1);
  }
  const accepted = answered.filter((answer) => answer.ack.ok);
  const refused = answered.filter((answer) => !answer.ack.ok);
  // Every burst command makes exactly one event (a dot or a topic).
  const found = accepted.filter((answer) => eventsPerCommand.get(answer.storedId) === 1);
  expect(found.map((answer) => answer.storedId)).toEqual(accepted.map((answer) => answer.storedId));
  for (const answer of refused) expect(eventsPerCommand.has(answer.storedId)).toBe(false);
  const burstInLog = [...eventsPerCommand.keys()].filter((id) => id.includes(':burst-'));
  expect(burstInLog.sort()).toEqual(accepted.map((answer) => answer.storedId).sort());
  for (const answer of accepted) {
    if (!answer.ack.ok) continue;
    const event = events.find((e) => e.commandId === answer.storedId);
    expect(event?.seq).toBe(answer.ack.seq);
  }

  const state = replay(meetingId, events);
  const { dotsPerPerson, maxDotsPerTopic } = state.settings;
  for (const [, perTopic] of dotEntries(state.dots)) {
    const dots = Object.values(perTopic);
    expect(dots.reduce((sum, n) => sum + n, 0)).toBeLessThanOrEqual(dotsPerPerson);
    for (const n of dots) expect(n).toBeLessThanOrEqual(maxDotsPerTopic);
  }
  const cast = new Map<string, number>();
  for (const event of events) {
    if (event.type === 'vote:cast') cast.set(event.topicId, (cast.get(event.topicId) ?? 0) + 1);
  }
  const totals = tallies(state);
  for (const [topicId, n] of cast) expect(totals[topicId]).toBe(n);

  return { acknowledged: accepted.length, found: found.length, state, view: projectPublic(state) };
};
