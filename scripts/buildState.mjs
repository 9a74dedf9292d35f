/**
 * What the production build is made from and where it goes: `npm start` (outside production)
 * rebuilds when an output is missing or older than its sources; `npm run build` makes them.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SERVER_ENTRY = join(ROOT, 'server', 'dist', 'main.js');
export const CLIENT_INDEX = join(ROOT, 'client', 'dist', 'index.html');

const SOURCES = [
  'client/index.html',
  'client/src',
  'client/public',
  'shared/src',
  'server/src',
  'vite.config.ts',
  'package.json',
].map((source) => join(ROOT, source));

/** The newest modification time below `path` (a file or a folder). */
const newest = (path) => {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), 0);
};

const builtAt = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

/** Is a build missing, or older than something it is made from? */
export const buildIsStale = () => {
  const oldestOutput = Math.min(builtAt(SERVER_ENTRY), builtAt(CLIENT_INDEX));
  return oldestOutput === 0 || SOURCES.some((source) => newest(source) > oldestOutput);
};
