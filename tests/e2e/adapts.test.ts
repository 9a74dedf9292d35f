/**
 * A running meeting adapts, in Chromium against the real server: a late joiner (reading German)
 * proposes a topic during the discussion and it is queued last, marked late; a participant whose
 * laptop dies continues on a phone as the same person through their link for another device; and
 * an English-speaking organiser's community meeting yields English minutes.
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
import { createMeeting } from '../helpers/testServer.js';
import { capture } from './support/capture.js';
import { openPerson, PageTraffic, type Person } from './support/people.js';
import { storySteps } from './support/sequence.js';
import { button, enterName, moveOn, propose, seen, timerFor } from './support/steps.js';

const LATE_TOPIC = 'Datenschutz bei Videokonferenzen';

describeWithService(chromiumCheck(), 'A meeting that adapts', () => {
  const traffic = new PageTraffic();
  let server: AppServer;
  let browser: Browser;
  let fiona: Person;
  let ben: Person;
  let kai: Person;

  const step = storySteps();

  beforeAll(async () => {
    [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
    [fiona, ben] = await Promise.all([
      openPerson(browser, traffic, { name: 'Fiona' }),
      openPerson(browser, traffic, { name: 'Ben' }),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('a meeting reaches its discussion with two topics', async () => {
    const created = await createMeeting(server.origin, 'CoP Personalentwicklung');
    await fiona.page.goto(created.facilitatorUrl);
    await enterName(fiona);
    await ben.page.goto(created.joinUrl);
    await enterName(ben);
    await moveOn(fiona, 'checkin', [fiona, ben]);
    await moveOn(fiona, 'propose', [fiona, ben]);
    await propose(fiona, 'Onboarding');
    await propose(ben, 'Hybrid meetings');
    await moveOn(fiona, 'vote', [fiona, ben]);
    await moveOn(fiona, 'discuss', [fiona, ben]);
    await button(fiona.page, 'Start next topic').click();
    await seen(timerFor(ben, 'Onboarding'));
  });

  step(
    'a late joiner proposes a topic during the discussion: queued last, marked late',
    async () => {
      kai = await openPerson(browser, traffic, { name: 'Kai', language: 'de' });
      await kai.page.goto(fiona.page.url().replace(/#.*$/, ''));
      await enterName(kai);
      await kai.page.getByText('Weiteres Thema vorschlagen', { exact: true }).click();
      await kai.page.getByLabel(kai.words.topic, { exact: true }).fill(LATE_TOPIC);
      await button(kai.page, 'Thema hinzufügen').click();
      const toDiscuss = fiona.page.getByRole('region', { name: /^To discuss/ });
      const late = toDiscuss.getByRole('listitem').filter({ hasText: LATE_TOPIC });
      await seen(late);
      expect(await late.getByText('late', { exact: true }).count()).toBe(1);
      const titles = await toDiscuss.locator('.board-card-title').allTextContents();
      expect(titles.at(-1)).toBe(LATE_TOPIC);
      await capture(kai, 'a01-late-topic', 'participant-de');
    },
  );

  step(
    'Ben continues on his phone as the same person, through his link for another device',
    async () => {
      await ben.page.getByRole('button', { name: 'Your name, another device, leaving' }).click();
      await ben.page.getByText('Use on another device', { exact: true }).click();
      await seen(ben.page.getByText('Whoever has this link takes part as you'));
      await ben.context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await button(ben.page, 'Copy link for another device').click();
      const link = await ben.page.evaluate(() => navigator.clipboard.readText());
      expect(link).toMatch(/\/m\/[\w-]+#as=[\w-]+$/);
      await ben.context.close();

      const phone = await openPerson(browser, traffic, {
        name: 'Ben',
        viewport: { width: 390, height: 844 },
      });
      await phone.page.goto(link);
      await seen(phone.page.getByRole('navigation', { name: phone.words.phaseNav }));
      expect(phone.page.url()).not.toContain('#as=');
      await seen(phone.page.getByText('Ben (you)'));
      const people = fiona.page.getByRole('region', { name: 'Who is here' });
      await seen(people.getByText('3 of 3 online'));
      expect(await people.getByText(/^Ben/).count()).toBe(1);
    },
  );
});

describeWithService(chromiumCheck(), 'An English community meeting', () => {
  let server: AppServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('yields English minutes for an organiser whose browser reads English', async () => {
    const traffic = new PageTraffic();
    const organiser = await openPerson(browser, traffic, { name: 'Olivia' });
    const { page } = organiser;
    await page.goto(server.origin);
    await page.getByLabel('Name of the community', { exact: true }).fill('Facilitators’ Circle');
    await button(page, 'Create community').click();
    await seen(page.getByRole('heading', { level: 1, name: 'Facilitators’ Circle' }));
    await page.getByText('Schedule a meeting', { exact: true }).click();
    await page.getByLabel('Meeting title', { exact: true }).fill('Circle #1');
    await button(page, 'Schedule meeting').click();
    await seen(page.getByText('Circle #1', { exact: true }).first());

    const calendar = await page
      .getByRole('link', { name: 'Add to calendar (.ics)' })
      .first()
      .getAttribute('href');
    const meetingId = calendar?.split('/').at(3) ?? '';
    const organiserKey = await page.evaluate(
      (id) => localStorage.getItem(`percolate:community:${id}:key`),
      page.url().split('/c/')[1]?.split('#')[0] ?? '',
    );
    const minutes = await fetch(`${server.origin}/api/meetings/${meetingId}/minutes.md`, {
      headers: { authorization: `Bearer ${organiserKey}` },
    });
    expect(await minutes.text()).toMatch(/^# Minutes: Circle \\#1\n/);
  });
});
