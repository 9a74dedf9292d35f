/**
 * The board (projector) view while a topic is discussed, in Chromium against the real server: at
 * 1280×720 and 1920×1080, with a meeting title of 120 characters and a dozen notes, the clock,
 * the live thumbs count and the newest notes and decisions are all on the one screen, with
 * nothing to scroll.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  type AppServer,
  chromiumCheck,
  launchChromium,
  startAppServer,
} from '../helpers/browser.js';
import { describeWithService } from '../helpers/services.js';
import { TestClient } from '../helpers/testClient.js';
import { createMeeting } from '../helpers/testServer.js';
import { screenshot } from './support/artifacts.js';
import { auditBothThemes, violationsByScreen } from './support/axe.js';
import { storySteps } from './support/sequence.js';

const TITLE =
  'Community of Practice Personalentwicklung der Stadtverwaltungen: Lean Coffee zu Onboarding, Hybridarbeit und Tools 2027!';
const TOPIC = 'Onboarding neuer Kolleginnen und Kollegen in hybriden Teams';
const NOTES = 12;
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

/**
 * What is in sight: inside the viewport, and what the screen shows at its centre is the element
 * itself (not cut off by an ancestor's overflow, not covered).
 */
const inSight = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    if (box.height === 0 || box.top < 0 || box.bottom > window.innerHeight) return false;
    const shown = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return shown !== null && element.contains(shown);
  });

describeWithService(chromiumCheck(), 'The board while a topic is discussed', () => {
  let server: AppServer;
  let browser: Browser;
  const clients: TestClient[] = [];
  let boardUrl = '';

  const step = storySteps();

  beforeAll(async () => {
    [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
  });

  afterAll(async () => {
    for (const client of clients) client.close();
    await browser?.close();
    await server?.stop();
  });

  step(
    'a meeting with a long title discusses a topic with a dozen notes; the time is up',
    async () => {
      expect(TITLE).toHaveLength(120);
      const created = await createMeeting(server.origin, TITLE);
      boardUrl = `${server.origin}/m/${created.id}/board`;
      const key = new URL(created.facilitatorUrl).hash.replace('#key=', '');
      const facilitator = await TestClient.connect(server.origin, {
        meetingId: created.id,
        facilitatorKey: key,
      });
      const others = await Promise.all(
        ['Ben', 'Chris'].map((name) =>
          TestClient.connect(server.origin, { meetingId: created.id }).then(async (client) => {
            await client.join(name);
            return client;
          }),
        ),
      );
      clients.push(facilitator, ...others);
      await facilitator.join('Fiona');
      await facilitator.ok({ type: 'phase:set', phase: 'propose' });
      await facilitator.ok({ type: 'topic:propose', title: TOPIC });
      await facilitator.ok({ type: 'topic:propose', title: 'Tool zoo: Webex, Zoom, Teams' });
      await facilitator.ok({ type: 'phase:set', phase: 'vote' });
      await facilitator.ok({ type: 'phase:set', phase: 'discuss' });
      const topicId = facilitator.view?.queue[0] as string;
      await facilitator.ok({ type: 'discussion:start', topicId });
      for (let n = 1; n <= NOTES; n += 1) {
        await facilitator.ok({
          type: 'item:add',
          topicId,
          kind: n % 3 === 0 ? 'decision' : 'note',
          text: `Punkt ${n}: Patenschaften für neue Kolleginnen und Kollegen im ersten Quartal vereinbaren`,
        });
      }
      await facilitator.ok({ type: 'timer:stop' });
      await others[0]?.ok({ type: 'continue:vote', choice: 'up' });
    },
  );

  step(
    'at 1280×720 and 1920×1080 the clock, the thumbs and the newest notes need no scrolling',
    async () => {
      for (const size of SIZES) {
        const context = await browser.newContext({ viewport: size, reducedMotion: 'reduce' });
        const page = await context.newPage();
        await page.goto(boardUrl);
        await page.getByRole('heading', { name: '12 notes' }).waitFor();
        await page.getByRole('region', { name: 'More time for this topic?' }).waitFor();

        const scrolls = await page.evaluate(
          () => document.documentElement.scrollHeight > window.innerHeight,
        );
        expect(scrolls, `${size.width}×${size.height} scrolls`).toBe(false);
        for (const part of [
          '.countdown-time',
          '.board-tally dl',
          '.board-items li:first-child',
          '.board-topics li:first-child',
        ]) {
          expect(await inSight(page, part), `${part} at ${size.width}×${size.height}`).toBe(true);
        }
        expect(await page.locator('.board-items li').first().textContent()).toContain('Punkt 12');
        expect(await page.locator('.board-tally dd').first().textContent()).toBe('1');
        expect(violationsByScreen(await auditBothThemes(page, `board ${size.width}`))).toEqual({});
        await screenshot(page, `board-discussing-${size.width}x${size.height}`);
        await context.close();
      }
    },
  );
});
