/**
 * Who may send which command: every command type against every role, from a situation in which
 * the command would succeed for someone allowed to send it.
 */
import { COMMAND_TYPES, type CommandType, type Phase, type SystemCommand } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import {
  type CommandInput,
  clientActor,
  meeting,
  resultCode,
  type TestMeeting,
} from '../helpers/builders.js';
import { BACKLOG_ORIGIN, EARLIER_ACTION } from '../helpers/community.js';

const ROLES = [
  'facilitator',
  'cofacilitator',
  'scribe',
  'participant',
  'keyHolder',
  'notJoined',
] as const;
type RoleName = (typeof ROLES)[number];

/** Test names of the people playing each role. */
const PLAYER: Record<RoleName, string> = {
  facilitator: 'facilitator',
  cofacilitator: 'p1',
  scribe: 'p2',
  participant: 'p3',
  keyHolder: 'p4',
  notJoined: 'stranger',
};

const ok = 'ok';
const F = 'FORBIDDEN';
const NJ = 'NOT_JOINED';
const KR = 'KEY_REQUIRED';

//                     facilitator cofacilitator scribe participant keyHolder notJoined
type Row = [string, string, string, string, string, string];
const EVERYONE: Row = [ok, ok, ok, ok, ok, NJ];
const MODERATORS: Row = [ok, ok, F, F, F, NJ];
const NOTE_WRITERS: Row = [ok, ok, ok, F, F, NJ];
const FACILITATOR_OR_KEY: Row = [ok, F, F, F, ok, NJ];
const SERVER_ONLY: Row = [F, F, F, F, F, F];

const EXPECTED: Record<CommandType | SystemCommand['type'], Row> = {
  'participant:join': [ok, ok, ok, ok, ok, ok],
  'participant:rename': EVERYONE,
  'participant:leave': EVERYONE,
  'participant:remove': MODERATORS,
  'round:post': EVERYONE,
  'round:start': MODERATORS,
  'round:next': MODERATORS,
  'round:reorder': MODERATORS,
  'round:end': MODERATORS,
  'topic:propose': EVERYONE,
  // The topic is the facilitator's own: others edit it only as moderators.
  'topic:edit': MODERATORS,
  'topic:delete': MODERATORS,
  'topic:merge': MODERATORS,
  'topic:reopen': MODERATORS,
  'vote:cast': EVERYONE,
  'vote:retract': EVERYONE,
  'vote:close': MODERATORS,
  'vote:reveal': MODERATORS,
  'queue:reorder': MODERATORS,
  'discussion:start': MODERATORS,
  'timer:pause': MODERATORS,
  'timer:resume': MODERATORS,
  'timer:extend': MODERATORS,
  'timer:stop': MODERATORS,
  'timer:set': MODERATORS,
  'continue:vote': EVERYONE,
  'continue:resolve': MODERATORS,
  'discussion:close': MODERATORS,
  'item:add': NOTE_WRITERS,
  // The note is the facilitator's: scribes change any note, participants none (notes not open).
  'item:edit': NOTE_WRITERS,
  'item:delete': NOTE_WRITERS,
  'summary:set': MODERATORS,
  'phase:set': MODERATORS,
  'settings:update': MODERATORS,
  'facilitation:handover': FACILITATOR_OR_KEY,
  'facilitation:claim': [ok, KR, KR, KR, ok, NJ],
  'role:set': FACILITATOR_OR_KEY,
  'meeting:end': FACILITATOR_OR_KEY,
  'timer:expire': SERVER_ONLY,
  'round:expire': SERVER_ONLY,
  'facilitation:failover': SERVER_ONLY,
  'minutesLink:create': SERVER_ONLY,
  'minutesLink:revoke': SERVER_ONLY,
  'topics:import': SERVER_ONLY,
  'actions:import': SERVER_ONLY,
  'action:review': NOTE_WRITERS,
  'tables:split': MODERATORS,
  // With 'choose' everyone takes a seat of their own; volunteers host a table without a host.
  'tables:seat': EVERYONE,
  'tables:host': EVERYONE,
  // The table has no host here: moderators only.
  'tables:where': MODERATORS,
  'tables:rename': MODERATORS,
  'tables:pull': MODERATORS,
  'tables:timeCall': MODERATORS,
  // Anyone at the table posts its takeaways.
  'tables:harvest': EVERYONE,
  'tables:rejoin': MODERATORS,
};

interface World {
  m: TestMeeting;
  a: string;
  b: string;
}

/** Everyone has joined with their role; the facilitator proposed topics A and B; we are in `phase`. */
const world = (phase: Phase, settings = {}): World => {
  const { m } = meeting({ participants: 3, settings });
  m.as('p4', { type: 'participant:join', name: 'Key holder' }, true);
  m.makeRole('p1', 'cofacilitator').makeRole('p2', 'scribe');
  m.goTo('propose');
  const a = m.propose('facilitator', 'A');
  const b = m.propose('facilitator', 'B');
  const rest: Phase[] =
    phase === 'vote' ? ['vote'] : phase === 'discuss' ? ['vote', 'discuss'] : [];
  for (const step of rest) m.ok('facilitator', { type: 'phase:set', phase: step });
  return { m, a, b };
};

const discussing = (): World => {
  const w = world('discuss');
  w.m.ok('facilitator', { type: 'discussion:start', topicId: w.a });
  return w;
};

const timeUp = (): World => {
  const w = discussing();
  w.m.ok('facilitator', { type: 'timer:stop' });
  return w;
};

const inCheckin = (): World => {
  const { m } = meeting({ participants: 3 });
  m.as('p4', { type: 'participant:join', name: 'Key holder' }, true);
  m.makeRole('p1', 'cofacilitator').makeRole('p2', 'scribe');
  m.goTo('checkin');
  return { m, a: '', b: '' };
};

/** Split into two tables where people choose their own; the actor sits at the first when `seated`. */
const atTables = (
  actor: string,
  { phase = 'propose', mode = 'own', seated = false } = {} as {
    phase?: Phase;
    mode?: 'own' | 'shared';
    seated?: boolean;
  },
): World & { table: string; me: string } => {
  const w = world(phase);
  w.m.ok('facilitator', { type: 'tables:split', count: 2, mode, assignment: 'choose' });
  const table = w.m.state.tables?.order[0] ?? 'missing';
  // The key holder joined through `as`, so their id is found by their token.
  const me = w.m.state.participantByTokenHash[`hash-${actor}`] ?? w.m.id('p3');
  if (seated) {
    w.m.ok('facilitator', { type: 'tables:seat', participantId: me, tableId: table });
  }
  return { ...w, table, me };
};

type Scenario = (actor: string) => { w: World; command: CommandInput | SystemCommand };

const SCENARIOS: Record<CommandType | SystemCommand['type'], Scenario> = {
  'participant:join': () => ({
    w: world('propose'),
    command: { type: 'participant:join', name: 'Person 1' },
  }),
  'participant:rename': () => ({
    w: world('propose'),
    command: { type: 'participant:rename', name: 'New' },
  }),
  'participant:leave': () => ({ w: world('propose'), command: { type: 'participant:leave' } }),
  'participant:remove': () => {
    const w = world('propose');
    return { w, command: { type: 'participant:remove', participantId: w.m.id('p3') } };
  },
  'round:post': () => ({
    w: inCheckin(),
    command: { type: 'round:post', round: 'checkin', text: 'Hi' },
  }),
  'round:start': () => ({ w: inCheckin(), command: { type: 'round:start', round: 'checkin' } }),
  'round:next': () => {
    const w = inCheckin();
    w.m.ok('facilitator', { type: 'round:start', round: 'checkin' });
    return { w, command: { type: 'round:next' } };
  },
  'round:reorder': () => {
    const w = inCheckin();
    w.m.ok('facilitator', { type: 'round:start', round: 'checkin' });
    const [first, ...rest] = w.m.state.speakingRound?.order ?? [];
    return { w, command: { type: 'round:reorder', order: [first ?? '', ...rest.reverse()] } };
  },
  'round:end': () => {
    const w = inCheckin();
    w.m.ok('facilitator', { type: 'round:start', round: 'checkin' });
    return { w, command: { type: 'round:end' } };
  },
  'topic:propose': () => ({ w: world('propose'), command: { type: 'topic:propose', title: 'C' } }),
  'topic:edit': () => {
    const w = world('propose');
    return { w, command: { type: 'topic:edit', topicId: w.a, title: 'A2' } };
  },
  'topic:delete': () => {
    const w = world('propose');
    return { w, command: { type: 'topic:delete', topicId: w.a } };
  },
  'topic:reopen': () => {
    const w = discussing();
    w.m.ok('facilitator', { type: 'discussion:close' });
    return { w, command: { type: 'topic:reopen', topicId: w.a } };
  },
  'topic:merge': () => {
    const w = world('propose');
    return { w, command: { type: 'topic:merge', sourceId: w.a, targetId: w.b } };
  },
  'vote:cast': () => {
    const w = world('vote');
    return { w, command: { type: 'vote:cast', topicId: w.a } };
  },
  'vote:retract': (actor) => {
    const w = world('vote');
    if (actor !== PLAYER.notJoined) w.m.ok(actor, { type: 'vote:cast', topicId: w.a });
    return { w, command: { type: 'vote:retract', topicId: w.a } };
  },
  'vote:close': () => ({ w: world('vote'), command: { type: 'vote:close' } }),
  'vote:reveal': () => ({
    w: world('vote', { hiddenVotes: true }),
    command: { type: 'vote:reveal' },
  }),
  'queue:reorder': () => {
    const w = world('discuss');
    return { w, command: { type: 'queue:reorder', order: [w.b, w.a] } };
  },
  'discussion:start': () => {
    const w = world('discuss');
    return { w, command: { type: 'discussion:start', topicId: w.a } };
  },
  'timer:pause': () => ({ w: discussing(), command: { type: 'timer:pause' } }),
  'timer:resume': () => {
    const w = discussing();
    w.m.ok('facilitator', { type: 'timer:pause' });
    return { w, command: { type: 'timer:resume' } };
  },
  'timer:extend': () => ({ w: discussing(), command: { type: 'timer:extend', minutes: 2 } }),
  'timer:stop': () => ({ w: discussing(), command: { type: 'timer:stop' } }),
  'timer:set': () => ({ w: discussing(), command: { type: 'timer:set', seconds: 90 } }),
  'continue:vote': () => ({ w: timeUp(), command: { type: 'continue:vote', choice: 'up' } }),
  'continue:resolve': () => ({ w: timeUp(), command: { type: 'continue:resolve' } }),
  'discussion:close': () => ({ w: discussing(), command: { type: 'discussion:close' } }),
  'item:add': () => {
    const w = discussing();
    return { w, command: { type: 'item:add', topicId: w.a, kind: 'note', text: 'n' } };
  },
  'item:edit': () => {
    const w = discussing();
    const itemId = addNote(w);
    return { w, command: { type: 'item:edit', itemId, text: 'changed' } };
  },
  'item:delete': () => {
    const w = discussing();
    return { w, command: { type: 'item:delete', itemId: addNote(w) } };
  },
  'summary:set': () => ({ w: world('discuss'), command: { type: 'summary:set', text: 'Sum' } }),
  'phase:set': () => ({ w: world('propose'), command: { type: 'phase:set', phase: 'vote' } }),
  'settings:update': () => ({
    w: world('propose'),
    command: { type: 'settings:update', settings: { timeboxMinutes: 5 } },
  }),
  'facilitation:handover': (actor) => {
    const w = world('propose');
    const to = actor === PLAYER.participant ? w.m.id('p2') : w.m.id('p3');
    return { w, command: { type: 'facilitation:handover', to } };
  },
  'facilitation:claim': () => ({ w: world('propose'), command: { type: 'facilitation:claim' } }),
  'role:set': () => {
    const w = world('propose');
    return { w, command: { type: 'role:set', participantId: w.m.id('p3'), role: 'scribe' } };
  },
  'meeting:end': () => ({ w: world('discuss'), command: { type: 'meeting:end' } }),
  'timer:expire': () => {
    const w = discussing();
    w.m.advance(60 * 60_000);
    return { w, command: { type: 'timer:expire', topicId: w.a, round: 0 } };
  },
  'round:expire': () => {
    const w = inCheckin();
    w.m.ok('facilitator', {
      type: 'settings:update',
      settings: { checkinSecondsPerPerson: 60 },
    });
    w.m.ok('facilitator', { type: 'round:start', round: 'checkin', autoAdvance: true });
    w.m.advance(60_000);
    return { w, command: { type: 'round:expire', round: 'checkin', index: 0 } };
  },
  'facilitation:failover': () => {
    const w = world('propose');
    return {
      w,
      command: { type: 'facilitation:failover', from: w.m.id('facilitator'), to: w.m.id('p1') },
    };
  },
  'minutesLink:create': () => ({
    w: world('discuss'),
    command: { type: 'minutesLink:create', linkId: 'link1', secretHash: 'a'.repeat(64) },
  }),
  'minutesLink:revoke': () => {
    const w = world('discuss');
    w.m.system({ type: 'minutesLink:create', linkId: 'link1', secretHash: 'a'.repeat(64) });
    return { w, command: { type: 'minutesLink:revoke', linkId: 'link1' } };
  },
  'topics:import': () => ({
    w: world('propose'),
    command: {
      type: 'topics:import',
      topics: [
        {
          title: 'From the backlog',
          description: '',
          origin: BACKLOG_ORIGIN,
        },
      ],
    },
  }),
  'actions:import': () => ({
    w: inCheckin(),
    command: { type: 'actions:import', actions: [EARLIER_ACTION] },
  }),
  'action:review': () => {
    const w = inCheckin();
    w.m.system({ type: 'actions:import', actions: [EARLIER_ACTION] });
    return { w, command: { type: 'action:review', actionId: EARLIER_ACTION.id, status: 'done' } };
  },
  'tables:split': () => ({
    w: world('propose'),
    command: { type: 'tables:split', count: 2, mode: 'own', assignment: 'balanced' },
  }),
  'tables:seat': (actor) => {
    const w = atTables(actor);
    return { w, command: { type: 'tables:seat', participantId: w.me, tableId: w.table } };
  },
  'tables:host': (actor) => {
    const w = atTables(actor, { seated: true });
    return { w, command: { type: 'tables:host', participantId: w.me, tableId: w.table } };
  },
  'tables:where': (actor) => {
    const w = atTables(actor);
    return { w, command: { type: 'tables:where', tableId: w.table, text: 'Breakout 1' } };
  },
  'tables:rename': (actor) => {
    const w = atTables(actor);
    return { w, command: { type: 'tables:rename', tableId: w.table, name: 'Remote work' } };
  },
  'tables:pull': (actor) => {
    const w = atTables(actor, { phase: 'discuss', mode: 'shared' });
    return { w, command: { type: 'tables:pull', tableId: w.table } };
  },
  'tables:timeCall': (actor) => ({
    w: atTables(actor),
    command: { type: 'tables:timeCall', minutes: 10 },
  }),
  'tables:harvest': (actor) => {
    const w = atTables(actor, { seated: true });
    return { w, command: { type: 'tables:harvest', tableId: w.table, text: 'We learnt' } };
  },
  'tables:rejoin': (actor) => ({ w: atTables(actor), command: { type: 'tables:rejoin' } }),
};

function addNote(w: World): string {
  const [event] = w.m.ok('facilitator', {
    type: 'item:add',
    topicId: w.a,
    kind: 'note',
    text: 'n',
  });
  if (event?.type !== 'item:added') throw new Error('no note');
  return event.itemId;
}

const HAS_KEY: Record<RoleName, boolean> = {
  facilitator: true,
  cofacilitator: false,
  scribe: false,
  participant: false,
  keyHolder: true,
  notJoined: false,
};

describe('who may send which command', () => {
  it('covers every client command', () => {
    for (const type of COMMAND_TYPES) expect(EXPECTED[type]).toBeDefined();
  });

  const cases = Object.entries(EXPECTED).flatMap(([type, row]) =>
    ROLES.map((role, i) => [type as keyof typeof EXPECTED, role, row[i] as string] as const),
  );

  it.each(cases)('%s by the %s → %s', (type, role, expected) => {
    const name = PLAYER[role];
    const { w, command } = SCENARIOS[type](name);
    const before = w.m.state;
    const result = w.m.run(clientActor(name, HAS_KEY[role]), command);
    expect(resultCode(result)).toBe(expected);
    if (expected !== ok) expect(w.m.state).toBe(before);
  });

  it('lets the server issue its own commands', () => {
    const { w, command } = SCENARIOS['timer:expire']('');
    expect(resultCode(w.m.system(command as SystemCommand))).toBe(ok);
  });

  it('refuses client commands issued as the server', () => {
    const { w, command } = SCENARIOS['vote:close']('');
    expect(resultCode(w.m.system(command as unknown as SystemCommand))).toBe(F);
  });
});
