/**
 * CPU time of the process's main thread apart from its other threads (V8's garbage collector and
 * compiler, libuv's pool, the SQLite writer thread), read from Linux's /proc. The main thread's
 * share is what queues commands; the others compete with the load generators for the cores.
 * Null where /proc is missing (the bench still runs, without the split).
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface ThreadCpu {
  mainMs: number;
  othersMs: number;
}

/** /proc/…/stat counts in clock ticks, 100 per second on Linux. */
const TICK_MS = 10;

/** User + system time in one line of /proc/…/stat (fields 14 and 15, see proc(5)). */
export const cpuMsOfStat = (stat: string): number => {
  // The thread's name, in parentheses, may hold spaces and ")": the fields start after the last.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  if (!Number.isFinite(ticks)) throw new Error(`not a /proc stat line: ${stat.slice(0, 80)}`);
  return ticks * TICK_MS;
};

const threadCpuMs = (taskDir: string): number =>
  cpuMsOfStat(readFileSync(`${taskDir}/stat`, 'utf8'));

/** A thread that ended between listing and reading counts as nothing (none should, here). */
const cpuOfTaskMs = (tid: string): number => {
  try {
    return threadCpuMs(`/proc/self/task/${tid}`);
  } catch {
    return 0;
  }
};

export const readThreadCpu = (): ThreadCpu | null => {
  let tasks: string[];
  let mainMs: number;
  try {
    tasks = readdirSync('/proc/self/task');
    mainMs = threadCpuMs(`/proc/self/task/${process.pid}`);
  } catch {
    return null;
  }
  const othersMs = tasks
    .filter((tid) => tid !== String(process.pid))
    .reduce((sum, tid) => sum + cpuOfTaskMs(tid), 0);
  return { mainMs, othersMs };
};

/** The CPU spent since `start`; threads that ended in between are missed (none do here). */
export const threadCpuSince = (start: ThreadCpu | null): ThreadCpu | null => {
  const now = readThreadCpu();
  if (!start || !now) return null;
  return { mainMs: now.mainMs - start.mainMs, othersMs: now.othersMs - start.othersMs };
};
