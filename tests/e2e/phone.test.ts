/**
 * Every screen on a phone: a facilitator on a 360 px phone in English and a participant on a
 * 390 px phone in German go through a whole meeting with long German words, then its minutes
 * and a community. At each screen both are measured at 360×740 and 390×844 (and 320, 768,
 * 1280 and 1920 px), in their language and in the other: no element may stick out sideways and
 * the page may not scroll sideways. The facilitator steers from the phone bar: the next step in
 * sight, the rest in its menu, the meeting ended from the menu after a confirmation.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  type AppServer,
  chromiumCheck,
  launchChromium,
  startAppServer,
} from '../helpers/browser.js';
import { describeWithService } from '../helpers/services.js';
import { logAxeSummary } from './support/axe.js';
import { capture } from './support/capture.js';
import { fitsAtEverySize, fitsEverywhere, PHONE_SIZES, switchLanguage } from './support/fit.js';
import { openPerson, PageTraffic, type Person } from './support/people.js';
import { storySteps } from './support/sequence.js';
import {
  addDots,
  button,
  choose,
  enterName,
  gone,
  postLine,
  propose,
  seen,
  seesPhase,
  thumbsUp,
  timerFor,
} from './support/steps.js';
import type { Language, PhaseName } from './support/words.js';

/** 120 characters of the compound words German administrations write. */
const TITLE =
  'Personalentwicklungsgesprächsleitfadenüberarbeitung und Qualifizierungsmaßnahmenbedarfsermittlung der Stadtverwaltungen';
const TOPIC = 'Beschäftigtendatenschutzgrundverordnungskonformität bei Videokonferenzen';
const SECOND_TOPIC = 'Arbeitszeiterfassungsdienstvereinbarungsentwurf';
const ACTION =
  'Leitfaden überarbeiten: https://intranet.stadtverwaltung.example/personalentwicklung/leitfaeden/mitarbeitergespraech-2030-entwurf-v3.pdf';
const OWNER = 'Organisationsentwicklungsabteilung Karlsruhe';

describeWithService(chromiumCheck(), 'Every screen on a phone in Chromium', () => {
  const traffic = new PageTraffic();
  let server: AppServer;
  let browser: Browser;
  let fiona: Person;
  let ben: Person;
  let meetingUrl = '';
  let joinCode = '';

  const step = storySteps();
  const both = (screen: string) =>
    Promise.all([fitsEverywhere(fiona, screen), fitsEverywhere(ben, screen)]);

  /** The facilitator bar's menu toggle on the facilitator's phone. */
  const menuToggle = (language: Language = 'en') =>
    button(fiona.page, language === 'en' ? 'Menu' : 'Menü');

  /** Picks an action from the phone bar's menu. */
  const fromMenu = async (action: string) => {
    await menuToggle().click();
    await button(fiona.page, action).click();
  };

  const moveOnByPhone = async (phase: PhaseName) => {
    await button(fiona.page, `Next: ${fiona.words.phases[phase]}`).click();
    await Promise.all([seesPhase(fiona, phase), seesPhase(ben, phase)]);
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
    [fiona, ben] = await Promise.all([
      openPerson(browser, traffic, { name: 'Fiona', viewport: { width: 360, height: 740 } }),
      openPerson(browser, traffic, {
        name: 'Benedikt Müller-Lüdenscheidt',
        language: 'de',
        viewport: { width: 390, height: 844 },
      }),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    logAxeSummary();
  });

  step('the start page and the create form fit, with the settings open', async () => {
    const { page } = fiona;
    await page.goto(`${server.origin}/`);
    await seen(page.getByRole('heading', { level: 1, name: 'Lean Coffee for your community' }));
    await fitsEverywhere(fiona, 'home');
    await page.getByText('More settings', { exact: true }).click();
    await seen(page.getByLabel('Language of the minutes'));
    await fitsEverywhere(fiona, 'create');

    await page.getByLabel('Meeting title').fill(TITLE);
    await page.getByLabel('Your name').fill('Fiona');
    await button(page, 'Create meeting').click();
    await seesPhase(fiona, 'lobby');
    const invite = page.getByRole('region', { name: 'Invite people' }).locator('code');
    meetingUrl = (await invite.nth(0).textContent()) ?? '';
    joinCode = (await invite.nth(1).textContent()) ?? '';
    expect(joinCode).toMatch(/^[A-Z0-9]{4,}$/);
  });

  step('joining by code and the name step fit, with the long title hyphenated', async () => {
    const { page } = ben;
    await page.goto(`${server.origin}/join`);
    await seen(page.getByRole('heading', { level: 1, name: 'An einem Treffen teilnehmen' }));
    await fitsEverywhere(ben, 'join-by-code');
    await page.getByLabel(ben.words.joinCode).fill(joinCode);
    await button(page, ben.words.continue).click();
    const title = page.getByRole('heading', { level: 1, name: TITLE });
    await seen(title);
    expect(await title.evaluate((h1) => getComputedStyle(h1).hyphens)).toBe('auto');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await fitsEverywhere(ben, 'join');
    await enterName(ben);
    expect(new URL(page.url()).pathname).toBe(new URL(meetingUrl).pathname);
  });

  step('the lobby fits; the phone bar shows the next step and a menu', async () => {
    await Promise.all([seesPhase(fiona, 'lobby'), seesPhase(ben, 'lobby')]);
    await seen(fiona.page.getByText('2 of 2 online'));
    await both('lobby');
    const { page } = fiona;
    await seen(button(page, 'Next: Check-in'));
    await gone(button(page, 'End meeting'));

    await menuToggle().click();
    expect(await menuToggle().getAttribute('aria-expanded')).toBe('true');
    await seen(button(page, 'End meeting'));
    // The open menu covers the page, whose text axe then reads against the menu in the dark
    // theme; the page itself is audited in every other step, so this one audits the bar.
    await capture(fiona, 'phone-menu-open', 'facilitator', '.facilitator-bar');
    await page.keyboard.press('Escape');
    await gone(button(page, 'End meeting'));
    expect(await menuToggle().evaluate((toggle) => toggle === document.activeElement)).toBe(true);

    await page.keyboard.press('Enter');
    await seen(button(page, 'End meeting'));
    await page.mouse.click(5, 5);
    await gone(button(page, 'End meeting'));

    for (const language of ['de', 'en'] as const) {
      await switchLanguage(page, language);
      await menuToggle(language).click();
      await fitsAtEverySize(fiona, 'menu-open', { language, sizes: PHONE_SIZES });
      await page.keyboard.press('Escape');
    }
  });

  step('ending asks first; cancelling keeps the meeting going', async () => {
    const { page } = fiona;
    await fromMenu('End meeting');
    const dialog = page.getByRole('dialog', { name: 'End the meeting for everyone?' });
    await seen(dialog);
    await capture(fiona, 'phone-end-confirm', 'facilitator');
    await fitsAtEverySize(fiona, 'end-confirm', { sizes: PHONE_SIZES });
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await gone(dialog);
    expect(await menuToggle().getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await seesPhase(ben, 'lobby');
  });

  step('the check-in round fits, with a mood and long lines', async () => {
    await moveOnByPhone('checkin');
    await fromMenu('Start round');
    await seen(ben.page.getByRole('heading', { name: 'Reihenfolge' }));
    await choose(ben.page, 'Sonnig');
    await Promise.all([
      postLine(fiona, 'checkin', 'Preparing the Qualifizierungsmaßnahmenbedarfsermittlung.'),
      postLine(ben, 'checkin', 'Viel Arbeit mit der Dienstvereinbarungsverhandlungsvorbereitung.'),
    ]);
    await both('checkin');
    await fromMenu('End round');
  });

  step('topics with long compound words fit', async () => {
    await moveOnByPhone('propose');
    await propose(ben, TOPIC);
    await propose(fiona, SECOND_TOPIC);
    await seen(fiona.page.getByRole('heading', { name: '2 topics' }));
    await both('propose');
  });

  step('the vote fits, open and closed', async () => {
    await moveOnByPhone('vote');
    await Promise.all([addDots(fiona, TOPIC, 2), addDots(ben, TOPIC, 3)]);
    await both('vote');
    await button(fiona.page, 'Close voting').click();
    await seen(
      ben.page.getByText('Die Abstimmung ist beendet. In dieser Reihenfolge wird diskutiert.'),
    );
    await both('vote-closed');
  });

  step('the discussion fits, with a long action item and the continue-vote open', async () => {
    await moveOnByPhone('discuss');
    await button(fiona.page, 'Start next topic').click();
    await Promise.all([seen(timerFor(fiona, TOPIC)), seen(timerFor(ben, TOPIC))]);

    const { page } = fiona;
    await choose(page, 'Action item');
    await page.getByLabel('What needs doing').fill(ACTION);
    await page.getByLabel('Owner').fill(OWNER);
    await button(page, 'Add').click();
    await seen(ben.page.getByText(ben.words.ownerIs(OWNER)));
    await both('discuss');

    await button(page, 'Stop timer').click();
    await Promise.all([thumbsUp(fiona), thumbsUp(ben)]);
    await both('continue-vote');
    await button(page, 'Decide by majority').click();
    await gone(ben.page.getByRole('heading', { name: ben.words.continueQuestion }));
  });

  step('the board fits on a phone as well as on the projector', async () => {
    await Promise.all(
      [fiona, ben].map(async (person) => {
        const board = await person.context.newPage();
        await board.goto(`${meetingUrl}/board`);
        await seen(board.getByRole('heading', { level: 2, name: TOPIC }));
        await fitsEverywhere({ ...person, page: board }, 'board');
        await board.close();
      }),
    );
  });

  step('the live minutes beside the meeting fit', async () => {
    const openTab = (page: Page, name: string) => page.getByRole('tab', { name }).click();
    await Promise.all([openTab(fiona.page, 'Minutes'), openTab(ben.page, 'Protokoll')]);
    await seen(fiona.page.getByText(OWNER).first());
    await seen(ben.page.getByText(OWNER).first());
    await both('minutes-live');
    await Promise.all([openTab(fiona.page, 'Meeting'), openTab(ben.page, 'Besprechung')]);
  });

  step('the wrap-up fits; the meeting goes back and ends from the menu', async () => {
    await fromMenu('Close topic');
    await seen(button(fiona.page, 'Start next topic'));
    await fromMenu('Next: Wrap-up');
    await Promise.all([seesPhase(fiona, 'wrapup'), seesPhase(ben, 'wrapup')]);
    await Promise.all([
      postLine(fiona, 'closing', 'Thanks, see you in the Personalentwicklungsausschuss.'),
      postLine(ben, 'closing', 'Gute Ideen für die Dienstvereinbarung.'),
    ]);
    await both('wrapup');

    await fromMenu('Back to Discuss');
    await Promise.all([seesPhase(fiona, 'discuss'), seesPhase(ben, 'discuss')]);
    await fromMenu('End meeting');
    const dialog = fiona.page.getByRole('dialog', { name: 'End the meeting for everyone?' });
    await dialog.getByRole('button', { name: 'End now', exact: true }).click();
    await Promise.all(
      [fiona, ben].map((person) =>
        seen(person.page.getByRole('heading', { level: 1, name: person.words.ended })),
      ),
    );
    await both('ended');
  });

  step('the minutes fit, for those who took part and through a read-only link', async () => {
    for (const person of [fiona, ben]) {
      await person.page.getByRole('link', { name: person.words.toMinutes }).click();
      await seen(person.page.getByRole('heading', { level: 1, name: person.words.minutes }));
      await seen(person.page.getByRole('main').getByText(OWNER).first());
    }
    await both('minutes');

    await button(fiona.page, 'Create read-only link').click();
    const link = await fiona.page.getByLabel('New read-only link').inputValue();
    const reader = await openPerson(browser, traffic, {
      name: 'Reader',
      language: 'de',
      viewport: { width: 360, height: 740 },
    });
    await reader.page.goto(link);
    await seen(reader.page.getByRole('main').getByText(OWNER).first());
    await fitsEverywhere(reader, 'minutes-read-only');
    await reader.context.close();
  });

  step('a community with a long name fits for its organiser and a new member', async () => {
    const { page } = fiona;
    await page.goto(`${server.origin}/`);
    const form = page.getByRole('form', { name: 'Start a community' });
    await form.getByLabel('Name of the community', { exact: true }).fill(TITLE);
    await button(page, 'Create community').click();
    await seen(page.getByRole('heading', { level: 1, name: TITLE }));
    await fitsEverywhere(fiona, 'community-organiser');
    const invite = await page.locator('.community-links code').first().textContent();

    await ben.page.goto(invite ?? '');
    await seen(ben.page.getByRole('heading', { name: 'Dieser Community beitreten' }));
    await fitsEverywhere(ben, 'community-invite');
    await ben.page.getByLabel(ben.words.name, { exact: true }).fill(ben.name);
    await button(ben.page, 'Beitreten').click();
    await gone(ben.page.getByRole('heading', { name: 'Dieser Community beitreten' }));
    await fitsEverywhere(ben, 'community-member');
  });

  it('no page asked any host but its own', () => {
    expect(traffic.foreign(server.origin)).toEqual([]);
  });
});
