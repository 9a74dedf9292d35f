/**
 * Parallel tables in Chromium, in German, against the real server process: sixteen people (four
 * in browsers, one of them on a 360 px phone, twelve as plain socket clients) split into two
 * tables. Meeting 1 votes on one shared list and each table takes its topics from it; the server
 * is killed and restarted while both tables talk, and everything comes back. Meeting 2 lets each
 * table propose, vote on and discuss its own topics. Both end with the harvest and minutes with a
 * section per table, read in Markdown and in Word as downloaded from the minutes page.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  type AppServer,
  chromiumCheck,
  launchChromium,
  startAppServer,
} from '../helpers/browser.js';
import { describeWithService } from '../helpers/services.js';
import { type CreatedMeeting, createMeeting } from '../helpers/testServer.js';
import { capture } from './support/capture.js';
import { Crowd } from './support/crowd.js';
import { fitsAtEverySize } from './support/fit.js';
import { expectFocusOn } from './support/keyboard.js';
import { openPerson, PageTraffic, type Person } from './support/people.js';
import { storySteps } from './support/sequence.js';
import {
  addDots,
  button,
  enterName,
  gone,
  moveOn,
  pressOn,
  propose,
  seen,
  thumbsUp,
  timerFor,
} from './support/steps.js';

const NOTE = 'Patenschaften für die ersten Wochen';

const BREAKOUT = 'Breakout-Raum 1';

const PHONE = { width: 360, height: 740 };

/** The crowd: twelve more people, so that with the four in browsers sixteen take part. */
const CROWD = [
  'Dora',
  'Emil',
  'Frieda',
  'Gustav',
  'Hanna',
  'Ilja',
  'Jana',
  'Karl',
  'Lena',
  'Moritz',
  'Nora',
  'Otto',
];

const SHARED = {
  onboarding: 'Onboarding neuer Mitglieder',
  hybrid: 'Hybride Treffen gestalten',
  wol: 'Working-Out-Loud-Kreise',
  budget: 'Budget für die Klausur',
  tools: 'Werkzeugzoo: Webex, Zoom, Teams',
} as const;

const OWN = {
  mentoring: 'Mentoring-Programm',
  intranet: 'Neues Intranet',
  feedback: 'Feedbackkultur',
  roles: 'Rollen im Team',
  knowledge: 'Wissensmanagement',
} as const;

/** What the people of this story read, in German, written out by hand like words.ts. */
const DE = {
  split: 'In Tische aufteilen',
  splitSubmit: 'Aufteilen',
  count: 'Anzahl der Tische',
  shared: 'Eine gemeinsame Liste: alle bewerten, jeder Tisch nimmt sein nächstes Thema daraus',
  own: 'Jeder Tisch sammelt, bewertet und bespricht eigene Themen',
  overview: 'Alle Tische',
  table: (name: string) => `Tisch ${name}`,
  yours: (name: string) => `Ihr Tisch: Tisch ${name}`,
  seatOf: (name: string) => `Tisch von ${name}`,
  host: 'Gastgeber·in',
  hostIs: (name: string) => `Gastgeber·in: ${name}`,
  youHost: 'Sie leiten diesen Tisch.',
  volunteer: 'Ich leite diesen Tisch',
  whereLabel: 'Wo wir sprechen (Name oder Link des Breakout-Raums)',
  whereOf: (name: string) => `Wo Tisch ${name} spricht (Name oder Link des Breakout-Raums)`,
  pull: (title: string) => `„${title}“ an unseren Tisch holen`,
  takenHere: 'An unserem Tisch',
  takenBy: (name: string) => `Von Tisch ${name} genommen`,
  startNext: 'Nächstes Thema starten',
  closeTopic: 'Thema abschließen',
  stopTimer: 'Timer stoppen',
  setTime: 'Zeit einstellen…',
  setTimeTitle: 'Restzeit für dieses Thema',
  minutesLeft: 'Verbleibende Minuten',
  setTimeSubmit: 'Zeit einstellen',
  timeUpAtTable: 'Zeit um: Daumen-Abstimmung',
  resolve: 'Nach Mehrheit entscheiden',
  extension: 'Verlängerung 1',
  thumbsAtTable: (up: number) => new RegExp(`^Daumen: ${up} hoch`),
  notesOn: (title: string) => `Notizen zu „${title}“`,
  kindAction: 'Aufgabe',
  kindNote: 'Notiz',
  whatToDo: 'Was zu tun ist',
  owner: 'Verantwortlich',
  add: 'Hinzufügen',
  ownerIs: (name: string) => `Verantwortlich: ${name}`,
  timeCallMinutes: 'Verbleibende Minuten',
  timeCall: 'Zeitansage an alle Tische',
  timeCallBanner: 'Zeitansage: Noch 5 Minuten an allen Tischen.',
  rejoin: 'Alle zurückholen',
  rejoinConfirm: 'Die Gespräche der Tische beenden und alle zurückholen?',
  harvest: 'Ernte: was jeder Tisch mitbringt',
  harvestOf: (name: string) => `Erkenntnisse von Tisch ${name}`,
  harvestSave: 'Erkenntnisse speichern',
  closeVoting: 'Abstimmung beenden',
  endMeeting: 'Treffen beenden',
  endNow: 'Jetzt beenden',
  downloadMd: 'Markdown herunterladen',
  downloadDocx: 'Word herunterladen (DOCX)',
  reconnecting: 'Verbindung unterbrochen. Neuer Versuch läuft…',
  online: (count: number) => `${count} von ${count} online`,
} as const;

/** The text of a .docx's body, paragraph by paragraph. */
const docxParagraphs = (file: Buffer): string[] => {
  const xml = strFromU8(unzipSync(new Uint8Array(file))['word/document.xml'] ?? new Uint8Array());
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((paragraph) =>
    [...paragraph[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((text) => text[1] ?? '')
      .join('')
      .replaceAll('&amp;', '&')
      .replaceAll('&quot;', '"')
      .replaceAll('&apos;', "'")
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>'),
  );
};

/** The minutes' text without Markdown's emphasis and escapes, so both formats read alike. */
const plain = (markdown: string): string => markdown.replaceAll('**', '').replace(/\\(.)/g, '$1');

/**
 * Each fragment comes after the one before it; the answer is the part from the first one that
 * does not, so a failure names what is missing or out of place.
 */
const missingInOrder = (text: string, fragments: (string | RegExp)[]): (string | RegExp)[] => {
  let from = 0;
  for (const [index, fragment] of fragments.entries()) {
    const rest = text.slice(from);
    const match =
      typeof fragment === 'string'
        ? { at: rest.indexOf(fragment), length: fragment.length }
        : { at: rest.search(fragment), length: rest.match(fragment)?.[0].length ?? 0 };
    if (match.at < 0) return fragments.slice(index);
    from += match.at + match.length;
  }
  return [];
};

/** Clicks a download button on the minutes page and reads the file the browser saved. */
const download = async (page: Page, name: string): Promise<Buffer> => {
  const [file] = await Promise.all([page.waitForEvent('download'), button(page, name).click()]);
  const path = await file.path();
  return readFile(path);
};

/**
 * A control a phone user can use: wholly on the screen's width and at least 24 px square (WCAG
 * 2.2's minimum target size).
 */
const withinThumbReach = async (control: Locator): Promise<void> => {
  await control.scrollIntoViewIfNeeded();
  const box = await control.boundingBox();
  const width = control.page().viewportSize()?.width ?? 0;
  expect(box, `${control} is not shown`).not.toBeNull();
  if (!box) return;
  expect(box.x, `${control} starts left of the screen`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${control} ends right of the screen`).toBeLessThanOrEqual(width);
  expect(Math.min(box.width, box.height), `${control} is too small to tap`).toBeGreaterThanOrEqual(
    24,
  );
};

/** Seconds left on a countdown ("9:58" → 598). */
const secondsShown = async (person: Person, title: string): Promise<number> => {
  const text = (await timerFor(person, title).textContent()) ?? '';
  const [, minutes = '0', seconds = '0'] = /(\d+):(\d\d)/.exec(text) ?? [];
  return Number(minutes) * 60 + Number(seconds);
};

describeWithService(chromiumCheck(), 'Parallel tables in Chromium, in German', () => {
  const traffic = new PageTraffic();
  let server: AppServer;
  let browser: Browser;
  let fiona: Person;
  let anna: Person;
  let ben: Person;
  let chris: Person;
  let everyone: Person[];
  let crowd: Crowd | undefined;
  let meeting: CreatedMeeting;

  const step = storySteps();

  beforeAll(async () => {
    [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
    [fiona, anna, ben, chris] = await Promise.all([
      openPerson(browser, traffic, { name: 'Fiona', language: 'de' }),
      openPerson(browser, traffic, { name: 'Anna', language: 'de' }),
      openPerson(browser, traffic, { name: 'Ben', language: 'de' }),
      openPerson(browser, traffic, { name: 'Chris', language: 'de', viewport: PHONE }),
    ]);
    everyone = [fiona, anna, ben, chris];
  });

  afterAll(async () => {
    crowd?.close();
    await browser?.close();
    await server?.stop();
  });

  /** A new German meeting where everyone may write notes, with all sixteen in it. */
  const sixteenJoin = async (title: string) => {
    crowd?.close();
    meeting = await createMeeting(server.origin, title, { locale: 'de', openNotes: true });
    await fiona.page.goto(meeting.facilitatorUrl);
    await enterName(fiona);
    for (const person of [anna, ben, chris]) {
      await person.page.goto(meeting.joinUrl);
      await enterName(person);
    }
    crowd = await Crowd.join(server.origin, meeting.id, CROWD);
    await seen(fiona.page.getByText(DE.online(16)));
  };

  const theCrowd = (): Crowd => {
    if (!crowd) throw new Error('the crowd has not joined');
    return crowd;
  };

  const overview = () => fiona.page.getByRole('region', { name: DE.overview });
  const tableCard = (name: string) =>
    overview().getByRole('listitem', { name: new RegExp(`^${DE.table(name)} `) });

  /**
   * The lead splits the meeting into two tables, balanced among those online, then seats Anna and
   * Chris at table 1 and Ben at table 2 in the overview. Anna volunteers to host table 1 by
   * keyboard; the lead makes Ben host of table 2.
   */
  const splitIntoTwo = async (mode: string) => {
    await button(fiona.page, DE.split).click();
    const dialog = fiona.page.getByRole('dialog', { name: DE.split });
    await expect
      .poll(() => dialog.getByLabel(DE.count).inputValue(), { timeout: 20_000 })
      .toBe('3');
    await dialog.getByLabel(DE.count).fill('2');
    await dialog.getByText(mode, { exact: true }).click();
    await button(fiona.page, DE.splitSubmit).click();
    await seen(overview());
    await seen(tableCard('2'));

    for (const [person, name] of [
      [anna, '1'],
      [chris, '1'],
      [ben, '2'],
    ] as const) {
      await overview()
        .getByLabel(DE.seatOf(person.name))
        .selectOption({ label: DE.table(name) });
      await seen(person.page.getByRole('heading', { name: DE.yours(name) }));
    }

    const volunteer = button(anna.page, DE.volunteer);
    await pressOn(volunteer, 'Enter');
    await seen(anna.page.getByText(DE.youHost));
    // The offer is gone; focus goes on to what the new host does next: where the table talks.
    const where = anna.page.getByLabel(DE.whereLabel);
    await expectFocusOn(where);
    await anna.page.keyboard.type(BREAKOUT);
    await anna.page.keyboard.press('Enter');
    await seen(chris.page.getByText(`Wo wir sprechen: ${BREAKOUT}`));
    await expectFocusOn(where);
    await tableCard('2').getByLabel(DE.host).selectOption({ label: 'Ben' });
    await seen(ben.page.getByText(DE.youHost));
    await seen(chris.page.getByText(DE.hostIs('Anna')));
  };

  /** The host starts the next topic of the table's queue; everyone there sees its countdown. */
  const startNext = async (host: Person, title: string, seated: Person[]) => {
    await button(host.page, DE.startNext).click();
    await Promise.all(seated.map((person) => seen(timerFor(person, title))));
  };

  /** An action item on the topic under discussion, owned by whoever writes it. */
  const addAction = async (person: Person, title: string, text: string) => {
    const notes = person.page.getByRole('region', { name: DE.notesOn(title) });
    await notes.getByText(DE.kindAction, { exact: true }).click();
    await notes.getByLabel(DE.whatToDo).fill(text);
    await notes.getByLabel(DE.owner, { exact: true }).fill(person.name);
    await notes.getByRole('button', { name: DE.add, exact: true }).click();
    await seen(notes.getByText(DE.ownerIs(person.name)));
  };

  /** The host closes the topic under discussion; its countdown goes. */
  const closeTopic = async (host: Person, title: string) => {
    await button(host.page, DE.closeTopic).click();
    await gone(timerFor(host, title));
  };

  /** The lead brings everyone back, by keyboard: the button asks once more, keeping focus. */
  const rejoinAndHarvest = async (takeaways: Record<string, string>) => {
    const rejoin = button(fiona.page, DE.rejoin);
    await pressOn(rejoin, 'Enter');
    const confirm = button(fiona.page, DE.rejoinConfirm);
    await expectFocusOn(confirm);
    await fiona.page.keyboard.press('Enter');
    await Promise.all(
      everyone.map((person) => seen(person.page.getByRole('heading', { name: DE.harvest }))),
    );
    await expectFocusOn(fiona.page.getByRole('heading', { name: DE.harvest }));
    for (const [host, name] of [
      [anna, '1'],
      [ben, '2'],
    ] as const) {
      const text = takeaways[name] ?? '';
      await host.page.getByLabel(DE.harvestOf(name)).fill(text);
      await button(host.page, DE.harvestSave).click();
      await Promise.all(everyone.map((person) => seen(person.page.getByText(text).first())));
    }
  };

  const endMeeting = async () => {
    await button(fiona.page, DE.endMeeting).click();
    await button(fiona.page, DE.endNow).click();
    await Promise.all(
      everyone.map((person) =>
        seen(person.page.getByRole('heading', { level: 1, name: person.words.ended })),
      ),
    );
  };

  /** The minutes as the lead downloads them from the minutes page: Markdown and Word. */
  const downloadMinutes = async () => {
    await fiona.page.getByRole('link', { name: fiona.words.toMinutes }).click();
    await seen(fiona.page.getByRole('heading', { level: 1, name: fiona.words.minutes }));
    const markdown = (await download(fiona.page, DE.downloadMd)).toString('utf8');
    const word = docxParagraphs(await download(fiona.page, DE.downloadDocx)).join('\n');
    return { markdown, word };
  };

  // ── Meeting 1: one shared list ────────────────────────────────────────────────────────────

  step('sixteen people join a German meeting; the lead is told to split it', async () => {
    await sixteenJoin('CoP Organisationsentwicklung, Q3');
    await seen(fiona.page.getByText(/^16 Personen sind online: Lean Coffee gelingt am besten/));
    await moveOn(fiona, 'checkin', everyone);
    await moveOn(fiona, 'propose', everyone);
  });

  step('everyone collects and dot-votes topics on one list', async () => {
    await propose(anna, SHARED.onboarding);
    await propose(ben, SHARED.hybrid);
    await propose(chris, SHARED.wol);
    await propose(fiona, SHARED.budget);
    await propose(anna, SHARED.tools);
    await moveOn(fiona, 'vote', everyone);
    const c = theCrowd();
    await Promise.all([
      addDots(anna, SHARED.onboarding, 2),
      addDots(ben, SHARED.hybrid, 2),
      addDots(chris, SHARED.onboarding, 1),
      Crowd.all(c.members, () => ({ type: 'vote:cast', topicId: c.topicId(SHARED.onboarding) })),
      Crowd.all(c.members.slice(0, 8), () => ({
        type: 'vote:cast',
        topicId: c.topicId(SHARED.hybrid),
      })),
      Crowd.all(c.members.slice(8), () => ({ type: 'vote:cast', topicId: c.topicId(SHARED.wol) })),
    ]);
    await button(fiona.page, DE.closeVoting).click();
    await expect
      .poll(() => anna.page.locator('.ranked-title').allTextContents(), { timeout: 20_000 })
      .toEqual([SHARED.onboarding, SHARED.hybrid, SHARED.wol, SHARED.budget, SHARED.tools]);
  });

  step('the lead splits into two tables sharing the list and seats the hosts', async () => {
    await splitIntoTwo(DE.shared);
    await capture(fiona, 'tables-01-overview', 'lead-de');
    await moveOn(fiona, 'discuss', everyone);
  });

  step('each table takes a topic from the shared list; taken shows as taken', async () => {
    await anna.page.getByRole('button', { name: DE.pull(SHARED.onboarding) }).click();
    const benList = ben.page.getByRole('region', { name: 'Die gemeinsame Liste' });
    await seen(
      benList
        .getByRole('listitem')
        .filter({ hasText: SHARED.onboarding })
        .getByText(DE.takenBy('1')),
    );
    await ben.page.getByRole('button', { name: DE.pull(SHARED.hybrid) }).click();
    await seen(
      anna.page.getByRole('listitem').filter({ hasText: SHARED.hybrid }).getByText(DE.takenBy('2')),
    );
    await startNext(anna, SHARED.onboarding, [anna, chris]);
    await startNext(ben, SHARED.hybrid, [ben]);
    await capture(anna, 'tables-02-host', 'host-de');
  });

  step('at table 1 an action item and a note are written, one on the phone', async () => {
    await addAction(anna, SHARED.onboarding, 'Leitfaden fürs Onboarding entwerfen');
    await seen(chris.page.getByText(DE.ownerIs('Anna')));

    const notes = chris.page.getByRole('region', { name: DE.notesOn(SHARED.onboarding) });
    await notes.getByRole('textbox', { name: DE.kindNote, exact: true }).fill(NOTE);
    const add = notes.getByRole('button', { name: DE.add, exact: true });
    await withinThumbReach(add);
    await add.click();
    await seen(anna.page.getByText(NOTE));
    await fitsAtEverySize(chris, 'tables-phone', { sizes: [PHONE] });
  });

  step('the lead’s overview shows both tables at their topics', async () => {
    await seen(tableCard('1').getByText(SHARED.onboarding));
    await seen(tableCard('2').getByText(SHARED.hybrid));
    await seen(tableCard('1').getByText(DE.hostIs('Anna')));
    await seen(tableCard('2').getByText(DE.hostIs('Ben')));
    // The host set where table 1 talks after the lead's overview appeared: its field shows it.
    await expect
      .poll(() => tableCard('1').getByLabel(DE.whereOf('1')).inputValue(), { timeout: 20_000 })
      .toBe(BREAKOUT);
    await capture(fiona, 'tables-02-overview', 'lead-de');
  });

  step('table 2’s host leaves it one minute', async () => {
    await button(ben.page, DE.setTime).click();
    const dialog = ben.page.getByRole('dialog', { name: DE.setTimeTitle });
    await dialog.getByLabel(DE.minutesLeft).fill('1');
    await dialog.getByRole('button', { name: DE.setTimeSubmit, exact: true }).click();
    await gone(dialog);
    await expect
      .poll(() => secondsShown(ben, SHARED.hybrid), { timeout: 20_000 })
      .toBeLessThanOrEqual(60);
  });

  step('a server restart while the tables talk loses nothing', async () => {
    const before = await secondsShown(anna, SHARED.onboarding);
    await server.crash();
    await Promise.all([anna, ben].map((person) => seen(person.page.getByText(DE.reconnecting))));
    await server.restart();
    // Anna and Ben stay on their pages and reconnect; Chris and the lead load theirs afresh.
    await Promise.all([
      ...[anna, ben].map((person) => gone(person.page.getByText(DE.reconnecting))),
      ...[chris, fiona].map((person) => person.page.reload()),
    ]);
    await Promise.all([
      seen(timerFor(anna, SHARED.onboarding)),
      seen(timerFor(chris, SHARED.onboarding)),
      seen(timerFor(ben, SHARED.hybrid)),
      seen(fiona.page.getByText(DE.online(16))),
    ]);
    // The timer came back where it was, not afresh, and it runs on.
    const after = await secondsShown(anna, SHARED.onboarding);
    expect(after).toBeLessThanOrEqual(before);
    expect(after).toBeGreaterThan(0);
    await expect
      .poll(() => secondsShown(chris, SHARED.onboarding), { timeout: 20_000 })
      .toBeLessThan(after);
    await seen(anna.page.getByRole('heading', { name: DE.yours('1') }));
    await seen(chris.page.getByText(/^An diesem Tisch: .*Anna.*Chris/));
    await seen(ben.page.getByText(DE.youHost));
    await seen(chris.page.getByText(NOTE));
    await seen(chris.page.getByText(DE.ownerIs('Anna')));
    await seen(tableCard('1').getByText(SHARED.onboarding));
    await seen(tableCard('2').getByText(SHARED.hybrid));
  });

  step('table 1 votes with thumbs for more time; the lead sees the tally', async () => {
    const c = theCrowd();
    const table = await c.table('1');
    await button(anna.page, DE.stopTimer).click();
    await Promise.all([thumbsUp(anna), thumbsUp(chris)]);
    for (const choice of ['Mehr Zeit', 'Egal', 'Nächstes Thema']) {
      await withinThumbReach(
        chris.page.getByRole('button', { name: new RegExp(`^${choice} \\d`) }),
      );
    }
    await Crowd.all(c.at(table), () => ({
      type: 'continue:vote',
      choice: 'up',
      tableId: table.id,
    }));
    const up = 2 + c.at(table).length;
    await seen(tableCard('1').getByText(DE.thumbsAtTable(up)));
    await button(anna.page, DE.resolve).click();
    await seen(chris.page.getByText(DE.extension));
  });

  step('a time call reaches the tables', async () => {
    await fiona.page.getByLabel(DE.timeCallMinutes).fill('5');
    await button(fiona.page, DE.timeCall).click();
    await Promise.all(
      [anna, ben, chris].map((person) => seen(person.page.getByText(DE.timeCallBanner))),
    );
    await capture(chris, 'tables-03-time-call', 'phone-de');
  });

  step('table 2’s minute runs out after the restart: its thumbs vote opens by itself', async () => {
    await ben.page
      .getByRole('heading', { name: ben.words.continueQuestion })
      .waitFor({ state: 'visible', timeout: 120_000 });
    await seen(tableCard('2').getByText(DE.timeUpAtTable));
  });

  step('each table discusses a second topic', async () => {
    await closeTopic(anna, SHARED.onboarding);
    await closeTopic(ben, SHARED.hybrid);
    await anna.page.getByRole('button', { name: DE.pull(SHARED.wol) }).click();
    await ben.page.getByRole('button', { name: DE.pull(SHARED.budget) }).click();
    await startNext(anna, SHARED.wol, [anna, chris]);
    await startNext(ben, SHARED.budget, [ben]);
    await addAction(ben, SHARED.budget, 'Angebote für die Klausur einholen');
    await closeTopic(anna, SHARED.wol);
    await closeTopic(ben, SHARED.budget);
    await ben.page.getByRole('button', { name: DE.pull(SHARED.tools) }).click();
    await seen(
      anna.page.getByRole('listitem').filter({ hasText: SHARED.tools }).getByText(DE.takenBy('2')),
    );
  });

  step('everyone comes back; the hosts post their tables’ takeaways', async () => {
    await rejoinAndHarvest({
      '1': 'Onboarding braucht Patenschaften.',
      '2': 'Hybride Treffen brauchen gute Technik.',
    });
    await capture(fiona, 'tables-04-harvest', 'lead-de');
    await endMeeting();
  });

  step('the minutes have a section per table, in Markdown and in Word', async () => {
    const { markdown, word } = await downloadMinutes();
    const expected = [
      'Tisch 1',
      'Gastgeber·in: Anna',
      `Wo wir sprechen: ${BREAKOUT}`,
      /Teilnehmende \(\d+\): Anna, Chris, /,
      SHARED.onboarding,
      'Punkte: 15 Punkte',
      /Abstimmung nach Zeitfenster 1: \d+ × Daumen hoch, 0 × Daumen seitlich, 0 × Daumen runter → verlängert um 4 Min\./,
      NOTE,
      'Leitfaden fürs Onboarding entwerfen (verantwortlich: Anna)',
      SHARED.wol,
      'Punkte: 4 Punkte',
      'Tisch 2',
      'Gastgeber·in: Ben',
      /Teilnehmende \(\d+\): Ben, /,
      SHARED.hybrid,
      'Punkte: 10 Punkte',
      SHARED.budget,
      'Angebote für die Klausur einholen (verantwortlich: Ben)',
      'Ernte',
      'Zeitansagen an die Tische:',
      'Tisch 1: Onboarding braucht Patenschaften.',
      'Tisch 2: Hybride Treffen brauchen gute Technik.',
      'Nicht besprochene Themen',
      `${SHARED.tools} (Tisch 2 · 0 Punkte)`,
    ];
    expect(missingInOrder(plain(markdown), expected)).toEqual([]);
    expect(missingInOrder(word, expected)).toEqual([]);
  });

  // ── Meeting 2: each table its own topics ──────────────────────────────────────────────────

  step('a second meeting splits before the topics, each table with its own', async () => {
    await sixteenJoin('CoP Organisationsentwicklung, Q4');
    await moveOn(fiona, 'checkin', everyone);
    await splitIntoTwo(DE.own);
    await moveOn(fiona, 'propose', everyone);
  });

  step('each table proposes and dot-votes its own topics', async () => {
    await propose(anna, OWN.mentoring);
    await propose(chris, OWN.feedback);
    await propose(anna, OWN.knowledge);
    await propose(ben, OWN.intranet);
    await propose(ben, OWN.roles);
    await seen(anna.page.getByRole('heading', { name: '3 Themen' }));
    await seen(ben.page.getByRole('heading', { name: '2 Themen' }));
    expect(await chris.page.getByRole('heading', { name: OWN.intranet }).count()).toBe(0);
    expect(await ben.page.getByRole('heading', { name: OWN.mentoring }).count()).toBe(0);

    await moveOn(fiona, 'vote', everyone);
    const c = theCrowd();
    const [one, two] = await Promise.all([c.table('1'), c.table('2')]);
    await Promise.all([
      addDots(anna, OWN.mentoring, 2),
      addDots(chris, OWN.feedback, 1),
      addDots(ben, OWN.intranet, 1),
      Crowd.all(c.at(one), () => ({ type: 'vote:cast', topicId: c.topicId(OWN.feedback) })),
      Crowd.all(c.at(two), () => ({ type: 'vote:cast', topicId: c.topicId(OWN.roles) })),
    ]);
    await fitsAtEverySize(chris, 'tables-own-vote-phone', { sizes: [PHONE] });
    await capture(chris, 'tables-05-own-vote', 'phone-de');
    await button(fiona.page, DE.closeVoting).click();
    await moveOn(fiona, 'discuss', everyone);
  });

  step('each table discusses two of its topics; table 2 votes to move on', async () => {
    const c = theCrowd();
    await startNext(anna, OWN.feedback, [anna, chris]);
    await startNext(ben, OWN.roles, [ben]);
    await fitsAtEverySize(chris, 'tables-own-phone', { sizes: [PHONE] });

    const two = await c.table('2');
    await button(ben.page, DE.stopTimer).click();
    await Crowd.all(c.at(two), () => ({
      type: 'continue:vote',
      choice: 'down',
      tableId: two.id,
    }));
    await seen(tableCard('2').getByText(/^Daumen: 0 hoch, 0 seitlich, \d+ runter$/));
    await button(ben.page, DE.resolve).click();
    await gone(timerFor(ben, OWN.roles));
    await startNext(ben, OWN.intranet, [ben]);
    await addAction(ben, OWN.intranet, 'Schulung zum Intranet planen');
    await closeTopic(ben, OWN.intranet);

    await addAction(anna, OWN.feedback, 'Feedbackregeln aufschreiben');
    await closeTopic(anna, OWN.feedback);
    await startNext(anna, OWN.mentoring, [anna, chris]);
    await closeTopic(anna, OWN.mentoring);
  });

  step('the harvest, the end, and minutes per table with the topics left over', async () => {
    await rejoinAndHarvest({
      '1': 'Feedback braucht klare Regeln.',
      '2': 'Das Intranet braucht Schulungen.',
    });
    await endMeeting();
    const { markdown, word } = await downloadMinutes();
    const expected = [
      'Tisch 1',
      'Gastgeber·in: Anna',
      `Wo wir sprechen: ${BREAKOUT}`,
      OWN.feedback,
      /Punkte: \d+ Punkte/,
      'Feedbackregeln aufschreiben (verantwortlich: Anna)',
      OWN.mentoring,
      'Punkte: 2 Punkte',
      'Tisch 2',
      'Gastgeber·in: Ben',
      OWN.roles,
      /Abstimmung nach Zeitfenster 1: 0 × Daumen hoch, 0 × Daumen seitlich, \d+ × Daumen runter → abgeschlossen/,
      OWN.intranet,
      'Schulung zum Intranet planen (verantwortlich: Ben)',
      'Ernte',
      'Tisch 1: Feedback braucht klare Regeln.',
      'Tisch 2: Das Intranet braucht Schulungen.',
      'Nicht besprochene Themen',
      `${OWN.knowledge} (Tisch 1 · 0 Punkte)`,
    ];
    expect(missingInOrder(plain(markdown), expected)).toEqual([]);
    expect(missingInOrder(word, expected)).toEqual([]);
  });

  it('no page asked any host but its own, and none broke the content security policy', () => {
    expect(traffic.foreign(server.origin)).toEqual([]);
    expect(traffic.consoleErrors.filter((line) => /Content.Security.Policy/i.test(line))).toEqual(
      [],
    );
  });
});
