import { expect } from 'vitest';
import { screenshot } from './artifacts.js';
import { auditBothThemes, violationsByScreen } from './axe.js';
import type { Person } from './people.js';

/**
 * Checks the screen with axe-core in both themes and saves a screenshot named
 * `<screen>-<who>.png`. A violation fails the test softly, so the meeting goes on and every
 * other screen still gets checked. `within` audits one part only (a menu that covers the page).
 */
export const capture = async (
  { page }: Person,
  screen: string,
  who: string,
  within?: string,
): Promise<void> => {
  const outcomes = await auditBothThemes(page, `${screen} (${who})`, within);
  expect.soft(violationsByScreen(outcomes)).toEqual({});
  await screenshot(page, `${screen}-${who}`);
};
