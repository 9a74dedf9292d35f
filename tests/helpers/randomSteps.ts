/**
 * Random meeting steps for property tests: each step names a person and a command kind, turned
 * into a concrete command against the meeting's current state.
 */
import {
  type Actor,
  type CommandType,
  type MeetingState,
  PHASE_TRANSITIONS,
  PHASES,
  type Phase,
  type SettingsPatch,
  SYSTEM_COMMAND_TYPES,
  type SystemCommand,
} from '@percolate/shared';
import fc from 'fast-check';
import { type CommandInput, clientActor, meeting, type TestMeeting } from './builders.js';

export const PEOPLE = ['facilitator', 'p1', 'p2', 'p3', 'stranger'] as const;

export type Kind = CommandType | SystemCommand['type'];
export interface Step {
  person: number;
  withKey: boolean;
  kind: Kind;
  n: number;
  k: number;
  advanceMs: number;
}

const topicIds = (state: MeetingState): string[] =>
  Object.values(state.topics)
    .sort((a, b) => a.proposedAt - b.proposedAt)
    .map((t) => t.id);

const pick = <T>(list: readonly T[], n: number, fallback: T): T =>
  list.length === 0 ? fallback : (list[n % list.length] as T);

/** Turns a random step into a concrete command against the current state. */
export const commandFor = (m: TestMeeting, { kind, n, k }: Step): CommandInput | SystemCommand => {
  const { state } = m;
  const topics = topicIds(state);
  const topic = pick(topics, n, 'missing');
  const other = pick(topics, k, 'missing');
  const people = Object.keys(state.participants);
  const person = pick(people, n, 'nobody');
  const itemId = pick(Object.keys(state.items), n, 'missing');
  // Once split, every other discussion command acts at a table (sometimes one that is not there).
  const tableId = state.tables ? pick([...state.tables.order, 'missing'], k, 'missing') : undefined;
  const at = tableId !== undefined && n % 2 === 0 ? { tableId } : {};
  const scopeQueue =
    at.tableId !== undefined ? (state.tables?.tables[at.tableId]?.queue ?? []) : state.queue;
  const table = tableId ?? 'missing';
  switch (kind) {
    case 'participant:join':
      return { type: kind, name: `Name ${k % 2}` };
    case 'participant:rename':
      return { type: kind, name: `Name ${k % 3}` };
    case 'participant:remove':
      return { type: kind, participantId: person };
    case 'participant:leave':
    case 'round:next':
    case 'round:end':
    case 'vote:close':
    case 'vote:reveal':
    case 'timer:pause':
    case 'timer:resume':
    case 'timer:stop':
    case 'discussion:close':
      return { type: kind, ...at };
    case 'facilitation:claim':
    case 'tables:rejoin':
    case 'meeting:end':
      return { type: kind };
    case 'round:post':
      return {
        type: kind,
        round: n % 2 ? 'checkin' : 'closing',
        text: 'line',
        private: k % 2 === 0,
      };
    case 'round:start':
      return { type: kind, round: n % 2 ? 'checkin' : 'closing', autoAdvance: k % 2 === 0 };
    case 'round:reorder': {
      const order = state.speakingRound?.order ?? people;
      const fixed = order.slice(0, (state.speakingRound?.currentIndex ?? -1) + 1);
      const rest = order.slice(fixed.length);
      return { type: kind, order: [...fixed, ...(k % 2 ? rest.reverse() : rest.slice(1))] };
    }
    case 'round:expire':
      return { type: kind, round: n % 2 ? 'checkin' : 'closing', index: k % 3 };
    case 'topic:propose':
      return { type: kind, title: `Topic ${n}` };
    case 'topic:edit':
      return { type: kind, topicId: topic, title: `Edited ${k}` };
    case 'topic:delete':
      return { type: kind, topicId: topic };
    case 'topic:reopen':
      return { type: kind, topicId: topic };
    case 'topic:merge':
      return { type: kind, sourceId: topic, targetId: other };
    case 'vote:cast':
    case 'vote:retract':
      return { type: kind, topicId: topic };
    case 'queue:reorder':
      return {
        type: kind,
        order: k % 3 === 0 ? [...state.queue, 'x'] : [...state.queue].reverse(),
      };
    case 'discussion:start':
      return {
        type: kind,
        ...at,
        topicId: pick(scopeQueue, n, 'missing'),
        ...(k % 3 === 0 ? { minutes: 1 + (k % 7) } : {}),
      };
    case 'timer:extend':
      return { type: kind, ...at, minutes: 1 + (k % 5) };
    case 'timer:set':
      return { type: kind, ...at, seconds: 30 + 30 * (k % 20) };
    case 'continue:vote':
      return { type: kind, ...at, choice: (['up', 'sideways', 'down'] as const)[k % 3] ?? 'up' };
    case 'continue:resolve':
      return k % 3 === 0
        ? { type: kind, ...at }
        : { type: kind, ...at, decision: k % 3 === 1 ? 'continue' : 'close' };
    case 'tables:split':
      return {
        type: kind,
        count: 2 + (n % 3),
        mode: k % 2 ? 'own' : 'shared',
        assignment: n % 2 ? 'balanced' : 'choose',
        sizeLimit: k % 3 === 0 ? null : 1 + (k % 3),
      };
    case 'tables:seat':
      return { type: kind, participantId: person, tableId: table };
    case 'tables:host':
      return { type: kind, participantId: person, tableId: table };
    case 'tables:where':
      return { type: kind, tableId: table, text: `Room ${k % 3}` };
    case 'tables:rename':
      return { type: kind, tableId: table, name: `Corner ${k % 3}` };
    case 'tables:pull':
      return { type: kind, tableId: table, ...(k % 3 === 0 ? { topicId: topic } : {}) };
    case 'tables:timeCall':
      return { type: kind, minutes: k % 15 };
    case 'tables:harvest':
      return { type: kind, tableId: table, text: `Takeaway ${k % 3}` };
    case 'item:add':
      return { type: kind, topicId: topic, kind: 'note', text: 'n' };
    case 'item:edit':
      return { type: kind, itemId, kind: 'decision' };
    case 'item:delete':
      return { type: kind, itemId };
    case 'summary:set':
      return { type: kind, text: `Summary ${k % 2}` };
    case 'phase:set': {
      // Mostly a legal next phase, so that runs get through voting and discussion; sometimes any.
      const next = PHASE_TRANSITIONS[state.phase];
      return { type: kind, phase: k % 5 === 0 ? pick(PHASES, n, 'lobby') : pick(next, n, 'lobby') };
    }
    case 'settings:update':
      return {
        type: kind,
        settings:
          [
            { dotsPerPerson: 1 + (n % 4) },
            { hiddenVotes: n % 2 === 0 },
            { preVoting: n % 2 === 0 },
            { anonymousTopics: n % 2 === 0 },
          ][k % 4] ?? {},
        ...(k % 4 === 1 ? { resetDots: true } : {}),
      };
    case 'facilitation:handover':
      return { type: kind, to: person };
    case 'role:set':
      return {
        type: kind,
        participantId: person,
        role: (['cofacilitator', 'scribe', 'participant'] as const)[k % 3] ?? 'scribe',
      };
    case 'timer:expire': {
      const d =
        at.tableId !== undefined ? state.tables?.tables[at.tableId]?.discussion : state.discussion;
      return {
        type: kind,
        ...at,
        topicId: d && k % 4 ? d.topicId : topic,
        round: d && k % 5 ? d.round : n % 3,
      };
    }
    case 'facilitation:failover':
      return { type: kind, from: pick(people, k, 'nobody'), to: person };
    case 'minutesLink:create':
      return { type: kind, linkId: `link${k % 3}`, secretHash: String(n % 10).repeat(64) };
    case 'minutesLink:revoke':
      return { type: kind, linkId: `link${k % 3}` };
    case 'topics:import':
      return {
        type: kind,
        topics: [n % 3, k % 3].map((b) => ({
          title: `Backlog ${b}`,
          description: '',
          origin: { backlogTopicId: `b${b}`, proposedAt: 0, proposedByName: null, history: [] },
        })),
      };
    case 'actions:import':
      return {
        type: kind,
        actions: [n % 3, k % 3].map((a) => ({
          id: `a${a}`,
          text: `Action ${a}`,
          owner: null,
          due: null,
          meetingId: 'earlier',
          meetingTitle: 'Earlier',
          createdAt: 0,
        })),
      };
    case 'action:review':
      return {
        type: kind,
        actionId: `a${n % 4}`,
        status: (['open', 'done', 'carried'] as const)[k % 3] ?? 'done',
      };
  }
};

const KINDS: Kind[] = [
  'participant:join',
  'participant:rename',
  'participant:leave',
  'round:post',
  'round:start',
  'round:next',
  'round:reorder',
  'round:end',
  'topic:propose',
  'topic:edit',
  'topic:delete',
  'topic:merge',
  'topic:reopen',
  'participant:remove',
  'vote:cast',
  'vote:retract',
  'vote:close',
  'vote:reveal',
  'queue:reorder',
  'discussion:start',
  'timer:pause',
  'timer:resume',
  'timer:extend',
  'timer:stop',
  'timer:set',
  'continue:vote',
  'continue:resolve',
  'discussion:close',
  'item:add',
  'item:edit',
  'item:delete',
  'summary:set',
  'phase:set',
  'settings:update',
  'facilitation:handover',
  'facilitation:claim',
  'role:set',
  'meeting:end',
  'timer:expire',
  'round:expire',
  'facilitation:failover',
  'minutesLink:create',
  'minutesLink:revoke',
  'topics:import',
  'actions:import',
  'action:review',
  'tables:split',
  'tables:seat',
  'tables:host',
  'tables:where',
  'tables:rename',
  'tables:pull',
  'tables:timeCall',
  'tables:harvest',
  'tables:rejoin',
];
// The flow needs these often to get anywhere interesting; ending the meeting rarely.
const FREQUENT: Kind[] = [
  'timer:stop',
  'timer:pause',
  'timer:resume',
  'timer:extend',
  'discussion:close',
  'vote:retract',
  'vote:close',
  'phase:set',
  'topic:propose',
  'vote:cast',
  'vote:cast',
  'discussion:start',
  'timer:expire',
  'continue:vote',
  'continue:resolve',
  'tables:split',
  'tables:pull',
];

export const currentFacilitator = (m: TestMeeting): string =>
  PEOPLE.find((name) => {
    if (name === 'stranger') return false;
    const participant = m.state.participants[m.id(name)];
    return participant?.role === 'facilitator' && !participant.left;
  }) ?? 'facilitator';

export const step: fc.Arbitrary<Step> = fc.record({
  person: fc.oneof(
    { arbitrary: fc.constant(0), weight: 2 },
    { arbitrary: fc.nat(PEOPLE.length - 1), weight: 3 },
  ),
  withKey: fc.boolean(),
  kind: fc.oneof(
    { arbitrary: fc.constantFrom(...KINDS.filter((k) => k !== 'meeting:end')), weight: 600 },
    { arbitrary: fc.constantFrom(...FREQUENT), weight: 400 },
    { arbitrary: fc.constant<Kind>('meeting:end'), weight: 1 },
  ),
  n: fc.nat(20),
  k: fc.nat(20),
  advanceMs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10 * 60_000 })),
});

export const randomSettings = fc.record({
  dotsPerPerson: fc.integer({ min: 1, max: 5 }),
  maxDotsPerTopic: fc.integer({ min: 1, max: 3 }),
  hiddenVotes: fc.boolean(),
  anonymousTopics: fc.boolean(),
  timeboxMinutes: fc.integer({ min: 1, max: 10 }),
  extensionMinutes: fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 3 }),
  checkinSecondsPerPerson: fc.constantFrom(null, 30),
});

/** Where a random run starts: later phases give voting and discussion their share of the steps. */
export const randomStart = fc.record({
  settings: randomSettings,
  phase: fc.constantFrom<Phase>('lobby', 'vote', 'discuss'),
});

export const startMeeting = ({ settings, phase }: { settings: SettingsPatch; phase: Phase }) =>
  meeting({
    participants: 3,
    settings,
    phase,
    topics: phase === 'lobby' ? [] : ['A', 'B', 'C', 'D'],
  }).m;

/**
 * Who sends a step's command. Person 0 is whoever facilitates now, so that runs get past the
 * moderators' steps; the server's own commands are sent as the system when the step says so.
 */
export const actorFor = (m: TestMeeting, s: Step, command: CommandInput | SystemCommand): Actor => {
  const name = s.person === 0 ? currentFacilitator(m) : (PEOPLE[s.person] ?? 'stranger');
  const isSystem = (SYSTEM_COMMAND_TYPES as string[]).includes(command.type);
  return isSystem && s.withKey
    ? { kind: 'system' }
    : clientActor(name, name === 'facilitator' || s.withKey);
};

/** Plays one step: its time passes, then its person sends its command; the decision. */
export const playStep = (m: TestMeeting, s: Step) => {
  m.advance(s.advanceMs);
  const command = commandFor(m, s);
  return m.run(actorFor(m, s, command), command);
};

/** Checks `check` on `numRuns` random meetings, each a random start and 1 to `maxSteps` steps. */
export const forRandomMeetings = (
  { maxSteps, numRuns }: { maxSteps: number; numRuns: number },
  check: (m: TestMeeting, steps: Step[]) => void,
): void =>
  fc.assert(
    fc.property(
      randomStart,
      fc.array(step, { minLength: 1, maxLength: maxSteps, size: 'max' }),
      (start, steps) => check(startMeeting(start), steps),
    ),
    { numRuns },
  );
