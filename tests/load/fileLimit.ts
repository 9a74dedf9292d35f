/**
 * Every socket is an open file in the server and in its generator, and child processes inherit
 * this process's limit: a run that would pass it fails at once, saying what to raise, rather than
 * counting refused connections as the server's errors.
 */
import { execFileSync } from 'node:child_process';

/** Files the rest of a process keeps open (modules, the store, pipes), with room to spare. */
const HEADROOM = 1_024;
/** Fewer sockets than this fit in any usual limit (macOS's 256 included, with what else is open). */
const CHECKED_FROM = 200;

const openFileLimit = (): number => {
  const limit = execFileSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).trim();
  return limit === 'unlimited' ? Number.POSITIVE_INFINITY : Number(limit);
};

export const checkOpenFileLimit = (sockets: number): void => {
  if (sockets < CHECKED_FROM) return;
  const needed = sockets + HEADROOM;
  const limit = openFileLimit();
  if (limit < needed) {
    throw new Error(
      `${sockets} sockets need about ${needed} open files in the server process, and the ` +
        `limit is ${limit}: run \`ulimit -n ${needed}\` (up to \`ulimit -Hn\`) in this shell first`,
    );
  }
};
