/** Several server nodes measured as one server: their memory and CPU summed, the worst event loop. */
import type { ServerMetrics, StoreCounters } from './messages.js';

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

const combineStores = (stores: (StoreCounters | null)[]): StoreCounters | null => {
  const present = stores.filter((store) => store !== null);
  if (present.length === 0) return null;
  return {
    appends: sum(present.map((store) => store.appends)),
    commands: sum(present.map((store) => store.commands)),
    transactionMs: sum(present.map((store) => store.transactionMs)),
  };
};

export const combineMetrics = (nodes: ServerMetrics[]): ServerMetrics => {
  const [only] = nodes;
  if (!only) throw new Error('no node was measured');
  if (nodes.length === 1) return only;
  const threads = nodes.map((node) => node.threadCpu);
  return {
    rssBytes: sum(nodes.map((node) => node.rssBytes)),
    heapUsedBytes: sum(nodes.map((node) => node.heapUsedBytes)),
    youngGenerationBytes: sum(nodes.map((node) => node.youngGenerationBytes)),
    eventLoopP99Ms: Math.max(...nodes.map((node) => node.eventLoopP99Ms)),
    eventLoopMaxMs: Math.max(...nodes.map((node) => node.eventLoopMaxMs)),
    cpuMs: sum(nodes.map((node) => node.cpuMs)),
    threadCpu: threads.every((thread) => thread !== null)
      ? {
          mainMs: sum(threads.map((thread) => thread.mainMs)),
          othersMs: sum(threads.map((thread) => thread.othersMs)),
        }
      : null,
    store: combineStores(nodes.map((node) => node.store)),
  };
};
