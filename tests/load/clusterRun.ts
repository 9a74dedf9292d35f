/**
 * One run of the cluster burst: a private redis-server, two server nodes of one checkout on a
 * throwaway PostgreSQL schema (each through its own counting proxy), one meeting with people on
 * both nodes who cast and take back dots back to back, as fast as their acks come. Afterwards it
 * waits until every participant shows the store's last sequence number.
 */
import { rm } from 'node:fs/promises';
import type { CommandAck } from '@percolate/shared';
import { openPostgresStore } from '../../server/src/store/index.js';
import { dropSchema, throwawaySchema } from '../helpers/pgSchema.js';
import { type RedisServer, startRedisServer } from '../helpers/redisServer.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcpProxy.js';
import {
  createMeeting,
  type ServerProcess,
  spawnServer,
  tempDataDir,
} from '../helpers/testServer.js';
import { BrowserParticipant } from './browserParticipant.js';
import { type SqlCounter, type SqlCounts, startSqlCounter } from './sqlCounter.js';
import { type LatencySummary, summarize } from './stats.js';

export interface ClusterRunOptions {
  /** The checkout whose server and browser code run. */
  root: string;
  databaseUrl: string;
  clientsPerNode: number;
  commandsPerClient: number;
  /** Delay each way between node A and Redis (0: none). */
  redisLatencyMs: number;
  /** Each node reaches PostgreSQL through a proxy that counts its statements (an extra hop). */
  countSql: boolean;
}

export interface NodeFigures {
  ack: LatencySummary;
  refused: number;
  /** Batches decided again after another node's events ("meeting moved on in the store…"). */
  redecided: number;
  /**
   * Appends that failed because another node had written first and were tried again, as the node
   * logged them: a transaction rolled back on a sequence conflict (before), or a single-statement
   * try that lost (after).
   */
  racesLost: number;
  /** What the node asked of PostgreSQL (NaN without `countSql`). */
  sql: SqlCounts;
}

export interface ClusterRunResult {
  a: NodeFigures;
  b: NodeFigures;
  commands: number;
  burstMs: number;
  commandsPerSecond: number;
  /** Patches that arrived out of sequence at the participants, and the syncs they asked for. */
  gaps: number;
  syncs: number;
  /** From the last ack until every participant showed the store's last sequence number. */
  convergedMs: number;
}

const SEED_TOPICS = 4;
const CONVERGE_TIMEOUT_MS = 15_000;
const NODE_ENV = {
  LOG_LEVEL: 'debug',
  // Every participant sends back to back; the per-socket limit would pace them instead.
  RATE_LIMIT_COMMANDS: '100000/100000',
  RATE_LIMIT_CONNECT: '100000/60',
  RATE_LIMIT_API: '100000/60',
};

const logLines = (node: ServerProcess, text: string): number =>
  node
    .stderr()
    .split('\n')
    .filter((line) => line.includes(text)).length;
const REDECIDED = 'meeting moved on in the store';
const RACES_LOST = ['meeting moved on in the store; catching up', 'append lost a race'];
const racesLost = (node: ServerProcess): number =>
  RACES_LOST.reduce((sum, text) => sum + logLines(node, text), 0);

interface Sample {
  node: 'a' | 'b';
  ms: number;
  ack: CommandAck;
}

export const runClusterBurst = async (options: ClusterRunOptions): Promise<ClusterRunResult> => {
  const cleanup: (() => Promise<unknown> | unknown)[] = [];
  try {
    const redis: RedisServer = await startRedisServer();
    cleanup.push(() => redis.close());
    let redisForA = redis.url;
    if (options.redisLatencyMs > 0) {
      const slowLink: TcpProxy = await startTcpProxy(redis.port);
      cleanup.push(() => slowLink.close());
      slowLink.setLatency(options.redisLatencyMs);
      redisForA = slowLink.urlFor(redis.url);
    }
    const postgresPort = Number(new URL(options.databaseUrl).port || 5432);
    const counter = () => (options.countSql ? startSqlCounter(postgresPort) : notCounting());
    const [sqlA, sqlB] = await Promise.all([counter(), counter()]);
    cleanup.push(
      () => sqlA.close(),
      () => sqlB.close(),
    );

    const schema = throwawaySchema('percolate_bench');
    const dataDir = await tempDataDir();
    cleanup.push(
      () => dropSchema(options.databaseUrl, schema),
      () => rm(dataDir, { recursive: true, force: true }),
    );
    const env = (databaseUrl: string, redisUrl: string) => ({
      ...NODE_ENV,
      DATABASE_URL: databaseUrl,
      DATABASE_SCHEMA: schema,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: schema,
    });
    const [a, b] = await Promise.all([
      spawnServer(dataDir, env(sqlA.urlFor(options.databaseUrl), redisForA), options.root),
      spawnServer(dataDir, env(sqlB.urlFor(options.databaseUrl), redis.url), options.root),
    ]);
    cleanup.push(
      () => a.crash(),
      () => b.crash(),
    );

    const meeting = await createMeeting(a.url, 'Cluster burst', {
      dotsPerPerson: 20,
      maxDotsPerTopic: 20,
    });
    const connect = async (url: string, key: string | null = null) => {
      const participant = await BrowserParticipant.connect(options.root, url, meeting.id, key);
      cleanup.push(() => participant.close());
      return participant;
    };
    const facilitator = await connect(a.url, meeting.facilitatorKey);
    await facilitator.ok({ type: 'participant:join', name: 'Fran' });
    await facilitator.ok({ type: 'phase:set', phase: 'propose' });
    for (let i = 0; i < SEED_TOPICS; i += 1) {
      await facilitator.ok({ type: 'topic:propose', title: `Seed ${i}` });
    }
    const people = await Promise.all(
      Array.from({ length: options.clientsPerNode * 2 }, async (_, n) => {
        const participant = await connect(n % 2 === 0 ? a.url : b.url);
        await participant.ok({ type: 'participant:join', name: `Person ${n}` });
        return participant;
      }),
    );
    const voting = await facilitator.ok({ type: 'phase:set', phase: 'vote' });
    await Promise.all(people.map((person) => person.waitForSeq(voting, CONVERGE_TIMEOUT_MS)));
    const topics = (facilitator.view?.topics ?? []).map((topic) => topic.id);
    const before = people.map((person) => person.figures);
    const sqlBefore = { a: await sqlA.read(), b: await sqlB.read() };
    const logBefore = {
      a: { redecided: logLines(a, REDECIDED), lost: racesLost(a) },
      b: { redecided: logLines(b, REDECIDED), lost: racesLost(b) },
    };

    const samples: Sample[] = [];
    const startedAt = performance.now();
    await Promise.all(
      people.map(async (person, n) => {
        const node = n % 2 === 0 ? 'a' : 'b';
        for (let i = 0; i < options.commandsPerClient; i += 1) {
          const topicId = topics[(n + Math.floor(i / 2)) % topics.length] ?? '';
          const sentAt = performance.now();
          const ack = await person.send(
            i % 2 === 0 ? { type: 'vote:cast', topicId } : { type: 'vote:retract', topicId },
          );
          samples.push({ node, ms: performance.now() - sentAt, ack });
        }
      }),
    );
    const lastAck = performance.now();
    const events = await readLog(options.databaseUrl, schema, meeting.id);
    await Promise.all(
      [facilitator, ...people].map((person) => person.waitForSeq(events, CONVERGE_TIMEOUT_MS)),
    );
    const convergedMs = performance.now() - lastAck;

    const after = people.map((person) => person.figures);
    const counted = (field: 'gaps' | 'syncs') =>
      after.reduce((sum, figures, n) => sum + figures[field] - (before[n]?.[field] ?? 0), 0);
    const nodeFigures = async (
      node: 'a' | 'b',
      process: ServerProcess,
      counter: SqlCounter,
    ): Promise<NodeFigures> => {
      const mine = samples.filter((sample) => sample.node === node);
      const now = await counter.read();
      const then = sqlBefore[node];
      const sql = {
        eventReads: now.eventReads - then.eventReads,
        appends: now.appends - then.appends,
        rollbacks: now.rollbacks - then.rollbacks,
        lockWaits: now.lockWaits - then.lockWaits,
      };
      return {
        ack: summarize(mine.map((sample) => sample.ms)),
        refused: mine.filter((sample) => !sample.ack.ok).length,
        redecided: logLines(process, REDECIDED) - logBefore[node].redecided,
        racesLost: racesLost(process) - logBefore[node].lost,
        sql,
      };
    };
    const burstMs = lastAck - startedAt;
    return {
      a: await nodeFigures('a', a, sqlA),
      b: await nodeFigures('b', b, sqlB),
      commands: samples.length,
      burstMs,
      commandsPerSecond: (samples.length / burstMs) * 1000,
      gaps: counted('gaps'),
      syncs: counted('syncs'),
      convergedMs,
    };
  } finally {
    for (const step of cleanup.reverse()) {
      try {
        await step();
      } catch {
        // Tearing down what is left; the run's figures are already taken.
      }
    }
  }
};

/** Nodes that reach PostgreSQL straight: nothing counted. */
const notCounting = async (): Promise<SqlCounter> => {
  const none: SqlCounts = {
    eventReads: Number.NaN,
    appends: Number.NaN,
    rollbacks: Number.NaN,
    lockWaits: Number.NaN,
  };
  return { urlFor: (url) => url, read: async () => none, close: async () => {} };
};

/** The meeting's last stored sequence number, read past the proxies. */
const readLog = async (databaseUrl: string, schema: string, meetingId: string) => {
  const store = await openPostgresStore({ connectionString: databaseUrl, schema });
  try {
    return (await store.loadEvents(meetingId)).at(-1)?.seq ?? 0;
  } finally {
    await store.close();
  }
};
