/**
 * axe-core in the real page, against WCAG 2.1 A and AA, in the light and the dark theme. The
 * page's strict CSP refuses an injected <script> (as it should), so axe.min.js is evaluated
 * through the DevTools protocol instead, which the CSP does not govern.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

type Axe = typeof import('axe-core');

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** One line per violation: rule id, what it asks for, and the offending elements. */
const violationsIn = async (page: Page, within?: string): Promise<string[]> => {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ tags, within }) => {
      const { axe } = window as unknown as { axe: Axe };
      const result = await axe.run(within ? { include: [[within]] } : document, { runOnly: tags });
      return result.violations.map(
        (violation) =>
          `${violation.id} (${violation.help}): ${violation.nodes
            .map((node) => node.target.join(' '))
            .join(', ')}`,
      );
    },
    { tags: WCAG_21_AA, within },
  );
};

/**
 * Puts the page in `theme` and waits until every element reports it. Chromium applies an emulated
 * colour scheme a little after the call returns, and even then getComputedStyle (which axe reads)
 * can keep the old theme's colour on some elements: <body>'s `--text` already the dark value while
 * its `color` was the light one, so axe saw dark-on-dark headings. The screen itself was right
 * (screenshots of the same headings had the new theme's ink every time), so this is the audit's
 * problem, not the person's. Taking the page out of rendering for a moment restyles every
 * element; focus stays, scrolling is put back.
 */
export const showTheme = async (page: Page, theme: Theme): Promise<void> => {
  await page.emulateMedia({ colorScheme: theme });
  await page.waitForFunction(
    (dark) => window.matchMedia('(prefers-color-scheme: dark)').matches === dark,
    theme === 'dark',
  );
  await page.evaluate(() => {
    const { scrollX, scrollY } = window;
    const root = document.documentElement;
    const display = root.style.display;
    root.style.display = 'none';
    void root.offsetHeight;
    root.style.display = display;
    void root.offsetHeight;
    window.scrollTo(scrollX, scrollY);
  });
};

export interface AxeOutcome {
  screen: string;
  theme: Theme;
  violations: string[];
}

/** Every screen checked so far, for the summary at the end of the run. */
export const axeLog: AxeOutcome[] = [];

/**
 * The page as it is now, in both themes (the app follows the system's colour scheme unless the
 * person picked one). Leaves the page in the light theme.
 */
export const auditBothThemes = async (
  page: Page,
  screen: string,
  within?: string,
): Promise<AxeOutcome[]> => {
  const outcomes: AxeOutcome[] = [];
  for (const theme of THEMES) {
    await showTheme(page, theme);
    outcomes.push({ screen, theme, violations: await violationsIn(page, within) });
  }
  await showTheme(page, 'light');
  axeLog.push(...outcomes);
  return outcomes;
};

/** One line per screen and theme checked in this run, for the end of the run. */
export const logAxeSummary = (): void => {
  const summary = axeLog.map(
    ({ screen, theme, violations }) => `${screen}, ${theme}: ${violations.length} violations`,
  );
  console.info(`axe-core (WCAG 2.1 A/AA):\n${summary.join('\n')}`);
};

/** Shaped for a readable failure: `{ 'vote (participant), dark': ['color-contrast (…): …'] }`. */
export const violationsByScreen = (outcomes: AxeOutcome[]): Record<string, string[]> =>
  Object.fromEntries(
    outcomes
      .filter((outcome) => outcome.violations.length > 0)
      .map((outcome) => [`${outcome.screen}, ${outcome.theme}`, outcome.violations]),
  );
