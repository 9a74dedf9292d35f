/** The release this server runs: the root package.json's version (the same path from src/ and dist/). */
import { readFileSync } from 'node:fs';

const packageJson = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as { version: string };

export const VERSION: string = packageJson.version;
