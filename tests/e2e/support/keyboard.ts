/**
 * A keyboard-only person: moves with Tab, acts with Enter, Space and Escape, types into whatever
 * has focus, and after each action checks where focus landed, never on <body>.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

const MAX_TABS = 80;

export const isFocused = (target: Locator): Promise<boolean> =>
  target.evaluate((element) => element === document.activeElement).catch(() => false);

/** What has focus, for failure messages: tag, role and name. */
export const describeFocus = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return '<body>';
    const name =
      element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 60) ?? '';
    return `<${element.tagName.toLowerCase()}> ${name}`;
  });

/** Waits until `target` has focus; fails naming what has it instead. */
export const expectFocusOn = async (target: Locator): Promise<void> => {
  await expect
    .poll(() => isFocused(target), {
      timeout: 15_000,
      message: `focus should be on ${target}`,
    })
    .toBe(true)
    .catch(async (error: unknown) => {
      throw new Error(`${String(error)}; focus is on ${await describeFocus(target.page())}`);
    });
};

/** Presses Tab (Shift+Tab with `backwards`) until `target` has focus. */
export const tabTo = async (target: Locator, { backwards = false } = {}): Promise<void> => {
  await target.waitFor({ state: 'visible' });
  const page = target.page();
  for (let tabs = 0; tabs < MAX_TABS; tabs += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(
    `${MAX_TABS} Tabs did not reach ${target}; focus is on ${await describeFocus(page)}`,
  );
};

/** Creates a meeting from the start page by keyboard; focus lands on its title. Its address. */
export const createMeetingByKeyboard = async (
  page: Page,
  origin: string,
  { title, name }: { title: string; name: string },
): Promise<string> => {
  await page.goto(`${origin}/`);
  await tabTo(page.getByLabel('Meeting title'));
  await page.keyboard.type(title);
  await tabTo(page.getByLabel('Your name'));
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expectFocusOn(page.getByRole('heading', { level: 1, name: title }));
  return page.url();
};

/** Tabs to a control and presses Enter on it. */
export const activate = async (target: Locator): Promise<void> => {
  await tabTo(target);
  await target.page().keyboard.press('Enter');
};
