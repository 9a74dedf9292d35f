#!/usr/bin/env node
/**
 * `npm start`: runs the compiled server (server/dist/main.js) in this process, with plain Node.
 * With NODE_ENV=production it never builds: a missing build is an error (run `npm run build`
 * where the dev dependencies are). Otherwise (the quick start) it builds first when the build is
 * missing or older than its sources.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIsStale, CLIENT_INDEX, ROOT, SERVER_ENTRY } from './buildState.mjs';

const production = process.env.NODE_ENV === 'production';

if (production) {
  const missing = [SERVER_ENTRY, CLIENT_INDEX].filter((file) => !existsSync(file));
  if (missing.length > 0) {
    console.error(
      `start: no build at ${missing.join(', ')}. Run \`npm run build\` (it needs the dev ` +
        'dependencies) before starting with NODE_ENV=production.',
    );
    process.exit(1);
  }
} else if (buildIsStale()) {
  console.error('start: building the app (npm run build)…');
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

await import(pathToFileURL(SERVER_ENTRY).href);
