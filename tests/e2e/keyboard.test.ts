/**
 * A whole meeting by keyboard alone, a facilitator and a participant, in Chromium against the
 * real server. After every action the test asserts where focus landed: on the next sensible
 * control or a status, never on <body>. On the way: text typed right after adding a note moves
 * nothing, the `n` key asks before it moves everyone, and shortcuts can be turned off.
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
import { auditBothThemes, violationsByScreen } from './support/axe.js';
import {
  activate,
  createMeetingByKeyboard,
  describeFocus,
  expectFocusOn,
  tabTo,
} from './support/keyboard.js';
import { openPerson, PageTraffic, type Person } from './support/people.js';
import { storySteps } from './support/sequence.js';
import { button, gone, phaseHeading, seen, seesPhase } from './support/steps.js';

const TOPIC = 'Onboarding new members';
const DUPLICATE = 'Onboarding newcomers';

const axeClean = async (page: Page, screen: string) => {
  expect.soft(violationsByScreen(await auditBothThemes(page, screen))).toEqual({});
};

describeWithService(chromiumCheck(), 'A meeting by keyboard alone', () => {
  const traffic = new PageTraffic();
  let server: AppServer;
  let browser: Browser;
  let fiona: Person;
  let kai: Person;
  let meetingUrl = '';
  const step = storySteps();

  beforeAll(async () => {
    [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
    [fiona, kai] = await Promise.all([
      openPerson(browser, traffic, { name: 'Fiona' }),
      openPerson(browser, traffic, { name: 'Kai' }),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** The facilitator's "Next: …" button, then focus on the new phase's heading. */
  const nextPhase = async (phase: 'checkin' | 'propose' | 'vote' | 'discuss') => {
    await activate(button(fiona.page, `Next: ${fiona.words.phases[phase]}`));
    await expectFocusOn(phaseHeading(fiona, phase));
    await seesPhase(kai, phase);
  };

  step('the facilitator creates the meeting; focus lands on its title', async () => {
    meetingUrl = await createMeetingByKeyboard(fiona.page, server.origin, {
      title: 'Keyboard CoP',
      name: 'Fiona',
    });
  });

  step('a participant joins; focus lands on the meeting title', async () => {
    const { page } = kai;
    await page.goto(meetingUrl.split('#')[0] ?? meetingUrl);
    await tabTo(page.getByLabel('Your name', { exact: true }));
    await page.keyboard.type('Kai');
    await page.keyboard.press('Enter');
    await expectFocusOn(page.getByRole('heading', { level: 1, name: 'Keyboard CoP' }));
  });

  step('the facilitator opens one person’s actions from who is here', async () => {
    const { page } = fiona;
    const actions = button(page, 'Role and facilitation for Kai');
    await activate(actions);
    const role = page.getByLabel('Role of Kai');
    await seen(role);
    await axeClean(page, 'person actions open (keyboard)');
    await page.keyboard.press('Enter');
    await gone(role);
    await expectFocusOn(actions);
  });

  step('check-in: the participant posts a line; focus stays on its button', async () => {
    await nextPhase('checkin');
    const { page } = kai;
    await tabTo(page.getByLabel('Your check-in', { exact: true }));
    await page.keyboard.type('Busy with the intranet.');
    await activate(button(page, 'Post'));
    await seen(page.getByRole('listitem').filter({ hasText: 'Busy with the intranet.' }));
    await expectFocusOn(button(page, 'Update'));
  });

  step('topics: after adding one, focus is back in the empty title field', async () => {
    await nextPhase('propose');
    // The participant's check-in form went away under them: focus lands on the new phase's name.
    await expectFocusOn(phaseHeading(kai, 'propose'));
    const { page } = fiona;
    const title = page.getByLabel('Topic', { exact: true });
    await tabTo(title);
    await page.keyboard.type(TOPIC);
    await page.keyboard.press('Enter');
    await seen(kai.page.getByRole('heading', { name: TOPIC, exact: true }));
    await expectFocusOn(title);
    expect(await title.inputValue()).toBe('');
  });

  step('topics: merging a duplicate asks first, naming both topics', async () => {
    const { page } = kai;
    await tabTo(page.getByLabel('Topic', { exact: true }));
    await page.keyboard.type(DUPLICATE);
    await page.keyboard.press('Enter');
    await seen(fiona.page.getByRole('heading', { name: DUPLICATE, exact: true }));

    const merge = fiona.page;
    await activate(button(merge, `Merge ‘${DUPLICATE}’ into another topic`));
    await tabTo(merge.getByRole('combobox', { name: `Merge ‘${DUPLICATE}’ into`, exact: true }));
    await merge.keyboard.press('ArrowDown');
    await activate(button(merge, 'Merge'));
    const confirm = button(merge, `Merge ‘${DUPLICATE}’ into ‘${TOPIC}’? Its dots move along.`);
    await expectFocusOn(confirm);
    await axeClean(merge, 'merge confirmation (keyboard)');
    await merge.keyboard.press('Enter');
    await gone(kai.page.getByRole('heading', { name: DUPLICATE, exact: true }));
    // The rescue may wait for a pending button to come back before it moves focus on.
    await expect.poll(() => describeFocus(merge), { timeout: 5_000 }).not.toBe('<body>');
  });

  step(
    'vote: a dot by Enter keeps focus on its button; closing the vote leads to Next',
    async () => {
      await nextPhase('vote');
      const plus = button(kai.page, `Add a dot to ‘${TOPIC}’`);
      await activate(plus);
      await seen(kai.page.getByText('2 of 3 dots left', { exact: true }));
      await expectFocusOn(plus);

      await activate(button(fiona.page, 'Close voting'));
      await expectFocusOn(button(fiona.page, 'Next: Discuss'));
    },
  );

  step('discuss: a note is added; typing right after it moves nothing', async () => {
    await nextPhase('discuss');
    const { page } = fiona;
    await activate(button(page, 'Start next topic'));
    await seen(page.getByRole('timer', { name: `Time left for ‘${TOPIC}’` }));

    const note = page.getByRole('textbox', { name: 'Note', exact: true });
    await tabTo(note);
    await page.keyboard.type('Ask HR for the checklist');
    await activate(button(page, 'Add'));
    await seen(kai.page.getByText('Ask HR for the checklist'));
    await expectFocusOn(note);

    // The case: "Termin nennen" typed at once, and again with focus dropped to the page.
    await page.keyboard.type('Termin nennen');
    expect(await note.inputValue()).toBe('Termin nennen');
    await note.fill('');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.type('Termin nennen');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await seesPhase(fiona, 'discuss');
    await seen(page.getByRole('timer', { name: `Time left for ‘${TOPIC}’` }));
  });

  step('stopping the timer leads to the continue-vote; resolving it to the timer', async () => {
    const { page } = fiona;
    await activate(button(page, 'Stop timer'));
    const moreTime = page.getByRole('button', { name: /^More time \d/ });
    await expectFocusOn(moreTime);
    await page.keyboard.press('Enter');
    await seen(page.getByRole('button', { name: /^More time \d/, pressed: true }));
    await activate(kai.page.getByRole('button', { name: /^More time \d/ }));
    await seen(page.getByText('2 votes. The majority wants 4 more minutes.'));
    await axeClean(page, 'continue-vote (keyboard)');

    await activate(button(page, 'Decide by majority'));
    await expectFocusOn(button(page, 'Pause timer'));
    await seen(kai.page.getByText('Extension 1'));
  });

  step('`n` asks first: Close cancels, the confirm button moves everyone', async () => {
    const { page } = fiona;
    await activate(button(page, 'Close topic'));
    await seen(kai.page.getByRole('heading', { name: 'Discussed (1)' }));
    const dialog = page.getByRole('dialog', { name: 'Move everyone on to Wrap-up?' });
    // Shortcuts rest for a few seconds after typing; `n` is pressed until it answers.
    await expect
      .poll(
        async () => {
          await page.keyboard.press('n');
          return dialog.isVisible();
        },
        { timeout: 20_000, interval: 1_000 },
      )
      .toBe(true);
    await axeClean(page, 'confirm phase move (keyboard)');
    await page.keyboard.press('Escape');
    await gone(dialog);
    await expectFocusOn(button(page, 'Next: Wrap-up'));
    await seesPhase(fiona, 'discuss');

    await page.keyboard.press('n');
    await seen(dialog);
    await tabTo(dialog.getByRole('button', { name: 'Next: Wrap-up' }));
    await page.keyboard.press('Enter');
    await expectFocusOn(phaseHeading(fiona, 'wrapup'));
    await seesPhase(kai, 'wrapup');
  });

  step('the ? dialog: Escape returns to its button; shortcuts turned off stay off', async () => {
    const { page } = fiona;
    const help = button(page, 'Keyboard shortcuts');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await page.keyboard.press('?');
    await seen(dialog);
    await axeClean(page, 'shortcuts dialog (keyboard)');
    await page.keyboard.press('Escape');
    await gone(dialog);
    await expectFocusOn(help);

    await page.keyboard.press('Enter');
    await seen(dialog);
    const toggle = dialog.getByRole('checkbox', { name: 'Use single-key shortcuts' });
    await tabTo(toggle);
    await page.keyboard.press('Space');
    expect(await toggle.isChecked()).toBe(false);
    await page.keyboard.press('Escape');
    await expectFocusOn(help);
    await page.reload();
    await seesPhase(fiona, 'wrapup');
    await page.keyboard.press('?');
    await page.keyboard.press('n');
    expect(await page.getByRole('dialog').filter({ visible: true }).count()).toBe(0);
  });

  step('ending: focus lands on the ended page, then on the new read-only link', async () => {
    const { page } = fiona;
    await activate(button(page, 'End meeting'));
    const dialog = page.getByRole('dialog', { name: 'End the meeting for everyone?' });
    await seen(dialog);
    // The dialog starts on its Close button: a stray Enter cancels rather than ends.
    await expectFocusOn(dialog.getByRole('button', { name: 'Close' }));
    await activate(dialog.getByRole('button', { name: 'End now' }));
    await expectFocusOn(page.getByRole('heading', { level: 1, name: 'This meeting has ended' }));

    await activate(page.getByRole('link', { name: 'Read the minutes' }));
    await seen(page.getByRole('heading', { level: 1, name: 'Minutes' }));
    await activate(button(page, 'Create read-only link'));
    const newLink = page.getByLabel('New read-only link');
    await expectFocusOn(newLink);
    expect(await newLink.inputValue()).toContain('/minutes');
  });

  step('no page asked any host but its own', () => {
    expect(traffic.foreign(server.origin)).toEqual([]);
    return Promise.resolve();
  });
});
