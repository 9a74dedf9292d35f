/**
 * Random meetings: random commands from random people (and the server's timer expiry with a clock
 * that moves on) must always keep the meeting's invariants.
 */
import {
  allScopes,
  applyPatch,
  diff,
  dotEntries,
  type EventBody,
  isDomainError,
  isLegalPhaseChange,
  type MeetingEvent,
  type MeetingState,
  projectPublic,
  remainingMs,
  replay,
  tallies,
} from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import type { TestMeeting } from '../helpers/builders.js';
import { forRandomMeetings, playStep } from '../helpers/randomSteps.js';

/** Dots per participant and topic, counted from the events alone. */
const dotsFromEvents = (events: readonly MeetingEvent[]): Map<string, number> => {
  const dots = new Map<string, number>();
  const add = (pid: string, topic: string, n: number) => {
    const key = `${pid}|${topic}`;
    const total = (dots.get(key) ?? 0) + n;
    if (total === 0) dots.delete(key);
    else dots.set(key, total);
  };
  const dropTopic = (topic: string) => {
    for (const key of [...dots.keys()]) if (key.endsWith(`|${topic}`)) dots.delete(key);
  };
  for (const e of events) {
    if (e.type === 'vote:cast') add(e.participantId, e.topicId, 1);
    if (e.type === 'vote:retracted') add(e.participantId, e.topicId, -1);
    if (e.type === 'topic:deleted') dropTopic(e.topicId);
    if (e.type === 'vote:reset') dots.clear();
    if (e.type === 'participant:removed' && e.dotsWithdrawn) {
      for (const key of [...dots.keys()])
        if (key.startsWith(`${e.participantId}|`)) dots.delete(key);
    }
    if (e.type === 'topic:merged') {
      dropTopic(e.sourceId);
      for (const [pid, n] of Object.entries(e.moved)) add(pid, e.targetId, n);
    }
  }
  return dots;
};

const dotsInState = (state: MeetingState): Map<string, number> => {
  const dots = new Map<string, number>();
  for (const [pid, perTopic] of dotEntries(state.dots)) {
    for (const [topic, n] of Object.entries(perTopic)) dots.set(`${pid}|${topic}`, n);
  }
  return dots;
};

const checkInvariants = (m: TestMeeting, newEvents: readonly EventBody[], before: MeetingState) => {
  const { state } = m;
  const { dotsPerPerson, maxDotsPerTopic } = state.settings;
  for (const [, perTopic] of dotEntries(state.dots)) {
    const values = Object.values(perTopic);
    expect(values.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(dotsPerPerson);
    for (const n of values) {
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThanOrEqual(maxDotsPerTopic);
    }
  }
  expect(dotsInState(state)).toEqual(dotsFromEvents(m.events));
  const view = projectPublic(state);
  const totals = tallies(state);
  for (const topic of view.topics) {
    if (topic.dots !== null) expect(topic.dots).toBe(totals[topic.id] ?? 0);
  }
  // One topic at a time per scope (the plenary, each table), and only there.
  const scopes = allScopes(state);
  const discussing = Object.values(state.topics)
    .filter((t) => t.status === 'discussing')
    .map((t) => t.id)
    .sort();
  const discussed = scopes.flatMap((scope) => (scope.discussion ? [scope.discussion.topicId] : []));
  expect(discussing).toEqual([...discussed].sort());
  for (const { discussion } of scopes) {
    if (!discussion) continue;
    expect(state.phase).toBe('discuss');
    const { timer } = discussion;
    expect(remainingMs(timer, m.now)).toBeGreaterThanOrEqual(0);
    expect(timer.durationMs).toBeGreaterThanOrEqual(0);
    if (timer.pausedRemainingMs !== null) expect(timer.pausedRemainingMs).toBeGreaterThanOrEqual(0);
  }
  // A topic waits in one queue at most: taken by a table, it is taken for everyone.
  const queued = scopes.flatMap((scope) => scope.queue);
  expect(new Set(queued).size).toBe(queued.length);
  for (const id of queued) expect(['open', 'discussing']).toContain(state.topics[id]?.status);
  checkTables(state, newEvents);
  const round = state.speakingRound;
  if (round) {
    expect(new Set(round.order).size).toBe(round.order.length);
    expect(round.currentIndex).toBeLessThan(round.order.length);
    if (round.autoAdvance) expect(round.timer).not.toBeNull();
    // A reorder never moves who has spoken or speaks.
    const kept = before.speakingRound?.kind === round.kind ? before.speakingRound : null;
    if (kept)
      expect(round.order.slice(0, kept.currentIndex + 1)).toEqual(
        kept.order.slice(0, kept.currentIndex + 1),
      );
  }
  for (const id of state.queue) expect(['open', 'discussing']).toContain(state.topics[id]?.status);
  const facilitators = Object.values(state.participants).filter((p) => p.role === 'facilitator');
  expect(facilitators.length).toBeLessThanOrEqual(1);
  let phase = before.phase;
  for (const event of newEvents) {
    if (event.type !== 'phase:changed') continue;
    expect(event.from).toBe(phase);
    expect(isLegalPhaseChange(event.from, event.to)).toBe(true);
    phase = event.to;
  }
};

/** Seating names only tables that exist; a balanced split deals sizes differing by at most one. */
const checkTables = (state: MeetingState, newEvents: readonly EventBody[]) => {
  const tables = state.tables;
  if (!tables) return;
  for (const tableId of Object.values(tables.seating)) expect(tables.order).toContain(tableId);
  for (const table of Object.values(tables.tables)) {
    if (table.hostId !== null) expect(tables.seating[table.hostId]).toBe(table.id);
    if (tables.rejoinedAt !== null) expect(table.discussion).toBeNull();
  }
  const formed = newEvents.find((event) => event.type === 'tables:formed');
  if (formed?.type === 'tables:formed' && formed.assignment === 'balanced') {
    const sizes = formed.tableIds.map(
      (id) => Object.values(formed.seating).filter((seat) => seat === id).length,
    );
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  }
};

describe('a meeting driven by random commands', () => {
  it('keeps its invariants, and its log replays to the same state', () => {
    forRandomMeetings({ maxSteps: 150, numRuns: 300 }, (m, steps) => {
      let view = projectPublic(m.state);
      for (const s of steps) {
        const before = m.state;
        const snapshot = structuredClone(before);
        const result = playStep(m, s);
        // Neither deciding nor evolving ever touches the state it was given.
        expect(before).toEqual(snapshot);
        if (isDomainError(result)) {
          expect(m.state).toBe(before);
          continue;
        }
        checkInvariants(m, result, before);
        const next = projectPublic(m.state);
        expect(applyPatch(view, diff(view, next))).toEqual(next);
        view = next;
      }
      expect(replay('m1', m.events)).toEqual(m.state);
    });
  });
});
