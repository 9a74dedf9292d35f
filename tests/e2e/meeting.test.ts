/**
 * A whole Lean Coffee meeting in Chromium: a facilitator and three participants (one reading
 * German, one on a phone) in their own browser contexts, against the real server process.
 * The steps run in order and share the meeting; each screen is checked with axe-core in both
 * themes and saved as a screenshot under tests/e2e/artifacts/.
 */
import type { Browser } from 'playwright-core';
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
import { openPerson, PageTraffic, type Person } from './support/people.js';
import { storySteps } from './support/sequence.js';
import {
  addDots,
  button,
  choose,
  enterName,
  gone,
  moveOn,
  postLine,
  pressOn,
  propose,
  seen,
  seesDotsLeft,
  seesMyDots,
  seesPhase,
  thumbsUp,
  timerFor,
} from './support/steps.js';

const TOPICS = {
  onboarding: 'Onboarding new members',
  hybrid: 'Hybride Treffen gestalten',
  wol: 'Working Out Loud circles',
  tools: 'Tool zoo: Webex, Zoom, Teams',
  retreat: 'Budget for the next retreat',
} as const;

describeWithService(chromiumCheck(), 'A Lean Coffee meeting in Chromium', () => {
  const traffic = new PageTraffic();
  let server: AppServer;
  let browser: Browser;
  let fiona: Person;
  let anna: Person;
  let ben: Person;
  let chris: Person;
  let everyone: Person[];
  let meetingUrl = '';
  let joinCode = '';

  const step = storySteps();

  beforeAll(async () => {
    [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
    [fiona, anna, ben, chris] = await Promise.all([
      openPerson(browser, traffic, { name: 'Fiona' }),
      openPerson(browser, traffic, { name: 'Anna' }),
      openPerson(browser, traffic, { name: 'Ben', language: 'de' }),
      openPerson(browser, traffic, { name: 'Chris', viewport: { width: 390, height: 844 } }),
    ]);
    everyone = [fiona, anna, ben, chris];
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    logAxeSummary();
  });

  step('the facilitator creates a meeting and gets a link and a code', async () => {
    const { page } = fiona;
    await page.goto(`${server.origin}/`);
    await seen(page.getByRole('heading', { level: 1, name: 'Lean Coffee for your community' }));
    await capture(fiona, '01-home', 'facilitator');

    await page.getByLabel('Meeting title').fill('CoP Organisational Development, Q3');
    await page.getByLabel('Your name').fill('Fiona');
    await button(page, 'Create meeting').click();
    await seesPhase(fiona, 'lobby');
    await seen(page.getByText('Your role: Facilitator'));

    const invite = page.getByRole('region', { name: 'Invite people' }).locator('code');
    meetingUrl = (await invite.nth(0).textContent()) ?? '';
    joinCode = (await invite.nth(1).textContent()) ?? '';
    expect(new URL(meetingUrl).origin).toBe(server.origin);
    expect(joinCode).toMatch(/^[A-Z0-9]{4,}$/);
  });

  step('three people join by link, by code (in German) and by a code link', async () => {
    await anna.page.goto(meetingUrl);
    await seen(
      anna.page.getByRole('heading', { level: 1, name: 'CoP Organisational Development, Q3' }),
    );
    await capture(anna, '02-join', 'participant');
    await enterName(anna);

    await ben.page.goto(`${server.origin}/join`);
    await seen(ben.page.getByRole('heading', { level: 1, name: 'An einem Treffen teilnehmen' }));
    await capture(ben, '02-join-by-code', 'participant-de');
    await ben.page.getByLabel(ben.words.joinCode).fill(joinCode);
    await button(ben.page, ben.words.continue).click();
    await enterName(ben);

    await chris.page.goto(`${server.origin}/join/${joinCode}`);
    await enterName(chris);

    const germanSteps = ben.page.getByRole('navigation', { name: ben.words.phaseNav });
    for (const phase of ['checkin', 'propose', 'vote', 'discuss', 'wrapup'] as const) {
      await seen(germanSteps.getByText(ben.words.phases[phase], { exact: true }));
    }
    expect(await ben.page.evaluate(() => document.documentElement.lang)).toBe('de');

    await seen(fiona.page.getByText('4 of 4 online'));
    await Promise.all(everyone.map((person) => seesPhase(person, 'lobby')));
    await capture(fiona, '03-lobby', 'facilitator');
    await capture(anna, '03-lobby', 'participant');
  });

  step('everyone checks in, one with a mood, in a visible speaking order', async () => {
    await moveOn(fiona, 'checkin', everyone);
    await button(fiona.page, 'Start round').click();
    await seen(anna.page.getByRole('heading', { name: 'Speaking order' }));

    await choose(anna.page, 'Sunny');
    await Promise.all([
      postLine(fiona, 'checkin', 'Preparing our next CoP meeting.'),
      postLine(anna, 'checkin', 'New colleagues start next week.'),
      postLine(ben, 'checkin', 'Viel Arbeit mit dem neuen Intranet.'),
      postLine(chris, 'checkin', 'Back from holiday, catching up.'),
    ]);
    await seen(fiona.page.getByRole('heading', { name: '4 lines' }));
    const annasLine = fiona.page
      .getByRole('listitem')
      .filter({ hasText: 'New colleagues start next week.' });
    await seen(annasLine.getByText('Sunny'));

    await capture(fiona, '04-checkin', 'facilitator');
    await capture(anna, '04-checkin', 'participant');
    await button(fiona.page, 'End round').click();
    await gone(anna.page.getByRole('heading', { name: 'Speaking order' }));
  });

  step('five topics are proposed by four people', async () => {
    await moveOn(fiona, 'propose', everyone);
    await propose(anna, TOPICS.onboarding);
    await propose(ben, TOPICS.hybrid);
    await propose(chris, TOPICS.wol);
    await propose(fiona, TOPICS.tools);
    await propose(anna, TOPICS.retreat);
    await Promise.all(
      [fiona, anna, chris].map((person) =>
        seen(person.page.getByRole('heading', { name: '5 topics' })),
      ),
    );
    await seen(ben.page.getByRole('heading', { name: '5 Themen' }));
    await capture(fiona, '05-propose', 'facilitator');
    await capture(anna, '05-propose', 'participant');
  });

  step('everyone votes; one by keyboard alone; a reload keeps the dots', async () => {
    await moveOn(fiona, 'vote', everyone);
    await Promise.all(everyone.map((person) => seesDotsLeft(person, 3)));

    const byKeyboard = async () => {
      const plusOnboarding = button(anna.page, anna.words.addDot(TOPICS.onboarding));
      await pressOn(plusOnboarding, 'Enter');
      await seesMyDots(anna, TOPICS.onboarding, 1);
      await anna.page.keyboard.press('Enter');
      await seesMyDots(anna, TOPICS.onboarding, 2);
      expect(await plusOnboarding.evaluate((plus) => plus === document.activeElement)).toBe(true);
      await pressOn(button(anna.page, anna.words.addDot(TOPICS.hybrid)), 'Space');
      await seesMyDots(anna, TOPICS.hybrid, 1);
    };
    const withReload = async () => {
      await addDots(chris, TOPICS.onboarding, 1);
      await seesDotsLeft(chris, 2);
      await chris.page.reload();
      await seesPhase(chris, 'vote');
      await seesDotsLeft(chris, 2);
      await seesMyDots(chris, TOPICS.onboarding, 1);
      await addDots(chris, TOPICS.hybrid, 1);
      await addDots(chris, TOPICS.retreat, 1);
    };
    await Promise.all([
      byKeyboard(),
      withReload(),
      addDots(fiona, TOPICS.onboarding, 2).then(() => addDots(fiona, TOPICS.wol, 1)),
      addDots(ben, TOPICS.hybrid, 2).then(() => addDots(ben, TOPICS.tools, 1)),
    ]);
    await Promise.all(everyone.map((person) => seesDotsLeft(person, 0)));

    await capture(fiona, '06-vote', 'facilitator');
    await capture(anna, '06-vote', 'participant');
    await capture(ben, '06-vote', 'participant-de');
    await capture(chris, '06-vote', 'participant-phone');
  });

  step('voting closes; topics rank by dots, ties in the order proposed', async () => {
    await button(fiona.page, 'Close voting').click();
    await seen(anna.page.getByText('Voting is closed. This is the order of discussion.'));
    await expect
      .poll(() => anna.page.locator('.ranked-title').allTextContents(), { timeout: 20_000 })
      .toEqual([TOPICS.onboarding, TOPICS.hybrid, TOPICS.wol, TOPICS.tools, TOPICS.retreat]);
    await seen(anna.page.getByText('5 dots'));
    await capture(fiona, '07-vote-closed', 'facilitator');
    await capture(anna, '07-vote-closed', 'participant');
  });

  step('the top topic gets an action item and thumbs up for more time', async () => {
    await moveOn(fiona, 'discuss', everyone);
    await button(fiona.page, 'Start next topic').click();
    await Promise.all(everyone.map((person) => seen(timerFor(person, TOPICS.onboarding))));

    await choose(fiona.page, 'Action item');
    await fiona.page.getByLabel('What needs doing').fill('Draft an onboarding guide');
    await fiona.page.getByLabel('Owner').fill('Anna');
    await button(fiona.page, 'Add').click();
    await Promise.all(
      everyone.map((person) => seen(person.page.getByText(person.words.ownerIs('Anna')))),
    );
    await capture(fiona, '08-discuss', 'facilitator');
    await capture(anna, '08-discuss', 'participant');

    await button(fiona.page, 'Stop timer').click();
    await Promise.all(everyone.map(thumbsUp));
    await seen(anna.page.getByText('4 votes. The majority wants 4 more minutes.'));
    await capture(fiona, '09-continue-vote', 'facilitator');
    await capture(anna, '09-continue-vote', 'participant');

    await button(fiona.page, 'Decide by majority').click();
    await seen(anna.page.getByText('Extension 1'));
    await gone(anna.page.getByRole('heading', { name: 'More time for this topic?' }));
  });

  step('the board view shows the running discussion for a projector', async () => {
    const projector = await openPerson(browser, traffic, {
      name: 'Projector',
      viewport: { width: 1920, height: 1080 },
    });
    await projector.page.goto(`${meetingUrl}/board`);
    await seen(projector.page.getByRole('heading', { level: 2, name: TOPICS.onboarding }));
    await seen(timerFor(projector, TOPICS.onboarding));
    await capture(projector, '10-board', 'projector');
    await projector.context.close();
  });

  step(
    'mid-meeting the facilitator shortens the timebox and hides votes; everyone is told',
    async () => {
      const opener = button(fiona.page, 'Settings');
      await opener.click();
      const dialog = fiona.page.getByRole('dialog', { name: 'Meeting settings' });
      await dialog.getByLabel('Minutes per topic', { exact: true }).fill('5');
      await dialog.getByText('More settings', { exact: true }).click();
      await dialog.getByLabel('Hide votes until revealed', { exact: true }).check();
      await capture(fiona, '11-settings', 'facilitator');
      await button(fiona.page, 'Save settings').click();
      await gone(dialog);
      expect(await fiona.page.evaluate(() => document.activeElement?.textContent)).toBe('Settings');
      await seen(
        anna.page.getByText(
          'Settings changed: Hide votes until revealed: on; Minutes per topic: 5.',
        ),
      );
      await seen(
        ben.page.getByText(
          'Einstellungen geändert: Stimmen verdeckt bis zur Aufdeckung: ein; Minuten pro Thema: 5.',
        ),
      );
      await capture(ben, '11-settings-changed', 'participant-de');
    },
  );

  step('the first topic is closed and the second one discussed', async () => {
    await button(fiona.page, 'Close topic').click();
    await seen(anna.page.getByRole('heading', { name: 'Discussed (1)' }));
    await button(fiona.page, 'Start next topic').click();
    await seen(timerFor(anna, TOPICS.hybrid));
    // The shorter timebox holds from this topic on.
    expect(await timerFor(anna, TOPICS.hybrid).textContent()).toMatch(/\b(5:00|4:[0-5]\d)\b/);
    await button(fiona.page, 'Close topic').click();
    await seen(anna.page.getByRole('heading', { name: 'Discussed (2)' }));
  });

  step(
    'the closing round moves on by itself; the facilitator reorders it by keyboard alone',
    async () => {
      const focused = () =>
        fiona.page.evaluate(() => {
          const active = document.activeElement;
          return active?.getAttribute('aria-label') ?? active?.textContent ?? null;
        });
      await pressOn(button(fiona.page, 'Settings'), 'Enter');
      const dialog = fiona.page.getByRole('dialog', { name: 'Meeting settings' });
      await pressOn(dialog.getByText('More settings', { exact: true }), 'Enter');
      const seconds = dialog.getByLabel('Seconds per person in the check-in round', {
        exact: true,
      });
      await seconds.focus();
      await fiona.page.keyboard.type('12');
      await pressOn(button(fiona.page, 'Save settings'), 'Enter');
      await gone(dialog);
      expect(await focused()).toBe('Settings');

      await moveOn(fiona, 'wrapup', everyone);
      const auto = fiona.page.getByRole('checkbox', { name: 'Move on when a person’s time is up' });
      await auto.focus();
      await fiona.page.keyboard.press('Space');
      expect(await auto.isChecked()).toBe(true);
      await fiona.page.keyboard.press('Tab');
      expect(await focused()).toBe('Start round');
      await fiona.page.keyboard.press('Enter');

      const order = (person: Person, title: string) =>
        person.page.getByRole('region', { name: title }).getByRole('listitem');
      const names = async (person: Person, title: string) =>
        (await order(person, title).locator('> span:first-child').allTextContents()).map((n) =>
          n.replace(/ \(.*\)$/, ''),
        );
      await seen(ben.page.getByRole('region', { name: 'Reihenfolge' }));
      expect(await names(ben, 'Reihenfolge')).toEqual(['Fiona', 'Anna', 'Ben', 'Chris']);

      const change = button(fiona.page, 'Change order');
      await pressOn(change, 'Enter');
      await seen(fiona.page.getByRole('button', { name: 'Change order', pressed: true }));
      await pressOn(button(fiona.page, 'Move Chris earlier'), 'Enter');
      await expect
        .poll(() => names(anna, 'Speaking order'))
        .toEqual(['Fiona', 'Anna', 'Chris', 'Ben']);
      expect(await focused()).toBe('Move Chris earlier');
      await fiona.page.keyboard.press('Enter');
      await expect.poll(() => names(ben, 'Reihenfolge')).toEqual(['Fiona', 'Chris', 'Anna', 'Ben']);
      expect(await focused()).toBe('Move Chris earlier');
      await capture(fiona, '12-closing-order', 'facilitator');

      // Nobody clicks: when Fiona's 12 seconds are up, Chris speaks.
      const speaking = ben.page
        .getByRole('region', { name: 'Reihenfolge' })
        .locator('li[aria-current="true"]');
      await seen(speaking.filter({ hasText: 'Fiona' }));
      await speaking.filter({ hasText: 'Chris' }).waitFor({ state: 'visible', timeout: 20_000 });
      await capture(ben, '12-closing-moves-on', 'participant-de');
      await pressOn(button(fiona.page, 'End round'), 'Enter');
      await gone(anna.page.getByRole('region', { name: 'Speaking order' }));
    },
  );

  step('everyone posts a closing line and the facilitator ends the meeting', async () => {
    await Promise.all([
      postLine(fiona, 'closing', 'Thanks all, see you in three months.'),
      postLine(anna, 'closing', 'I take the onboarding guide with me.'),
      postLine(ben, 'closing', 'Gute Ideen für hybride Treffen.'),
      postLine(chris, 'closing', 'Glad to be back.'),
    ]);
    await seen(fiona.page.getByRole('heading', { name: '4 lines' }));
    await capture(fiona, '11-wrapup', 'facilitator');
    await capture(anna, '11-wrapup', 'participant');

    await button(fiona.page, 'End meeting').click();
    await button(fiona.page, 'End now').click();
    await Promise.all(
      everyone.map((person) =>
        seen(person.page.getByRole('heading', { level: 1, name: person.words.ended })),
      ),
    );
    await capture(fiona, '12-ended', 'facilitator');
    await capture(anna, '12-ended', 'participant');
  });

  step('the minutes follow, with both discussed topics once topics are listed', async () => {
    for (const person of [fiona, anna, ben]) {
      await person.page.getByRole('link', { name: person.words.toMinutes }).click();
      await seen(person.page.getByRole('heading', { level: 1, name: person.words.minutes }));
      expect(new URL(person.page.url()).pathname).toMatch(/^\/m\/[^/]+\/minutes$/);
    }
    for (const { page } of [fiona, anna]) {
      await page.waitForLoadState('networkidle');
      const main = page.getByRole('main');
      const titlesShown = await Promise.all(
        Object.values(TOPICS).map((title) => main.getByText(title).count()),
      );
      if (titlesShown.some((count) => count > 0)) {
        await seen(main.getByText(TOPICS.onboarding).first());
        await seen(main.getByText(TOPICS.hybrid).first());
      }
    }
    await capture(fiona, '13-minutes', 'facilitator');
    await capture(anna, '13-minutes', 'participant');
  });

  it('no page asked any host but its own, and none broke the content security policy', () => {
    expect(traffic.urls.length).toBeGreaterThan(0);
    expect(traffic.foreign(server.origin)).toEqual([]);
    expect(traffic.consoleErrors.filter((line) => /Content.Security.Policy/i.test(line))).toEqual(
      [],
    );
  });
});
