/**
 * The bench measures our server as production runs it: compiled. Like `npm start`, it builds
 * first when the build is missing or older than its sources.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildIsStale, ROOT } from '../../scripts/buildState.mjs';
import type { AppKind } from './options.js';

export const ensureAppBuilt = (app: AppKind, progress: (line: string) => void): void => {
  if (app !== 'build' || !buildIsStale()) return;
  progress('building the app (npm run build) to measure it as production runs it…');
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status})`);
};
