/**
 * Does the screen fit the viewport? No element may reach past its left or right edge and the
 * document must not scroll sideways, at phone sizes first and at the other widths people use.
 * A failure names the outermost offending elements, so the fix can start there.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { screenshot } from './artifacts.js';
import type { Person } from './people.js';
import { type Language, WORDS } from './words.js';

export interface Size {
  width: number;
  height: number;
}

/** The two phones the issue asks for, then the narrowest phone and a tablet, laptop and desktop. */
export const SIZES: readonly Size[] = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
  { width: 320, height: 640 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

/** The phone widths, where the facilitator bar keeps its menu and the menu its dialog. */
export const PHONE_SIZES = SIZES.filter((size) => size.width <= 390);

/** With E2E_ALL_SCREENSHOTS=1 every size and language is saved; otherwise only the first phone. */
const ALL_SCREENSHOTS = process.env.E2E_ALL_SCREENSHOTS === '1';

interface Overflow {
  innerWidth: number;
  scrollWidth: number;
  offenders: string[];
}

/** Runs in the page: the outermost elements that stick out sideways, each described briefly. */
const overflowIn = (page: Page): Promise<Overflow> =>
  page.evaluate(() => {
    const limit = window.innerWidth + 0.5;
    const outermost: Element[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || !element.checkVisibility()) continue;
      if (box.left >= -0.5 && box.right <= limit) continue;
      if (outermost.some((outer) => outer.contains(element))) continue;
      outermost.push(element);
    }
    const describe = (element: Element) => {
      const box = element.getBoundingClientRect();
      const id = element.id ? `#${element.id}` : '';
      const classes = [...element.classList].map((name) => `.${name}`).join('');
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `<${element.tagName.toLowerCase()}${id}${classes}> "${text}" spans ${Math.round(box.left)}–${Math.round(box.right)} px`;
    };
    return {
      innerWidth: window.innerWidth,
      scrollWidth: document.documentElement.scrollWidth,
      offenders: outermost.map(describe),
    };
  });

const nextFrames = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );

/** What does not fit at each size, as `{ '360×740': ['<table> … spans 16–583 px'] }`. */
const misfitsAcross = async (
  page: Page,
  label: string,
  shotName: string,
  sizes = SIZES,
): Promise<Record<string, string[]>> => {
  const original = page.viewportSize();
  const misfits: Record<string, string[]> = {};
  for (const [index, size] of sizes.entries()) {
    await page.setViewportSize(size);
    await nextFrames(page);
    const { innerWidth, scrollWidth, offenders } = await overflowIn(page);
    const problems = [...offenders];
    if (scrollWidth > innerWidth) problems.push(`the document scrolls sideways: ${scrollWidth} px`);
    if (problems.length > 0) misfits[`${label} at ${size.width}×${size.height}`] = problems;
    if (index === 0 || ALL_SCREENSHOTS) await screenshot(page, `${shotName}-${size.width}`);
  }
  if (original) await page.setViewportSize(original);
  return misfits;
};

const OTHER: Record<Language, Language> = { en: 'de', de: 'en' };
const languageOf = (person: Person): Language => (person.words === WORDS.de ? 'de' : 'en');

/** Switches the page's language with the header's switch, where the page has one. */
export const switchLanguage = async (page: Page, language: Language): Promise<boolean> => {
  const name = language === 'de' ? 'DE Deutsch' : 'EN English';
  const control = page.getByRole('button', { name, exact: true });
  if ((await control.count()) === 0) return false;
  await control.click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  return true;
};

/**
 * Checks the screen as it is at the given sizes, without switching its language: for a state
 * that a click elsewhere would end (an open menu or dialog). Soft, like `fitsEverywhere`.
 */
export const fitsAtEverySize = async (
  person: Person,
  screen: string,
  { language = languageOf(person), sizes = SIZES } = {},
): Promise<void> => {
  const label = `${screen} (${language})`;
  const who = person.name.split(' ')[0]?.toLowerCase();
  const shot = `fit-${screen}-${who}-${language}`;
  const misfits = await misfitsAcross(person.page, label, shot, sizes);
  expect.soft(misfits).toEqual({});
};

/**
 * Checks the screen at every size in the person's language and, where the page can switch, in
 * the other one too (then switches back). Soft: the meeting goes on and every screen is checked.
 */
export const fitsEverywhere = async (person: Person, screen: string): Promise<void> => {
  const own = languageOf(person);
  await fitsAtEverySize(person, screen, { language: own });
  if (await switchLanguage(person.page, OTHER[own])) {
    await fitsAtEverySize(person, screen, { language: OTHER[own] });
    await switchLanguage(person.page, own);
  }
};
