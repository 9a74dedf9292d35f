/** Turns runs into the figures the bench reports: per run, then medians over the rounds. */
import { addErrorCounts, type ErrorCounts } from './messages.js';
import type { RunResult } from './runVariant.js';
import { median, summarize } from './stats.js';

export interface Figures {
  sockets: number;
  commands: number;
  ackP50Ms: number;
  ackP95Ms: number;
  ackP99Ms: number;
  fanoutP50Ms: number;
  fanoutP95Ms: number;
  fanoutP99Ms: number;
  rssPerParticipantKB: number;
  heapPerParticipantKB: number;
  /** Growth of V8's young generation from idle to loaded, per participant (part of the RSS figure). */
  youngGenerationPerParticipantKB: number;
  eventLoopP99Ms: number;
  cpuMs: number;
  /** Of the server's CPU: its main (event-loop) thread, and its other threads together. */
  mainThreadCpuMs: number;
  otherThreadsCpuMs: number;
  generatorCpuMs: number;
  otherCpuMs: number;
  commandsPerSecond: number;
  receivedKBPerClient: number;
  /** The most one client received (a big room's or a table's extremes show here). */
  maxReceivedKBPerClient: number;
  /** Packets (one WebSocket frame, one write on the server each) per client. */
  receivedPacketsPerClient: number;
  /** Store transactions in the traffic window, the commands each carried, their time (see StoreCounters). */
  storeAppends: number;
  commandsPerAppend: number;
  storeTransactionMs: number;
  errors: number;
}

export interface TypeFigures {
  count: number;
  ackP50Ms: number;
  ackP99Ms: number;
  fanoutP50Ms: number;
  fanoutP99Ms: number;
}

const KB = 1024;
const round2 = (value: number) => Math.round(value * 100) / 100;
const allOf = (run: RunResult, which: 'ack' | 'fanout') =>
  Object.values(run.samples).flatMap((samples) => samples[which]);
const totalErrors = (errors: ErrorCounts) =>
  Object.values(errors).reduce((sum, count) => sum + count, 0);

export const figuresOf = (run: RunResult): Figures => {
  const ack = summarize(allOf(run, 'ack'));
  const fanout = summarize(allOf(run, 'fanout'));
  const perParticipant = (bytes: number) => bytes / KB / Math.max(1, run.sockets);
  const { store } = run.loaded;
  return {
    sockets: run.sockets,
    commands: run.commands,
    ackP50Ms: ack.p50,
    ackP95Ms: ack.p95,
    ackP99Ms: ack.p99,
    fanoutP50Ms: fanout.p50,
    fanoutP95Ms: fanout.p95,
    fanoutP99Ms: fanout.p99,
    rssPerParticipantKB: perParticipant(run.loaded.rssBytes - run.idle.rssBytes),
    heapPerParticipantKB: perParticipant(run.loaded.heapUsedBytes - run.idle.heapUsedBytes),
    youngGenerationPerParticipantKB: perParticipant(
      run.loaded.youngGenerationBytes - run.idle.youngGenerationBytes,
    ),
    eventLoopP99Ms: run.loaded.eventLoopP99Ms,
    cpuMs: run.loaded.cpuMs,
    mainThreadCpuMs: run.loaded.threadCpu?.mainMs ?? Number.NaN,
    otherThreadsCpuMs: run.loaded.threadCpu?.othersMs ?? Number.NaN,
    generatorCpuMs: run.generatorCpuMs,
    otherCpuMs: run.otherCpuMs,
    commandsPerSecond: (run.commands * 1000) / run.elapsedMs,
    receivedKBPerClient: run.receivedBytes / KB / Math.max(1, run.sockets),
    maxReceivedKBPerClient: run.maxReceivedBytes / KB,
    receivedPacketsPerClient: run.receivedPackets / Math.max(1, run.sockets),
    storeAppends: store?.appends ?? Number.NaN,
    commandsPerAppend: store ? store.commands / Math.max(1, store.appends) : Number.NaN,
    storeTransactionMs: store?.transactionMs ?? Number.NaN,
    errors: totalErrors(run.errors),
  };
};

/** The median of every figure over the rounds, except errors, which are summed. */
export const medianFigures = (rounds: Figures[]): Figures => {
  const keys = Object.keys(rounds[0] ?? {}) as (keyof Figures)[];
  const result = {} as Figures;
  for (const key of keys) {
    const values = rounds.map((figures) => figures[key]);
    result[key] = round2(
      key === 'errors' ? values.reduce((sum, value) => sum + value, 0) : median(values),
    );
  }
  return result;
};

/** Per command type, the median over the rounds of each round's percentiles. */
export const figuresByType = (runs: RunResult[]): Record<string, TypeFigures> => {
  const types = [...new Set(runs.flatMap((run) => Object.keys(run.samples)))];
  return Object.fromEntries(
    types.map((type) => {
      const perRound = runs.map((run) => {
        const samples = run.samples[type] ?? { ack: [], fanout: [] };
        return { ack: summarize(samples.ack), fanout: summarize(samples.fanout) };
      });
      const med = (pick: (round: (typeof perRound)[number]) => number) =>
        round2(median(perRound.map(pick)));
      return [
        type,
        {
          count: med((round) => round.ack.count),
          ackP50Ms: med((round) => round.ack.p50),
          ackP99Ms: med((round) => round.ack.p99),
          fanoutP50Ms: med((round) => round.fanout.p50),
          fanoutP99Ms: med((round) => round.fanout.p99),
        },
      ];
    }),
  );
};

export const mergeErrorKinds = (runs: RunResult[]): ErrorCounts =>
  runs.reduce<ErrorCounts>((merged, run) => addErrorCounts(merged, run.errors), {});
