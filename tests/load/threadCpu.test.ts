import { isMainThread } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { cpuMsOfStat, readThreadCpu, threadCpuSince } from './threadCpu.js';

// A real line's shape: pid (comm) state ppid … utime stime …, here utime 250 and stime 31 ticks.
const line = (comm: string) =>
  `4242 (${comm}) S 1 4242 4242 0 -1 4194560 1234 0 0 0 250 31 0 0 20 0 11 0 99 0 0`;

describe('cpuMsOfStat', () => {
  it('adds user and system time, in milliseconds', () => {
    expect(cpuMsOfStat(line('node'))).toBe(2810);
  });

  it('reads past a thread name with spaces and parentheses', () => {
    expect(cpuMsOfStat(line('V8 Worker) (2'))).toBe(2810);
  });

  it('refuses a line that is not a stat line', () => {
    expect(() => cpuMsOfStat('nonsense')).toThrow(/not a \/proc stat line/);
  });
});

describe('threadCpuSince', () => {
  it.skipIf(process.platform !== 'linux')('counts the CPU this process spends', () => {
    const start = readThreadCpu();
    const cpuAtStart = process.cpuUsage();
    // Spins for 100 ms of CPU (not of wall time, which a loaded machine would stretch).
    let spins = 0;
    while (process.cpuUsage(cpuAtStart).user < 100_000) spins += 1;
    const spent = threadCpuSince(start);
    expect(spins).toBeGreaterThan(0);
    // /proc counts in 10 ms ticks; the spin ran on one of this process's threads.
    expect((spent?.mainMs ?? 0) + (spent?.othersMs ?? 0)).toBeGreaterThanOrEqual(80);
    if (isMainThread) expect(spent?.mainMs).toBeGreaterThanOrEqual(80);
  });

  it('is null without a start', () => {
    expect(threadCpuSince(null)).toBeNull();
  });
});
