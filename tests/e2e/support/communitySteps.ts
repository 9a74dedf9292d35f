/**
 * What people do on a community's page and in a community's meeting, by the names on screen.
 * Like steps.ts, every step waits for its visible effect, never for a fixed time.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { COMMUNITY_WORDS, type CommunityWords } from './communityWords.js';
import { openPerson, type PageTraffic, type Person, type PersonOptions } from './people.js';
import { button, seen } from './steps.js';

/** A person with the words of the community screens in their language too. */
export interface Member extends Person {
  says: CommunityWords;
}

export const openMember = async (
  browser: Browser,
  traffic: PageTraffic,
  options: PersonOptions,
): Promise<Member> => ({
  ...(await openPerson(browser, traffic, options)),
  says: COMMUNITY_WORDS[options.language ?? 'en'],
});

/** A titled part of the page (a `<section>` named by its heading). */
export const region = (page: Page, name: string): Locator =>
  page.getByRole('region', { name, exact: true });

/** The list entry (a meeting, a backlog topic, a topic card) headed by `title`. */
export const entry = (within: Page | Locator, title: string): Locator => {
  const page = 'page' in within ? within.page() : within;
  return within
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: title, exact: true }) });
};

/** Joins the community on its invite page with this person's display name. */
export const joinCommunity = async ({ page, name, words, says }: Member) => {
  await page.getByLabel(words.name, { exact: true }).fill(name);
  await button(page, says.joinCommunity).click();
  await seen(page.getByRole('listitem').filter({ hasText: `${name} ${says.you}` }));
};

/**
 * Opens a scheduled meeting from the community page and joins it under the name the community
 * knows (the name field comes filled in).
 */
export const openScheduledMeeting = async (member: Member, title: string) => {
  const { page, name, words, says } = member;
  await entry(region(page, says.upcoming), title)
    .getByRole('link', { name: says.openMeeting, exact: true })
    .click();
  const nameField = page.getByLabel(words.name, { exact: true });
  await seen(nameField);
  expect(await nameField.inputValue()).toBe(name);
  await button(page, words.join).click();
  await seen(page.getByRole('navigation', { name: words.phaseNav }));
};

/** Places dots ahead of the vote on a topic's card, one at a time, each confirmed by the server. */
export const preVote = async ({ page, words }: Person, title: string, times: number) => {
  const card = entry(page, title);
  for (let dot = 1; dot <= times; dot += 1) {
    await card.getByRole('button', { name: words.addDot(title), exact: true }).click();
    await seen(card.getByText(words.myDots(dot), { exact: true }));
  }
};
