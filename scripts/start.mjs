#!/usr/bin/env node
/**
 * `npm start`: builds the browser app when client/dist is missing or older than its sources,
 * then runs the server (one process: `node --import tsx server/src/main.ts`). Without a client
 * (no client/index.html) the build is skipped and the server shows a placeholder page.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const clientIndex = join(root, 'client', 'index.html');
const builtIndex = join(root, 'client', 'dist', 'index.html');

/** The newest modification time below `path` (a file or a folder). */
const newest = (path) => {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), 0);
};

const sources = [
  'client/index.html',
  'client/src',
  'client/public',
  'shared/src',
  'vite.config.ts',
];
const needsBuild = () =>
  !existsSync(builtIndex) ||
  sources.some((source) => newest(join(root, source)) > statSync(builtIndex).mtimeMs);

if (!existsSync(clientIndex)) {
  console.error('start: no client/index.html yet, serving a placeholder page');
} else if (needsBuild()) {
  console.error('start: building the browser app (vite build)…');
  const build = spawnSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build'],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
