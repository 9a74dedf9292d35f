/**
 * One run of one variant: a fresh server process (or several nodes, measured as one), measured
 * idle; the rooms; the generators connect everyone, play the script (the meeting's, or the
 * tables'), and the server is measured again with everyone still connected. Everything it
 * started, and the services it set up, are stopped and undone before it returns.
 */

import type { ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { forkTs, nextMessage, sendTo, stopChild } from './children.js';
import { combineMetrics } from './combineMetrics.js';
import {
  APP_ENV,
  addErrorCounts,
  BENCH_ORIGIN,
  type ErrorCounts,
  type FromGenerator,
  type FromServer,
  type GeneratorPlan,
  type GeneratorResult,
  type RoomPlan,
  type SamplesByType,
  ScriptKind,
  type ServerMetrics,
  samplesFor,
  type ToGenerator,
  type ToServer,
} from './messages.js';
import type { BenchOptions } from './options.js';
import type { Variant } from './variants.js';

export interface RunResult {
  variant: string;
  sockets: number;
  commands: number;
  noops: number;
  elapsedMs: number;
  /** Payload bytes all clients received during the traffic. */
  receivedBytes: number;
  /** The most one client received during the traffic. */
  maxReceivedBytes: number;
  /** Engine.io packets all clients received during the traffic. */
  receivedPackets: number;
  /** CPU time of all generators together. */
  generatorCpuMs: number;
  /** CPU time the host spent on anything but the server and the generators during the traffic. */
  otherCpuMs: number;
  samples: SamplesByType;
  errors: ErrorCounts;
  idle: ServerMetrics;
  loaded: ServerMetrics;
}

const START_TIMEOUT_MS = 60_000;

/** CPU time all cores of the host have spent busy so far. */
const busyMs = () =>
  cpus().reduce((sum, { times }) => sum + times.user + times.nice + times.sys + times.irq, 0);

const measureOne = async (
  server: ChildProcess,
  heapSnapshotDir?: string,
): Promise<ServerMetrics> => {
  if (heapSnapshotDir) await mkdir(heapSnapshotDir, { recursive: true });
  sendTo<ToServer>(server, { type: 'measure', heapSnapshotDir });
  return (await nextMessage<FromServer, 'metrics'>(server, ['metrics'], START_TIMEOUT_MS)).metrics;
};

/** Every node measured; several nodes count as one server (summed, the worst event loop). */
const measure = async (servers: ChildProcess[], heapSnapshotDir?: string) =>
  combineMetrics(await Promise.all(servers.map((server) => measureOne(server, heapSnapshotDir))));

/** Sends every node a message and waits for each one's answer. */
const askAll = async (servers: ChildProcess[], message: ToServer, answer: 'window:opened') => {
  await Promise.all(
    servers.map((server) => {
      const answered = nextMessage<FromServer, typeof answer>(server, [answer], START_TIMEOUT_MS);
      sendTo<ToServer>(server, message);
      return answered;
    }),
  );
};

/** Forks the variant's nodes one after the other (each migrates the store before the next starts). */
const startNodes = async (variant: Variant, options: BenchOptions, env: NodeJS.ProcessEnv) => {
  const servers: ChildProcess[] = [];
  const urls: string[] = [];
  for (let node = 0; node < (variant.nodes ?? 1); node += 1) {
    const server = forkTs(variant.serverFile, {
      nodeFlags: [
        '--expose-gc',
        ...(options.cpuProfileDir
          ? ['--cpu-prof', `--cpu-prof-dir=${join(options.cpuProfileDir, variant.name)}`]
          : []),
      ],
      env: { ...env, [APP_ENV]: options.app },
      sharedFromBuild: options.app === 'build',
    });
    servers.push(server);
    const { port } = await nextMessage<FromServer, 'ready'>(server, ['ready'], START_TIMEOUT_MS);
    urls.push(`http://127.0.0.1:${port}`);
  }
  return { servers, urls };
};

/** Deals the rooms round-robin to the generators (a room's clients stay in one process). */
const shares = (rooms: RoomPlan[], generators: number): RoomPlan[][] => {
  const count = Math.min(generators, rooms.length);
  return Array.from({ length: count }, (_, share) =>
    rooms.filter((_, room) => room % count === share),
  );
};

const expectDone = (message: FromGenerator): GeneratorResult => {
  if (message.type === 'failed') throw new Error(`generator failed: ${message.message}`);
  if (message.type !== 'done') throw new Error(`unexpected ${message.type} from a generator`);
  return message.result;
};

const mergeSamples = (results: GeneratorResult[]): SamplesByType => {
  const merged: SamplesByType = {};
  for (const { samples } of results) {
    for (const [type, { ack, fanout }] of Object.entries(samples)) {
      const into = samplesFor(merged, type);
      into.ack.push(...ack);
      into.fanout.push(...fanout);
    }
  }
  return merged;
};

/** Tells a generator to close its sockets, and waits until it has exited. */
const closeGenerator = async (generator: ChildProcess): Promise<void> => {
  if (generator.connected) sendTo<ToGenerator>(generator, { type: 'close' });
  await stopChild(generator);
};

export const runVariant = async (
  variant: Variant,
  options: BenchOptions,
  script: ScriptKind = ScriptKind.Meeting,
): Promise<RunResult> => {
  const scratchDir = await mkdtemp(join(tmpdir(), 'percolate-bench-'));
  const setUp = await variant.setUp?.();
  const servers: ChildProcess[] = [];
  const generators: ChildProcess[] = [];
  try {
    const started = await startNodes(variant, options, {
      ...variant.env(scratchDir),
      ...setUp?.env,
    });
    servers.push(...started.servers);
    const { urls } = started;
    const url = urls[0] as string;
    const runTimeoutMs =
      START_TIMEOUT_MS + (options.rooms * options.participants * 20_000) / options.rate;
    const planFor = (share: RoomPlan[], rate: number): GeneratorPlan => ({
      target: variant.target,
      urls,
      script,
      tables: options.tables,
      origin: BENCH_ORIGIN,
      rooms: share,
      participants: options.participants,
      rate,
      dotsPerParticipant: options.dotsPerParticipant,
      noteEdits: options.noteEdits,
      commandTimeoutMs: options.commandTimeoutMs,
      deliveryTimeoutMs: options.deliveryTimeoutMs,
      connectConcurrency: options.connectConcurrency,
    });
    const count = Math.min(options.generators, options.rooms);
    for (let index = 0; index < count; index += 1) generators.push(forkTs('./generator.ts'));
    /** Each generator connects its share of the rooms (its earlier rooms stay connected, idle). */
    const connect = async (rooms: RoomPlan[]) => {
      let sockets = 0;
      await Promise.all(
        shares(rooms, count).map(async (share, index) => {
          const generator = generators[index] as ChildProcess;
          const answer = nextMessage<FromGenerator, 'connected' | 'failed'>(
            generator,
            ['connected', 'failed'],
            runTimeoutMs,
          );
          const rate = (options.rate * share.length) / options.rooms;
          sendTo<ToGenerator>(generator, { type: 'connect', plan: planFor(share, rate) });
          const message = await answer;
          if (message.type === 'failed') throw new Error(`generator failed: ${message.message}`);
          sockets += message.sockets;
        }),
      );
      return sockets;
    };
    const play = (rooms: RoomPlan[]) =>
      Promise.all(
        generators.slice(0, Math.min(count, rooms.length)).map(async (generator) => {
          const answer = nextMessage<FromGenerator, 'done' | 'failed'>(
            generator,
            ['done', 'failed'],
            runTimeoutMs,
          );
          sendTo<ToGenerator>(generator, { type: 'run' });
          return expectDone(await answer);
        }),
      );
    const settle = () => new Promise((resolve) => setTimeout(resolve, options.settleMs));

    const errors: ErrorCounts = {};
    if (options.warmupRooms > 0) {
      // A server (and a browser) that has run for a while has its hot paths compiled; the
      // first commands after a cold start run unoptimised, for the relay and for us alike.
      // Separate rooms play the script once in the same generators, so the measured rooms
      // meet warm processes (`--warmup 0` measures a cold start). Their sockets stay connected,
      // idle, to the end: memory they freed would be reused by the measured rooms and make the
      // marginal RSS look smaller than it is.
      const warmupRooms = await variant.prepareRooms(url, options.warmupRooms, 'warmup');
      await connect(warmupRooms);
      for (const result of await play(warmupRooms)) {
        for (const [kind, count] of Object.entries(result.errors)) {
          errors[`warm-up ${kind}`] = (errors[`warm-up ${kind}`] ?? 0) + count;
        }
      }
      await settle();
    }
    const idle = await measure(servers);
    const rooms = await variant.prepareRooms(url, options.rooms, 'room');
    const sockets = await connect(rooms);
    // Let the connection storm's last presence broadcasts and garbage settle first.
    await settle();

    await askAll(servers, { type: 'window:open' }, 'window:opened');
    const busyAtStart = busyMs();
    const results = await play(rooms);
    const busyAtEnd = busyMs();
    const generatorCpuMs = results.reduce((sum, result) => sum + result.cpuMs, 0);
    const loaded = await measure(
      servers,
      options.heapSnapshotDir && join(options.heapSnapshotDir, variant.name),
    );
    for (const result of results) addErrorCounts(errors, result.errors);

    return {
      variant: variant.name,
      sockets,
      commands: results.reduce((sum, result) => sum + result.commands, 0),
      noops: results.reduce((sum, result) => sum + result.noops, 0),
      elapsedMs: Math.max(...results.map((result) => result.elapsedMs)),
      generatorCpuMs,
      receivedBytes: results.reduce((sum, result) => sum + result.receivedBytes, 0),
      maxReceivedBytes: Math.max(0, ...results.map((result) => result.maxReceivedBytes)),
      receivedPackets: results.reduce((sum, result) => sum + result.receivedPackets, 0),
      otherCpuMs: busyAtEnd - busyAtStart - loaded.cpuMs - generatorCpuMs,
      samples: mergeSamples(results),
      errors,
      idle,
      loaded,
    };
  } finally {
    await Promise.all(generators.map((generator) => closeGenerator(generator)));
    await Promise.all(
      servers.map(async (server) => {
        if (server.connected) sendTo<ToServer>(server, { type: 'stop' });
        await stopChild(server);
      }),
    );
    await setUp?.tearDown();
    await rm(scratchDir, { recursive: true, force: true });
  }
};
