/** Forks the bench's TypeScript children with an IPC channel, waits for their answers, and never leaves one behind. */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { RUN_TYPESCRIPT } from '../helpers/runTypeScript.js';

const children = new Set<ChildProcess>();
const killChildren = () => {
  for (const child of children) child.kill('SIGKILL');
};
process.on('exit', killChildren);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killChildren();
    process.exit(130);
  });
}

/**
 * Forks a TypeScript file of this folder as a child with IPC, run by tsx. With `sharedFromBuild`
 * the child's `@percolate/shared` is the compiled shared/dist, as the compiled server needs.
 */
export const forkTs = (
  file: string,
  options: { nodeFlags?: string[]; env?: NodeJS.ProcessEnv; sharedFromBuild?: boolean } = {},
): ChildProcess => {
  const typescript = options.sharedFromBuild ? ['--import', 'tsx'] : RUN_TYPESCRIPT;
  const child = fork(fileURLToPath(new URL(file, import.meta.url)), [], {
    execArgv: [...typescript, ...(options.nodeFlags ?? [])],
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
};

/** Resolves with the child's next message of one of the given types (or rejects on timeout/exit). */
export const nextMessage = <M extends { type: string }, T extends M['type']>(
  child: ChildProcess,
  types: readonly T[],
  timeoutMs: number,
): Promise<Extract<M, { type: T }>> =>
  new Promise((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    const onMessage = (message: M) => {
      if (!(types as readonly string[]).includes(message.type)) return;
      cleanup();
      resolve(message as Extract<M, { type: T }>);
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`child exited (${code}) while waiting for ${types.join('|')}`));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no ${types.join('|')} from child within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('message', onMessage);
    child.once('exit', onExit);
  });

export const sendTo = <M>(child: ChildProcess, message: M): void => {
  child.send(message as never);
};

/** Waits for a child to exit, killing it after the grace period. */
export const stopChild = async (child: ChildProcess, graceMs = 5_000): Promise<void> => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
};
