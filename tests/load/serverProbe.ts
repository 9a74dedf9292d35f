/**
 * The measuring hooks a bench server carries: it reports its RSS, heap, event-loop delay and CPU
 * time to the bench over the IPC channel, so the server code itself stays untouched.
 */
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { getHeapSpaceStatistics, writeHeapSnapshot } from 'node:v8';
import { assertNever } from '@percolate/shared';
import type { FromServer, ServerMetrics, StoreCounters, ToServer } from './messages.js';
import { readThreadCpu, threadCpuSince } from './threadCpu.js';

const reply = (message: FromServer) => process.send?.(message);

/**
 * V8 hands the pages a collection emptied back to the system from a background thread, after the
 * collection returns: an RSS read at once counts them (in the scale scenario on a busy machine up
 * to 13 KB a participant more than a moment later), so the RSS is read after a wait, and nothing
 * is collected after it, which would free pages again just before the read.
 */
const PAGES_RELEASED_MS = 500;

const collectGarbage = (): void => {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('start the bench server with --expose-gc');
  // Twice: the first pass may only queue finalisers that free more on the second.
  gc();
  gc();
};

export interface ProbeOptions {
  port: number;
  /** Closes the server (the process exits after). */
  stop: () => Promise<void>;
  store?: { read(): StoreCounters; reset(): void };
}

/** Answers the bench's requests until it says stop. */
export const serveProbe = ({ port, stop, store }: ProbeOptions): void => {
  const eventLoop = monitorEventLoopDelay({ resolution: 10 });
  eventLoop.enable();
  let cpuAtOpen = process.cpuUsage();
  let threadsAtOpen = readThreadCpu();

  const measure = async (): Promise<ServerMetrics> => {
    const cpu = process.cpuUsage(cpuAtOpen);
    const threadCpu = threadCpuSince(threadsAtOpen);
    // Read before the wait below, which would add its idle turns to the histogram.
    const eventLoopP99Ms = eventLoop.percentile(99) / 1e6;
    const eventLoopMaxMs = eventLoop.max / 1e6;
    const storeCounters = store?.read() ?? null;
    collectGarbage();
    // The heap right after the collection, before the wait lets garbage pile up again.
    const { heapUsed } = process.memoryUsage();
    const youngGenerationBytes = getHeapSpaceStatistics()
      .filter(
        ({ space_name }) => space_name === 'new_space' || space_name === 'new_large_object_space',
      )
      .reduce((sum, space) => sum + space.space_size, 0);
    await new Promise((resolve) => setTimeout(resolve, PAGES_RELEASED_MS));
    return {
      rssBytes: process.memoryUsage.rss(),
      heapUsedBytes: heapUsed,
      youngGenerationBytes,
      eventLoopP99Ms,
      eventLoopMaxMs,
      cpuMs: (cpu.user + cpu.system) / 1000,
      threadCpu,
      store: storeCounters,
    };
  };

  process.on('message', (message: ToServer) => {
    switch (message.type) {
      case 'window:open':
        eventLoop.reset();
        cpuAtOpen = process.cpuUsage();
        threadsAtOpen = readThreadCpu();
        store?.reset();
        reply({ type: 'window:opened' });
        return;
      case 'measure': {
        void measure().then((metrics) => {
          if (message.heapSnapshotDir) {
            writeHeapSnapshot(join(message.heapSnapshotDir, `${process.pid}.heapsnapshot`));
          }
          reply({ type: 'metrics', metrics });
        });
        return;
      }
      case 'stop':
        void stop().finally(() => process.exit(0));
        return;
      default:
        assertNever(message);
    }
  });
  process.on('disconnect', () => process.exit(0));
  reply({ type: 'ready', port });
};
