#!/usr/bin/env node
/**
 * `npm run build`: the browser app (vite build, within its size budget) and the server compiled to
 * JavaScript (tsc: shared/dist, server/dist, plus the server's plain .mjs files and SQL
 * migrations), so production runs plain Node with production dependencies only.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './buildState.mjs';

const run = (label, args) => {
  console.error(`build: ${label}`);
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const serverSrc = join(ROOT, 'server', 'src');
const serverDist = join(ROOT, 'server', 'dist');
rmSync(serverDist, { recursive: true, force: true });
rmSync(join(ROOT, 'shared', 'dist'), { recursive: true, force: true });

run('browser app (vite build)', [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build']);
run('browser app size', [join(ROOT, 'scripts/report-bundle-size.mjs'), '--budget', '150']);
const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
run('shared (tsc)', [tsc, '-p', 'shared/tsconfig.build.json']);
run('server (tsc)', [tsc, '-p', 'server/tsconfig.build.json']);

// tsc emits only what it compiles: the worker's plain JavaScript and the migrations come along.
const isRuntimeAsset = (path) =>
  path.endsWith('.mjs') || relative(serverSrc, path).split('/').includes('migrations');
for (const entry of readdirSync(serverSrc, { recursive: true, withFileTypes: true })) {
  const path = join(entry.parentPath, entry.name);
  if (entry.isFile() && isRuntimeAsset(path)) {
    cpSync(path, join(serverDist, relative(serverSrc, path)));
  }
}
console.error('build: done (client/dist, shared/dist, server/dist)');
