/**
 * What people do in a meeting, as they would do it: by the names on screen. Every step waits
 * for its visible effect (Playwright's auto-waiting locators), never for a fixed time.
 */
import type { Locator, Page } from 'playwright-core';
import type { Person } from './people.js';
import type { PhaseName } from './words.js';

export const seen = (locator: Locator): Promise<void> => locator.waitFor({ state: 'visible' });
export const gone = (locator: Locator): Promise<void> => locator.waitFor({ state: 'hidden' });

export const button = (page: Page, name: string | RegExp): Locator =>
  page.getByRole('button', { name, exact: true });

/**
 * Picks a radio option the way a person does, by its label: the option's visible face lies over
 * the input, so the click goes to the label text.
 */
export const choose = async (page: Page, option: string) => {
  await page.getByText(option, { exact: true }).click();
  const radio = page.getByRole('radio', { name: option, exact: true });
  if (!(await radio.isChecked())) throw new Error(`the option ‘${option}’ did not get chosen`);
};

/** The phase's own heading, which heads the work area. */
export const phaseHeading = ({ page, words }: Person, phase: PhaseName): Locator =>
  page.getByRole('heading', { level: 2, name: words.phases[phase], exact: true });

export const seesPhase = (person: Person, phase: PhaseName): Promise<void> =>
  seen(phaseHeading(person, phase));

/** The facilitator moves everyone on; each of `everyone` then sees the new phase. */
export const moveOn = async (facilitator: Person, phase: PhaseName, everyone: Person[]) => {
  const { page, words } = facilitator;
  await button(page, words.nextPhase(words.phases[phase])).click();
  await Promise.all(everyone.map((person) => seesPhase(person, phase)));
};

/** Joins on the display-name step the join link leads to. */
export const enterName = async ({ page, name, words }: Person) => {
  await page.getByLabel(words.name, { exact: true }).fill(name);
  await button(page, words.join).click();
  await seen(page.getByRole('navigation', { name: words.phaseNav }));
};

export const postLine = async (
  { page, words }: Person,
  round: 'checkin' | 'closing',
  text: string,
) => {
  await page
    .getByLabel(round === 'checkin' ? words.checkinPrompt : words.closingPrompt, { exact: true })
    .fill(text);
  await button(page, words.post).click();
  await seen(page.getByRole('listitem').filter({ hasText: text }));
};

export const propose = async ({ page, words }: Person, title: string) => {
  await page.getByLabel(words.topic, { exact: true }).fill(title);
  await button(page, words.addTopic).click();
  await seen(page.getByRole('heading', { name: title, exact: true }));
};

/** A topic's row in the vote, with my dots on it. */
export const voteRow = ({ page, words }: Person, title: string): Locator =>
  page
    .getByRole('list', { name: words.voteList })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: title, exact: true }) });

export const seesMyDots = (person: Person, title: string, count: number): Promise<void> =>
  seen(voteRow(person, title).getByText(person.words.myDots(count), { exact: true }));

export const seesDotsLeft = (person: Person, left: number, total = 3): Promise<void> =>
  seen(person.page.getByText(person.words.dotsLeft(left, total), { exact: true }));

/** Clicks "+" on a topic with no dot of mine yet, `times` times, each time waiting for the server's answer. */
export const addDots = async (person: Person, title: string, times: number) => {
  const plus = button(person.page, person.words.addDot(title));
  for (let dot = 1; dot <= times; dot += 1) {
    await plus.click();
    await seesMyDots(person, title, dot);
  }
};

/** The countdown of the topic under discussion. */
export const timerFor = ({ page, words }: Person, title: string): Locator =>
  page.getByRole('timer', { name: words.timeLeftFor(title) });

/** Thumbs up in the continue-vote, once it opens; waits until the button shows it pressed. */
export const thumbsUp = async ({ page, words }: Person) => {
  await seen(page.getByRole('heading', { name: words.continueQuestion }));
  // The button's name ends with the live count ("More time 2 votes"), unlike "Extend anyway".
  const name = new RegExp(`^${words.thumbsUp} \\d`);
  await page.getByRole('button', { name }).click();
  await seen(page.getByRole('button', { name, pressed: true }));
};

/** Focuses a button and presses a key on it, as a keyboard user does. */
export const pressOn = async (target: Locator, key: 'Enter' | 'Space') => {
  await target.focus();
  await target.page().keyboard.press(key);
};
