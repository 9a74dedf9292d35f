/**
 * Two nodes sharing PostgreSQL and Redis, half of every meeting's sockets on each (client i on
 * node i mod 2), so every broadcast crosses Redis: ours in a throwaway schema, and the bare relay
 * behind the same Redis adapter as its floor. Each run gets its own schema and Redis prefix.
 */
import { randomBytes } from 'node:crypto';
import { createClient } from 'redis';
import { dropSchema, throwawaySchema } from '../helpers/pgSchema.js';
import { createMeetings } from './createMeetings.js';
import { TargetKind } from './messages.js';
import { VARIANTS, type Variant } from './variants.js';

const redisPrefix = () => `percolate-bench-${randomBytes(6).toString('hex')}`;

const requiredEnv = (name: 'DATABASE_URL' | 'REDIS_URL'): string => {
  const value = process.env[name];
  if (!value) throw new Error(`the pair scenario needs ${name}`);
  return value;
};

const bareRelay = VARIANTS.find((variant) => variant.name === 'bare') as Variant;

/** The relay's sequence counters (one key per room) are all it leaves in Redis. */
const deleteSequences = async (url: string, prefix: string) => {
  const client = createClient({ url });
  await client.connect();
  try {
    const keys = await client.keys(`${prefix}:seq:*`);
    if (keys.length > 0) await client.del(keys);
  } finally {
    await client.quit();
  }
};

const barePair: Variant = {
  ...bareRelay,
  name: 'bare-pair',
  nodes: 2,
  setUp: async () => {
    const url = requiredEnv('REDIS_URL');
    const prefix = redisPrefix();
    return {
      env: { BENCH_REDIS_URL: url, BENCH_REDIS_PREFIX: prefix },
      tearDown: () => deleteSequences(url, prefix),
    };
  },
};

const postgresPair: Variant = {
  name: 'postgres-pair',
  target: TargetKind.Ours,
  serverFile: './ourServer.ts',
  nodes: 2,
  env: () => ({ BENCH_STORE: 'postgres' }),
  setUp: async () => {
    const databaseUrl = requiredEnv('DATABASE_URL');
    const schema = throwawaySchema('percolate_bench_pair');
    return {
      env: {
        DATABASE_SCHEMA: schema,
        BENCH_REDIS_URL: requiredEnv('REDIS_URL'),
        BENCH_REDIS_PREFIX: redisPrefix(),
      },
      tearDown: () => dropSchema(databaseUrl, schema),
    };
  },
  prepareRooms: createMeetings,
};

/** Checked before anything starts, so a missing service fails the scenario at once. */
export const pairVariants = (): Variant[] => {
  requiredEnv('DATABASE_URL');
  requiredEnv('REDIS_URL');
  return [barePair, postgresPair];
};

/**
 * What two nodes deliver twice or out of order, which the clients count as errors of these kinds
 * though nothing is lost. The bare pair's echoes from two nodes are unordered, and the relay keeps
 * no order at all (`gap`, `overtaken`, `doubled`). Ours reaches a client on two paths: the writing
 * node's patch through Redis, and the patch the client's own node sends when it catches up with
 * the store; whichever comes second repeats sequence numbers (`doubled`; a browser drops a patch
 * it already has). Under load the other node's patch can also arrive before the one the client's
 * own node sends for the commit before it (`overtaken`: the skipped numbers arrive after all; a
 * browser asks for a sync meanwhile). A `gap` (skipped numbers that never arrive) is an error.
 */
export const PAIR_REPEATS: Readonly<Record<string, readonly string[]>> = {
  'bare-pair': ['gap', 'overtaken', 'doubled'],
  'postgres-pair': ['overtaken', 'doubled'],
};
