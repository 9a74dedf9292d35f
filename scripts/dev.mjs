#!/usr/bin/env node
/**
 * `npm run dev`: the API server restarting on change (`tsx watch`) and the Vite dev server with hot
 * reload (proxying /api and /socket.io to it). Both start and stop together.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Resolves @percolate/shared to its TypeScript sources (shared/package.json `exports`). */
const SOURCE_CONDITION = 'percolate-source';
const root = fileURLToPath(new URL('..', import.meta.url));
const port = process.env.PORT ?? '3000';

const run = (name, args) => {
  const child = spawn(process.execPath, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PORT: port },
  });
  child.on('exit', (code) => {
    console.error(`dev: ${name} stopped (${code ?? 'signal'}), stopping the rest`);
    stopAll(code ?? 1);
  });
  return child;
};

const children = [
  run('server', [
    join(root, 'node_modules/tsx/dist/cli.mjs'),
    'watch',
    `--conditions=${SOURCE_CONDITION}`,
    'server/src/main.ts',
  ]),
  run('vite', [join(root, 'node_modules/vite/bin/vite.js')]),
];

let stopping = false;
function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  }
  setTimeout(() => process.exit(code), 500).unref();
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(0));
