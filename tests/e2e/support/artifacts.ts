/** Screenshots of each screen, for people to look at after a run (git-ignored). */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const ARTIFACTS = fileURLToPath(new URL('../artifacts', import.meta.url));

/** Saves `tests/e2e/artifacts/<name>.png` of the whole page and returns its name. */
export const screenshot = async (page: Page, name: string): Promise<string> => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = `${name}.png`;
  await page.screenshot({ path: join(ARTIFACTS, file), fullPage: true, animations: 'disabled' });
  return file;
};
