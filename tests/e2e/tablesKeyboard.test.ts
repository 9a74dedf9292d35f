/**
 * Parallel tables by keyboard alone, in Chromium against the real server: the facilitator splits
 * the meeting and leads the tables, a participant picks a table, hosts it, takes a topic from the
 * shared list and runs its discussion. After every action the test asserts where focus landed:
 * on what comes next, never on <body> nor on a control whose Enter would do something unasked.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  type AppServer,
  chromiumCheck,
  launchChromium,
  startAppServer,
} from '../helpers/browser.js';
import { describeWithService } from '../helpers/services.js';
import { activate, createMeetingByKeyboard, expectFocusOn, tabTo } from './support/keyboard.js';
import { openPerson, PageTraffic, type Person } from './support/people.js';
import { storySteps } from './support/sequence.js';
import {
  button,
  enterName,
  moveOn,
  phaseHeading,
  propose,
  seen,
  seesPhase,
} from './support/steps.js';

const TOPICS = { first: 'Onboarding new members', second: 'Hybrid meetings' } as const;

describeWithService(chromiumCheck(), 'Parallel tables by keyboard alone', () => {
  const traffic = new PageTraffic();
  let server: AppServer;
  let browser: Browser;
  let fiona: Person;
  let kai: Person;
  let lea: Person;
  let everyone: Person[];
  const step = storySteps();

  beforeAll(async () => {
    [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
    [fiona, kai, lea] = await Promise.all([
      openPerson(browser, traffic, { name: 'Fiona' }),
      openPerson(browser, traffic, { name: 'Kai' }),
      openPerson(browser, traffic, { name: 'Lea' }),
    ]);
    everyone = [fiona, kai, lea];
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('the facilitator creates the meeting; two people join', async () => {
    const url = await createMeetingByKeyboard(fiona.page, server.origin, {
      title: 'Tables CoP',
      name: 'Fiona',
    });
    const meetingUrl = url.split('#')[0] ?? url;
    for (const person of [kai, lea]) {
      await person.page.goto(meetingUrl);
      await enterName(person);
    }
    await moveOn(fiona, 'checkin', everyone);
    await moveOn(fiona, 'propose', everyone);
    await propose(fiona, TOPICS.first);
    await propose(lea, TOPICS.second);
  });

  step(
    'the split: the dialog opens on its first field; after it, focus is on the tables',
    async () => {
      const { page } = fiona;
      await activate(button(page, 'Split into tables'));
      const dialog = page.getByRole('dialog', { name: 'Split into tables' });
      await seen(dialog);
      await expectFocusOn(dialog.getByRole('spinbutton', { name: 'Number of tables' }));
      await tabTo(dialog.getByRole('radio', { name: /^Each table proposes/ }));
      await page.keyboard.press('ArrowDown');
      await expect(
        dialog.getByRole('radio', { name: /^One shared list/ }).isChecked(),
      ).resolves.toBe(true);
      await tabTo(dialog.getByRole('radio', { name: /^Balanced automatically/ }));
      await page.keyboard.press('ArrowDown');
      await activate(dialog.getByRole('button', { name: 'Split', exact: true }));
      await expectFocusOn(page.getByRole('heading', { name: 'All tables' }));
    },
  );

  step('a participant picks a table; focus lands on their table', async () => {
    const { page } = kai;
    await activate(button(page, 'Sit at Table 1'));
    await expectFocusOn(page.getByRole('heading', { name: 'Your table: Table 1' }));
    await lea.page.getByRole('button', { name: 'Sit at Table 2' }).click();
    await seen(lea.page.getByRole('heading', { name: 'Your table: Table 2' }));
  });

  step('they volunteer to host it; focus moves on to where the table talks', async () => {
    const { page } = kai;
    await activate(button(page, 'I will host this table'));
    await seen(page.getByText('You host this table.'));
    const where = page.getByRole('textbox', { name: /^Where we talk/ });
    await expectFocusOn(where);
    await page.keyboard.type('Breakout 1');
    await page.keyboard.press('Enter');
    await seen(fiona.page.getByText('Breakout 1'));
    await expectFocusOn(where);
  });

  step(
    'after the vote, the host takes a topic; focus goes on to starting it, not to taking another',
    async () => {
      await moveOn(fiona, 'vote', everyone);
      await activate(button(fiona.page, 'Close voting'));
      await moveOn(fiona, 'discuss', everyone);
      const { page } = kai;
      await activate(button(page, `Take ‘${TOPICS.first}’ to our table`));
      await seen(page.getByText('At our table'));
      // As in the plenary's bar: the next topic's timebox, then its start.
      await expectFocusOn(page.getByRole('spinbutton', { name: 'Minutes for the next topic' }));
      await activate(button(page, 'Start next topic'));
      await seen(page.getByRole('timer', { name: `Time left for ‘${TOPICS.first}’` }));
      await seen(fiona.page.getByText(TOPICS.first).first());
    },
  );

  step('the lead calls time at every table; focus stays on the call', async () => {
    const { page } = fiona;
    const call = button(page, 'Time call to all tables');
    await activate(call);
    await seen(kai.page.getByRole('status').filter({ hasText: /10 minutes/ }));
    await expectFocusOn(call);
  });

  step('everyone comes back: focus lands on the harvest, where takeaways are typed', async () => {
    const { page } = fiona;
    await activate(button(page, 'Bring everyone back'));
    const confirm = button(page, 'End the tables’ discussions and bring everyone back?');
    await expectFocusOn(confirm);
    await page.keyboard.press('Enter');
    const harvest = page.getByRole('heading', { name: 'Harvest: what each table brings back' });
    await expectFocusOn(harvest);
    await seesPhase(kai, 'discuss');
    const takeaways = kai.page.getByRole('textbox', { name: 'Takeaways of Table 1' });
    await tabTo(takeaways);
    await kai.page.keyboard.type('Buddy system for newcomers');
    await activate(button(kai.page, 'Save takeaways'));
    await seen(fiona.page.getByText('Buddy system for newcomers').first());
    await expectFocusOn(button(kai.page, 'Save takeaways'));
    await seen(phaseHeading(fiona, 'discuss'));
  });
});
