/**
 * A community across two meetings in Chromium: an organiser and three members (one reading
 * German, one on a phone) in their own browser contexts, against the real server process.
 * Meeting 1 is facilitated by the first in the rotation through her member token alone; what it
 * did not discuss waits in the backlog with its history; meeting 2 goes to the next in the
 * rotation, starts with the open action and two topics pulled from the backlog; the member who
 * missed meeting 1 reads its minutes from the archive. Each new screen is checked with axe-core
 * in both themes and saved under tests/e2e/artifacts/.
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
import {
  entry,
  joinCommunity,
  type Member,
  openMember,
  openScheduledMeeting,
  preVote,
  region,
} from './support/communitySteps.js';
import { PageTraffic } from './support/people.js';
import { storySteps } from './support/sequence.js';
import {
  button,
  choose,
  gone,
  moveOn,
  propose,
  seen,
  seesDotsLeft,
  seesPhase,
  timerFor,
} from './support/steps.js';

const COMMUNITY = 'Facilitators’ Circle';
const MEETING_1 = 'Lean Coffee #1';
const MEETING_2 = 'Lean Coffee #2';
const VIDEO_URL = 'https://video.example.org/facilitators';
const ACTION = 'Write a facilitation checklist';
const NOTE = 'Pair every new facilitator with a buddy';

/** Anna's three topics first, then Chris's: ties rank in this order. */
const TOPICS = {
  onboarding: 'Onboarding new facilitators',
  silence: 'Dealing with silence in calls',
  timebox: 'Timeboxing without stress',
  energisers: 'Energisers that work online',
  conflict: 'Conflicts in the group',
  tools: 'Whiteboard tools compared',
} as const;

describeWithService(chromiumCheck(), 'A community across two meetings in Chromium', () => {
  const traffic = new PageTraffic();
  let server: AppServer;
  let browser: Browser;
  let olga: Member;
  let anna: Member;
  let ben: Member;
  let chris: Member;
  let inviteUrl = '';

  const step = storySteps();

  /** The organiser opens the community page again (it has no socket; members changed it). */
  const organiserReloads = async () => {
    await olga.page.reload();
    await seen(olga.page.getByRole('heading', { level: 1, name: COMMUNITY }));
  };

  const scheduleMeeting = async (title: string, date: string, suggested: string) => {
    const { page } = olga;
    await page.getByText('Schedule a meeting', { exact: true }).click();
    const facilitator = page.getByLabel('Facilitator', { exact: true });
    await seen(facilitator);
    expect(await facilitator.locator('option:checked').textContent()).toBe(
      `${suggested} (next in the rotation)`,
    );
    await page.getByLabel('Meeting title', { exact: true }).fill(title);
    await page.getByLabel('Date', { exact: true }).fill(date);
    await page.getByLabel('Start time', { exact: true }).fill('18:30');
    await page.getByLabel('Video call link (optional)', { exact: true }).fill(VIDEO_URL);
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
    [olga, anna, ben, chris] = await Promise.all([
      openMember(browser, traffic, { name: 'Olga' }),
      openMember(browser, traffic, { name: 'Anna' }),
      openMember(browser, traffic, { name: 'Ben', language: 'de' }),
      openMember(browser, traffic, { name: 'Chris', viewport: { width: 390, height: 844 } }),
    ]);
    await olga.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: server.origin,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    logAxeSummary();
  });

  step('an organiser starts a community and copies its invite link', async () => {
    const { page } = olga;
    await page.goto(`${server.origin}/`);
    const form = page.getByRole('form', { name: 'Start a community' });
    await form.getByLabel('Name of the community', { exact: true }).fill(COMMUNITY);
    await form
      .getByLabel('Description (optional)', { exact: true })
      .fill('We meet every quarter to swap facilitation practice.');
    await button(page, 'Create community').click();

    await seen(page.getByRole('heading', { level: 1, name: COMMUNITY }));
    await seen(page.getByText(/^You organise this community\./));
    const address = new URL(page.url());
    expect(address.pathname).toMatch(/^\/c\/[^/]+$/);
    expect(address.hash).toBe('');
    await capture(olga, 'c01-community', 'organiser');

    await button(page, 'Copy invite link').click();
    // "Copied." shows for two seconds only; the clipboard itself is the lasting evidence.
    const copied = () => page.evaluate(() => navigator.clipboard.readText());
    await expect
      .poll(copied)
      .toMatch(new RegExp(`^${server.origin}${address.pathname}#invite=[A-Z0-9]+$`));
    inviteUrl = await copied();
  });

  step('three members join by the invite link with a display name, one in German', async () => {
    await ben.page.goto(inviteUrl);
    await seen(ben.page.getByRole('heading', { name: 'Dieser Community beitreten' }));
    await capture(ben, 'c02-join', 'member-de');
    await Promise.all([
      joinCommunity(ben),
      anna.page.goto(inviteUrl).then(() => joinCommunity(anna)),
      chris.page.goto(inviteUrl).then(() => joinCommunity(chris)),
    ]);
    await gone(anna.page.getByRole('heading', { name: 'Join this community' }));
    await anna.page.reload();
    await seen(region(anna.page, '3 members'));
    await capture(anna, 'c02-community', 'member');
  });

  step('the organiser puts the three in the rotation, in her order', async () => {
    await organiserReloads();
    const { page } = olga;
    await seen(region(page, '3 members'));
    const rotation = region(page, 'Facilitation rotation');
    for (const name of ['Anna', 'Chris', 'Ben']) {
      await rotation.getByLabel('Member to add', { exact: true }).selectOption({ label: name });
      await button(page, 'Add to rotation').click();
      await seen(rotation.getByRole('listitem').filter({ hasText: name }));
    }
    await rotation.getByRole('button', { name: 'Move Ben up', exact: true }).click();
    await expect
      .poll(() => rotation.locator('.rotation-name').allTextContents())
      .toEqual(['Anna', 'Ben', 'Chris']);
    await seen(rotation.getByText('Next facilitator: Anna', { exact: true }));
  });

  step('meeting 1 is scheduled with the first in the rotation and a calendar file', async () => {
    const { page } = olga;
    await scheduleMeeting(MEETING_1, '2030-03-14', 'Anna');
    await capture(olga, 'c03-schedule-form', 'organiser');
    await button(page, 'Schedule meeting').click();

    const card = entry(region(page, 'Next meetings'), MEETING_1);
    await seen(card.getByText(/facilitated by Anna/));
    // In Berlin time; the app formats for 'en' rather than the browser's en-GB, so either reading.
    expect(await card.locator('time').textContent()).toMatch(
      /(14 March|March 14,) 2030 at (18:30|6:30\sPM)/,
    );
    expect(
      await card.getByRole('link', { name: 'Video call', exact: true }).getAttribute('href'),
    ).toBe(VIDEO_URL);
    await seen(page.getByText('Next facilitator: Ben', { exact: true }));

    const ics = await card
      .getByRole('link', { name: 'Add to calendar (.ics)', exact: true })
      .getAttribute('href');
    const calendar = await fetch(new URL(ics ?? '', server.origin));
    expect(calendar.status).toBe(200);
    expect(calendar.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await calendar.text();
    expect(text).toContain(`SUMMARY:${MEETING_1}\r\n`);
    // 18:30 in Berlin in March (CET, UTC+1).
    expect(text).toContain('DTSTART:20300314T173000Z\r\n');
  });

  step('members open meeting 1; Anna facilitates by her turn in the rotation', async () => {
    await Promise.all(
      [anna, chris].map(async (member) => {
        await member.page.reload();
        await openScheduledMeeting(member, MEETING_1);
        await seesPhase(member, 'lobby');
      }),
    );
    await seen(anna.page.getByText(anna.says.facilitator, { exact: true }));
    await seen(chris.page.getByText(chris.says.participant, { exact: true }));
    await seen(anna.page.getByRole('link', { name: anna.says.partOf(COMMUNITY), exact: true }));
    await seen(anna.page.getByRole('region', { name: 'When and where' }));
    await capture(anna, 'c04-meeting1-lobby', 'facilitator');
  });

  step('six topics are proposed before the start and pre-voted', async () => {
    for (const title of [TOPICS.onboarding, TOPICS.silence, TOPICS.timebox]) {
      await propose(anna, title);
    }
    for (const title of [TOPICS.energisers, TOPICS.conflict, TOPICS.tools]) {
      await propose(chris, title);
    }
    await preVote(anna, TOPICS.onboarding, 2);
    await preVote(anna, TOPICS.energisers, 1);
    await seen(anna.page.getByText(anna.words.dotsLeft(0, 3), { exact: true }));
    await capture(anna, 'c05-prevote-lobby', 'facilitator');

    await button(anna.page, 'Skip to Topics').click();
    await Promise.all([anna, chris].map((member) => seesPhase(member, 'propose')));
    await preVote(chris, TOPICS.energisers, 1);
    await preVote(chris, TOPICS.onboarding, 1);
    await preVote(chris, TOPICS.silence, 1);
    await seen(chris.page.getByText(chris.words.dotsLeft(0, 3), { exact: true }));
  });

  step('the vote closes on the pre-votes and two topics are discussed', async () => {
    const present = [anna, chris];
    await moveOn(anna, 'vote', present);
    await Promise.all(present.map((member) => seesDotsLeft(member, 0)));
    await button(anna.page, 'Close voting').click();
    await expect
      .poll(() => chris.page.locator('.ranked-title').allTextContents(), { timeout: 20_000 })
      .toEqual([
        TOPICS.onboarding,
        TOPICS.energisers,
        TOPICS.silence,
        TOPICS.timebox,
        TOPICS.conflict,
        TOPICS.tools,
      ]);

    await moveOn(anna, 'discuss', present);
    await button(anna.page, 'Start next topic').click();
    await seen(timerFor(chris, TOPICS.onboarding));
    await choose(anna.page, 'Action item');
    await anna.page.getByLabel('What needs doing', { exact: true }).fill(ACTION);
    await anna.page.getByLabel('Owner', { exact: true }).fill('Chris');
    await button(anna.page, 'Add').click();
    await seen(chris.page.getByText('Owner: Chris', { exact: true }));
    await button(anna.page, 'Close topic').click();
    await seen(chris.page.getByRole('heading', { name: 'Discussed (1)' }));

    await button(anna.page, 'Start next topic').click();
    await seen(timerFor(chris, TOPICS.energisers));
    await anna.page.getByRole('textbox', { name: 'Note', exact: true }).fill(NOTE);
    await button(anna.page, 'Add').click();
    await seen(chris.page.getByText(NOTE, { exact: true }));
    await button(anna.page, 'Close topic').click();
    await seen(chris.page.getByRole('heading', { name: 'Discussed (2)' }));

    await moveOn(anna, 'wrapup', present);
    await button(anna.page, 'End meeting').click();
    await button(anna.page, 'End now').click();
    await Promise.all(
      present.map((member) =>
        seen(member.page.getByRole('heading', { level: 1, name: member.words.ended })),
      ),
    );
  });

  step(
    'the community keeps the other four with their history, the action and the archive',
    async () => {
      await organiserReloads();
      const { page } = olga;
      const backlog = region(page, 'Backlog (4 topics)');
      const history = [
        [TOPICS.silence, 'Anna', 1],
        [TOPICS.timebox, 'Anna', 0],
        [TOPICS.conflict, 'Chris', 0],
        [TOPICS.tools, 'Chris', 0],
      ] as const;
      for (const [title, proposer, dots] of history) {
        await seen(entry(backlog, title).getByText(olga.says.history(proposer, dots, MEETING_1)));
      }
      await expect.poll(() => entry(backlog, TOPICS.onboarding).count()).toBe(0);

      const actions = region(page, 'Open actions (1)');
      await seen(actions.getByText(ACTION, { exact: true }));
      await seen(actions.getByText(/Owner: Chris/));

      const archived = entry(region(page, 'Archive'), MEETING_1);
      await expect
        .poll(() => archived.getByRole('list').getByRole('listitem').allTextContents())
        .toEqual([TOPICS.onboarding, TOPICS.energisers]);
      await seen(archived.getByText('4 topics went back to the backlog.', { exact: true }));
      await seen(page.getByText('No meeting is scheduled.', { exact: true }));
      await capture(olga, 'c06-community-after-meeting1', 'organiser');
    },
  );

  step('meeting 2 goes to the next in the rotation and takes two backlog topics', async () => {
    const { page } = olga;
    await scheduleMeeting(MEETING_2, '2030-06-13', 'Ben');
    await button(page, 'Schedule meeting').click();
    await seen(entry(region(page, 'Next meetings'), MEETING_2).getByText(/facilitated by Ben/));

    const backlog = region(page, 'Backlog (4 topics)');
    await backlog.getByRole('checkbox', { name: TOPICS.silence, exact: true }).check();
    await backlog.getByRole('checkbox', { name: TOPICS.tools, exact: true }).check();
    const pull = button(page, `Pull 2 topics into ‘${MEETING_2}’`);
    await seen(pull);
    await capture(olga, 'c07-pull-selection', 'organiser');
    await pull.click();

    const rest = region(page, 'Backlog (2 topics)');
    await seen(entry(rest, TOPICS.timebox));
    await seen(entry(rest, TOPICS.conflict));
    await expect.poll(() => entry(rest, TOPICS.silence).count()).toBe(0);
  });

  step(
    'Ben facilitates meeting 2: pulled topics show their origin, the action comes first',
    async () => {
      const { page, says } = ben;
      await page.reload();
      await openScheduledMeeting(ben, MEETING_2);
      await seesPhase(ben, 'lobby');
      await seen(page.getByText(says.facilitator, { exact: true }));

      for (const [title, proposer, dots] of [
        [TOPICS.silence, 'Anna', 1],
        [TOPICS.tools, 'Chris', 0],
      ] as const) {
        const card = entry(page, title);
        await seen(card.getByText(says.fromBacklog, { exact: true }));
        await seen(card.getByText(says.history(proposer, dots, MEETING_1)));
      }

      const review = region(page, says.review);
      const action = review.getByRole('listitem').filter({ hasText: ACTION });
      await seen(action.getByText(says.statusOpen, { exact: true }));
      await capture(ben, 'c08-meeting2-lobby', 'facilitator-de');
      await action.getByRole('button', { name: says.reviewDone, exact: true }).click();
      await seen(action.getByRole('button', { name: says.reviewDone, pressed: true }));
      await seen(action.getByText(says.statusDone, { exact: true }));
    },
  );

  step('Ben, who missed meeting 1, reads its minutes from the archive', async () => {
    const { page, says } = ben;
    await page.getByRole('link', { name: says.partOf(COMMUNITY), exact: true }).click();
    await seen(page.getByRole('heading', { level: 1, name: COMMUNITY }));
    await entry(region(page, says.archive), MEETING_1)
      .getByRole('link', { name: says.readMinutes, exact: true })
      .click();
    await seen(page.getByText(says.readingAsMember, { exact: true }));
    const main = page.getByRole('main');
    await seen(main.getByRole('heading', { name: TOPICS.onboarding }).first());
    await seen(main.getByText(ACTION).first());
    await seen(main.getByText(NOTE).first());
    await capture(ben, 'c09-minutes', 'member-de');
  });

  step('a search finds a note in the minutes and a topic in the backlog', async () => {
    const { page, says } = ben;
    await page.goBack();
    const search = region(page, says.search);
    const searchFor = async (query: string, hits: number) => {
      await search.getByLabel(says.searchLabel, { exact: true }).fill(query);
      await search.getByRole('button', { name: says.searchSubmit, exact: true }).click();
      await seen(search.getByText(says.hits(hits, query), { exact: true }));
    };
    const hit = (kind: string) =>
      search.getByRole('listitem').filter({ has: page.getByText(kind, { exact: true }) });

    await searchFor('buddy', 1);
    await seen(hit(says.hitMinutes).getByRole('link', { name: MEETING_1, exact: true }));
    await seen(hit(says.hitMinutes).getByText(/Pair every new facilitator with a buddy/));

    // Still in the backlog, and in meeting 1's minutes among the topics it did not discuss.
    await searchFor('timeboxing stress', 2);
    await seen(hit(says.hitBacklog).filter({ hasText: TOPICS.timebox }));
    await seen(hit(says.hitMinutes).getByRole('link', { name: MEETING_1, exact: true }));
    await capture(ben, 'c10-search', 'member-de');
  });

  it('no page asked any host but its own, and none broke the content security policy', () => {
    expect(traffic.urls.length).toBeGreaterThan(0);
    expect(traffic.foreign(server.origin)).toEqual([]);
    expect(traffic.consoleErrors.filter((line) => /Content.Security.Policy/i.test(line))).toEqual(
      [],
    );
  });
});
