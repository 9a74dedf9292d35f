/**
 * Golden files: the expected output of a renderer, kept under tests/fixtures/minutes/ and reviewed
 * like code. `UPDATE_GOLDEN=1 npx vitest run tests/shared/minutes tests/server/minutes` rewrites them.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/minutes');

export const expectGolden = (name: string, actual: string): void => {
  const path = join(FIXTURES, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual, 'utf8');
    return;
  }
  if (!existsSync(path)) {
    throw new Error(`golden file ${name} is missing: run with UPDATE_GOLDEN=1 and review it`);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
};
