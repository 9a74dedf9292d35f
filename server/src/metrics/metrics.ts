/**
 * Prometheus metrics (prom-client): sockets, meetings in memory, commands by type and outcome, the
 * time from a command's arrival to its acknowledgement, store append time, and Node's defaults
 * (event-loop delay, memory, CPU, GC). Scraped from the metrics server, never from the public port.
 */
import type { CommandAck } from '@percolate/shared';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** Called when a command arrives (its type, or "invalid"); the returned function when it is answered. */
export type CommandObserver = (type: string) => (ack: CommandAck) => void;

export interface Observed {
  connectedSockets(): number;
  activeMeetings(): number;
}

export interface Metrics {
  registry: Registry;
  observeCommand: CommandObserver;
  /** Times one store append (a transaction, waiting for its group commit included). */
  timeAppend(kind: 'meeting' | 'community'): () => void;
  /** Where the gauges read their numbers (set once the application exists). */
  observe(source: Observed): void;
}

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export const createMetrics = (): Metrics => {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  let source: Observed = { connectedSockets: () => 0, activeMeetings: () => 0 };
  new Gauge({
    name: 'percolate_connected_sockets',
    help: 'Sockets connected to this node',
    registers: [registry],
    collect() {
      this.set(source.connectedSockets());
    },
  });
  new Gauge({
    name: 'percolate_active_meetings',
    help: 'Meetings loaded in memory on this node (someone connected recently)',
    registers: [registry],
    collect() {
      this.set(source.activeMeetings());
    },
  });
  const commands = new Counter({
    name: 'percolate_commands_total',
    help: 'Meeting commands answered, by type and outcome (ok or the error code)',
    labelNames: ['type', 'outcome'],
    registers: [registry],
  });
  const ackLatency = new Histogram({
    name: 'percolate_command_ack_seconds',
    help: 'From a command arriving to its acknowledgement (after the commit)',
    labelNames: ['type'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const appendTime = new Histogram({
    name: 'percolate_store_append_seconds',
    help: 'One store append (a transaction), by what it appends to',
    labelNames: ['kind'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  return {
    registry,
    observeCommand: (type) => {
      const stop = ackLatency.startTimer({ type });
      return (ack) => {
        stop();
        commands.inc({ type, outcome: ack.ok ? 'ok' : ack.error.code });
      };
    },
    timeAppend: (kind) => appendTime.startTimer({ kind }),
    observe: (observed) => {
      source = observed;
    },
  };
};
