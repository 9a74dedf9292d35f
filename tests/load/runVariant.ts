/**
 * One run of one variant: a fresh server process, measured idle; the rooms; the generators
 * connect everyone, play the script, and the server is measured again with everyone still
 * connected. Everything it started is stopped before it returns.
 */

import type { ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { forkTs, nextMessage, sendTo, stopChild } from './children.js';
import {
  addErrorCounts,
  BENCH_ORIGIN,
  type ErrorCounts,
  type FromGenerator,
  type FromServer,
  type GeneratorPlan,
  type GeneratorResult,
  type RoomPlan,
  type SamplesByType,
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

const measure = async (server: ChildProcess, heapSnapshotDir?: string): Promise<ServerMetrics> => {
  if (heapSnapshotDir) await mkdir(heapSnapshotDir, { recursive: true });
  sendTo<ToServer>(server, { type: 'measure', heapSnapshotDir });
  return (await nextMessage<FromServer, 'metrics'>(server, ['metrics'], START_TIMEOUT_MS)).metrics;
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

export const runVariant = async (variant: Variant, options: BenchOptions): Promise<RunResult> => {
  const scratchDir = await mkdtemp(join(tmpdir(), 'percolate-bench-'));
  const server = forkTs(variant.serverFile, {
    nodeFlags: [
      '--expose-gc',
      ...(options.cpuProfileDir
        ? ['--cpu-prof', `--cpu-prof-dir=${join(options.cpuProfileDir, variant.name)}`]
        : []),
    ],
    env: variant.env(scratchDir),
  });
  const generators: ChildProcess[] = [];
  try {
    const { port } = await nextMessage<FromServer, 'ready'>(server, ['ready'], START_TIMEOUT_MS);
    const url = `http://127.0.0.1:${port}`;
    const idle = await measure(server);
    const rooms = await variant.prepareRooms(url, options.rooms);

    const runTimeoutMs =
      START_TIMEOUT_MS + (options.rooms * options.participants * 20_000) / options.rate;
    const plans = shares(rooms, options.generators).map(
      (share): GeneratorPlan => ({
        target: variant.target,
        url,
        origin: BENCH_ORIGIN,
        rooms: share,
        participants: options.participants,
        rate: (options.rate * share.length) / rooms.length,
        dotsPerParticipant: options.dotsPerParticipant,
        noteEdits: options.noteEdits,
        commandTimeoutMs: options.commandTimeoutMs,
        deliveryTimeoutMs: options.deliveryTimeoutMs,
        connectConcurrency: options.connectConcurrency,
      }),
    );
    const errors: ErrorCounts = {};
    let sockets = 0;
    const connected = plans.map(async (plan) => {
      const generator = forkTs('./generator.ts');
      generators.push(generator);
      const answer = nextMessage<FromGenerator, 'connected' | 'failed'>(
        generator,
        ['connected', 'failed'],
        runTimeoutMs,
      );
      sendTo<ToGenerator>(generator, { type: 'connect', plan });
      const message = await answer;
      if (message.type === 'failed') throw new Error(`generator failed: ${message.message}`);
      sockets += message.sockets;
      return generator;
    });
    const ready = await Promise.all(connected);
    // Let the connection storm's last presence broadcasts and garbage settle first.
    await new Promise((resolve) => setTimeout(resolve, options.settleMs));

    sendTo<ToServer>(server, { type: 'window:open' });
    await nextMessage<FromServer, 'window:opened'>(server, ['window:opened'], START_TIMEOUT_MS);
    const busyAtStart = busyMs();
    const results = await Promise.all(
      ready.map(async (generator) => {
        const answer = nextMessage<FromGenerator, 'done' | 'failed'>(
          generator,
          ['done', 'failed'],
          runTimeoutMs,
        );
        sendTo<ToGenerator>(generator, { type: 'run' });
        return expectDone(await answer);
      }),
    );
    const busyAtEnd = busyMs();
    const generatorCpuMs = results.reduce((sum, result) => sum + result.cpuMs, 0);
    const loaded = await measure(
      server,
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
      otherCpuMs: busyAtEnd - busyAtStart - loaded.cpuMs - generatorCpuMs,
      samples: mergeSamples(results),
      errors,
      idle,
      loaded,
    };
  } finally {
    for (const generator of generators) {
      if (generator.connected) sendTo<ToGenerator>(generator, { type: 'close' });
    }
    await Promise.all(generators.map((generator) => stopChild(generator)));
    if (server.connected) sendTo<ToServer>(server, { type: 'stop' });
    await stopChild(server);
    await rm(scratchDir, { recursive: true, force: true });
  }
};
