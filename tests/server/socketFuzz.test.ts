/**
 * Thousands of random and malformed messages over real sockets: wrong types, unknown commands,
 * huge strings, arrays, null, `__proto__` keys, deep nesting, missing acknowledgements, unknown
 * events. The server stays up, answers every message that asked for an answer with an error,
 * nothing is polluted, and the meeting is exactly as it was.
 */
import { COMMAND_TYPES, PROTOCOL_VERSION } from '@percolate/shared';
import fc from 'fast-check';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/testClient.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import { expectConverged, openRoom, type Room } from './support/room.js';

const PAYLOADS = 3_000;
const CHUNK = 100;
const SEED = 20_260_115;

const nested = (depth: number, leaf: unknown): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? [value] : { a: value };
  return value;
};

/** Own `__proto__` / `constructor` keys, as JSON.parse makes them (a literal would set the prototype). */
const POLLUTERS: unknown[] = [
  JSON.parse('{"__proto__":{"polluted":1}}'),
  JSON.parse('{"id":"x","type":"topic:propose","title":"t","__proto__":{"polluted":1}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":1}}}'),
  JSON.parse('{"id":"x","type":"vote:cast","topicId":"__proto__"}'),
  JSON.parse('{"id":"x","type":"topic:edit","topicId":"constructor","title":"t"}'),
  JSON.parse('{"id":"__proto__","type":"__proto__"}'),
];

/** Just under the 64 KB a message may have (a bigger one closes the socket: tested below). */
const MAX_MESSAGE_BYTES = 60_000;
const fitsOneMessage = (payload: unknown) =>
  Buffer.byteLength(JSON.stringify(payload) ?? '') < MAX_MESSAGE_BYTES;

const hugeString = fc.integer({ min: 2_000, max: 58_000 }).map((n) => 'x'.repeat(n));
const wrongValue = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
  hugeString,
);

/** Messages that look almost right: a real command type with missing, wrong or extra fields. */
const nearCommand = fc.record(
  {
    id: fc.oneof(fc.string({ maxLength: 80 }), wrongValue),
    type: fc.constantFrom(...COMMAND_TYPES),
    title: wrongValue,
    topicId: wrongValue,
    name: wrongValue,
    phase: fc.oneof(fc.constantFrom('nowhere', 'LOBBY', ''), wrongValue),
    settings: fc.oneof(
      fc.constant({ dotsPerPerson: -1 }),
      fc.constant({ admin: true }),
      wrongValue,
    ),
    // Never undefined: JSON would drop the key and the message might be a valid command.
    extra: fc.anything({ maxDepth: 2 }).filter((value) => value !== undefined),
  },
  { requiredKeys: ['type', 'extra'] },
);

const hostile = fc
  .oneof(
    fc.anything({ maxDepth: 4, withNullPrototype: true, withObjectString: true }),
    fc.constantFrom<unknown>(null, 0, '', [], true, 'command', [{ type: 'topic:propose' }]),
    nearCommand,
    fc.record({
      id: fc.string(),
      type: fc.string().filter((t) => !COMMAND_TYPES.includes(t as never)),
    }),
    hugeString,
    fc.constantFrom(...POLLUTERS),
    fc.integer({ min: 50, max: 1_500 }).map((depth) => nested(depth, { type: 'topic:propose' })),
  )
  .filter(fitsOneMessage);

/** Which event a message goes to, and whether it asks for an answer. */
const delivery = fc.record({
  event: fc.constantFrom(
    'command',
    'command',
    'command',
    'sync',
    'time:ping',
    'no-such-event',
    'constructor',
    'hasOwnProperty',
  ),
  withAck: fc.boolean(),
});

describe('fuzzing the socket protocol', () => {
  let server: TestServer;
  let room: Room;

  beforeAll(async () => {
    server = await startTestServer({
      config: { rateLimits: { commandsPerSecond: 100_000, commandBurst: 100_000 } },
    });
    room = await openRoom(server.url, { participants: 1 });
    await room.facilitator.ok({ type: 'phase:set', phase: 'propose' });
    await room.facilitator.ok({ type: 'topic:propose', title: 'Stays as it is' });
    await expectConverged(room.everyone, room.facilitator.seq);
  });
  afterAll(async () => {
    room.close();
    await server.close();
  });

  it('survives thousands of malformed messages and changes nothing', {
    timeout: 120_000,
  }, async () => {
    const attacker = room.participants[0] as TestClient;
    const before = { seq: room.facilitator.seq, view: room.facilitator.view };
    const payloads = fc.sample(fc.tuple(hostile, delivery), { numRuns: PAYLOADS, seed: SEED });
    const codes = new Map<string, number>();
    let answered = 0;
    let expected = 0;
    for (let start = 0; start < payloads.length; start += CHUNK) {
      await Promise.all(
        payloads.slice(start, start + CHUNK).map(async ([payload, { event, withAck }]) => {
          const socket = attacker.socket as unknown as {
            emit(event: string, ...args: unknown[]): void;
            timeout(ms: number): {
              emitWithAck(event: string, ...args: unknown[]): Promise<unknown>;
            };
          };
          if (
            !withAck ||
            event === 'no-such-event' ||
            event === 'constructor' ||
            event === 'hasOwnProperty'
          ) {
            socket.emit(event, payload);
            return;
          }
          expected += 1;
          const answer = await socket.timeout(10_000).emitWithAck(event, payload);
          answered += 1;
          if (event === 'command') {
            expect(answer).toMatchObject({ ok: false });
            const code = (answer as { error: { code: string } }).error.code;
            codes.set(code, (codes.get(code) ?? 0) + 1);
          } else if (event === 'sync') {
            expect(['patches', 'snapshot']).toContain((answer as { kind: string }).kind);
          } else {
            expect(typeof answer).toBe('number');
          }
        }),
      );
    }
    console.info(
      `fuzz: ${PAYLOADS} messages, ${expected} asked for an answer and got one (${answered}); ` +
        `command refusals: ${JSON.stringify(Object.fromEntries(codes))}`,
    );
    expect(answered).toBe(expected);
    // Malformed ones are INVALID_PAYLOAD or UNKNOWN_COMMAND; the well-formed hostile ones
    // (topicId "__proto__", …) are refused by the meeting's rules. None breaks the server.
    expect(codes.get('INVALID_PAYLOAD')).toBeGreaterThan(PAYLOADS / 10);
    expect(codes.get('UNKNOWN_COMMAND')).toBeGreaterThan(0);
    expect(codes.has('INTERNAL')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');

    // The meeting is exactly as it was, for those connected and for a newcomer.
    expect(attacker.socket.connected).toBe(true);
    expect(room.facilitator.seq).toBe(before.seq);
    expect(room.facilitator.view).toEqual(before.view);
    const newcomer = await TestClient.connect(server.url, { meetingId: room.meeting.id });
    try {
      expect(newcomer.seq).toBe(before.seq);
      expect(newcomer.view).toEqual(before.view);
    } finally {
      newcomer.close();
    }
    // And it still works.
    const next = await attacker.ok({ type: 'topic:propose', title: 'Still working' });
    await expectConverged(room.everyone, next);
  });

  it('drops a socket that sends more than 64 KB at once, and only that one', async () => {
    const big = io(server.url, {
      transports: ['websocket'],
      reconnection: false,
      auth: {
        protocol: PROTOCOL_VERSION,
        meetingId: room.meeting.id,
        token: 'oversized-sender-token-0001',
      },
    });
    await new Promise((resolve) => big.once('message', resolve));
    const dropped = new Promise((resolve) => big.once('disconnect', resolve));
    big.emit('command', { id: 'big', type: 'topic:propose', title: 'x'.repeat(70_000) });
    await dropped;
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(room.facilitator.socket.connected).toBe(true);
    const seq = await room.facilitator.ok({ type: 'topic:propose', title: 'After the big one' });
    await expectConverged(room.everyone, seq);
  });

  it('refuses handshakes that are wrong in every way with a clear reason', async () => {
    const refusal = (auth: unknown) =>
      new Promise<string>((resolve) => {
        const socket = io(server.url, {
          transports: ['websocket'],
          reconnection: false,
          auth: auth as object,
        });
        socket.once('connect_error', (error) => {
          socket.close();
          resolve(error.message);
        });
        socket.once('connect', () => {
          socket.close();
          resolve('connected');
        });
      });
    const token = 'a-perfectly-fine-token-123';
    const meetingId = room.meeting.id;
    expect(await refusal({})).toBe('PROTOCOL_MISMATCH');
    expect(await refusal({ protocol: 0, meetingId, token })).toBe('PROTOCOL_MISMATCH');
    // A browser still running the code from before the last protocol change is told to reload.
    expect(await refusal({ protocol: PROTOCOL_VERSION - 1, meetingId, token })).toBe(
      'PROTOCOL_MISMATCH',
    );
    expect(await refusal({ protocol: PROTOCOL_VERSION, meetingId: 'nope', token })).toBe(
      'MEETING_NOT_FOUND',
    );
    expect(await refusal({ protocol: PROTOCOL_VERSION, meetingId: { $ne: 1 }, token })).toBe(
      'MEETING_NOT_FOUND',
    );
    expect(await refusal({ protocol: PROTOCOL_VERSION, meetingId, token: 'short' })).toBe(
      'BAD_AUTH',
    );
    expect(await refusal({ protocol: PROTOCOL_VERSION, meetingId, token: ['x'.repeat(30)] })).toBe(
      'BAD_AUTH',
    );
    expect(await refusal({ protocol: PROTOCOL_VERSION, meetingId, token, since: -1 })).toBe(
      'BAD_AUTH',
    );
    expect(
      await refusal({ protocol: PROTOCOL_VERSION, meetingId, token, facilitatorKey: 'wrong' }),
    ).toBe('connected');
  });
});
