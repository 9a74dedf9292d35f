/**
 * The "done when", at the server: a realistic Lean Coffee over real sockets (on a fake
 * clock, so the minutes are the same on every run) is ended by its facilitator, who reads the
 * minutes and hands a read-only link to someone who was not there; that reader fetches them.
 * The Markdown they get is kept as the sample: tests/fixtures/minutes/e2e-sample(.en).md
 * (`UPDATE_GOLDEN=1` rewrites it after a reviewed change).
 */
import type { CreatedMinutesLink, Minutes } from '@percolate/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../helpers/fakeClock.js';
import { TestClient } from '../helpers/testClient.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import { expectGolden } from '../shared/minutes/golden.js';

const MINUTE = 60_000;
/** Monday, 23 November 2026, 14:00 in Berlin. */
const START = Date.UTC(2026, 10, 23, 13, 0);

describe('the minutes of a whole meeting, handed to an absentee', () => {
  let server: TestServer;
  const clock = new FakeClock(START);

  beforeAll(async () => {
    server = await startTestServer({
      clock,
      config: { rateLimits: { commandsPerSecond: 1000, commandBurst: 1000 } },
    });
  });
  afterAll(() => server.close());

  /** Lets time pass in the meeting. */
  const minutesPass = (n: number) => clock.advance(n * MINUTE);

  it('ends a meeting, then lets a reader with a link read its minutes', async () => {
    const meeting = await server.createMeeting('CoP Personalentwicklung Q4/2026', {
      locale: 'de',
      timeZone: 'Europe/Berlin',
      timeboxMinutes: 8,
      extensionMinutes: [4, 2],
    });
    const connect = (facilitatorKey?: string) =>
      TestClient.connect(server.url, {
        meetingId: meeting.id,
        ...(facilitatorKey ? { facilitatorKey } : {}),
      });
    const anna = await connect(meeting.facilitatorKey);
    const people: TestClient[] = [];
    try {
      await anna.join('Anna Schmidt (Stadt Freiburg)');
      // One after another, so the minutes list them in a fixed order.
      for (const name of [
        'Bernd Keller (Stadt Darmstadt)',
        'Canan Yilmaz (Stadtwerke Kassel)',
        'Dirk Maier (Stadt Ulm)',
        'Eva Roth (Landratsamt Tübingen)',
      ]) {
        const client = await connect();
        await client.join(name);
        people.push(client);
      }
      const [bernd, canan, dirk, eva] = people as [TestClient, TestClient, TestClient, TestClient];

      minutesPass(2);
      await anna.ok({ type: 'phase:set', phase: 'checkin' });
      await anna.ok({
        type: 'round:post',
        round: 'checkin',
        text: 'Mitarbeitendenbefragung auswerten',
        mood: 'partly',
      });
      minutesPass(1);
      await bernd.ok({
        type: 'round:post',
        round: 'checkin',
        text: 'Neues Onboarding startet im Januar',
        mood: 'sunny',
      });
      minutesPass(1);
      await canan.ok({
        type: 'round:post',
        round: 'checkin',
        text: 'Umzug, bitte nicht ins Protokoll',
        private: true,
      });
      await dirk.ok({
        type: 'round:post',
        round: 'checkin',
        text: 'Haushaltsberatungen',
        mood: 'rainy',
      });

      minutesPass(3);
      await anna.ok({ type: 'phase:set', phase: 'propose' });
      const propose = async (client: TestClient, title: string, description?: string) => {
        await client.ok({ type: 'topic:propose', title, ...(description ? { description } : {}) });
        minutesPass(1);
      };
      await propose(
        bernd,
        'Onboarding im Homeoffice',
        'Wie holen wir Neue ab, die nie ins Büro kommen?',
      );
      await propose(canan, 'Working Out Loud: Zwischenstand');
      await propose(dirk, 'KI in der Personalauswahl');
      await propose(eva, 'Jobrotation zwischen Ämtern');
      await propose(eva, 'Onboarding remote');
      await anna.waitFor((c) => c.view?.topics.length === 5);
      const topic = (title: string) => anna.view?.topics.find((t) => t.title === title)?.id ?? '';
      const onboarding = topic('Onboarding im Homeoffice');
      const wol = topic('Working Out Loud: Zwischenstand');
      const ai = topic('KI in der Personalauswahl');
      const rotation = topic('Jobrotation zwischen Ämtern');
      await anna.ok({
        type: 'topic:merge',
        sourceId: topic('Onboarding remote'),
        targetId: onboarding,
      });

      await anna.ok({ type: 'phase:set', phase: 'vote' });
      const ballots: [TestClient, string[]][] = [
        [anna, [onboarding, ai, wol]],
        [bernd, [onboarding, onboarding, rotation]],
        [canan, [wol, wol, onboarding]],
        [dirk, [ai, ai, onboarding]],
        [eva, [rotation, onboarding, ai]],
      ];
      for (const [client, topics] of ballots) {
        for (const topicId of topics) await client.ok({ type: 'vote:cast', topicId });
      }
      minutesPass(4);
      await anna.ok({ type: 'vote:close' });
      await anna.ok({ type: 'phase:set', phase: 'discuss' });

      // First topic: the timebox runs out, the room wants more, an extension, then it closes.
      await anna.ok({ type: 'discussion:start', topicId: onboarding });
      minutesPass(8);
      await anna.waitFor((c) => c.view?.discussion?.continueVote != null);
      for (const client of [bernd, canan, dirk])
        await client.ok({ type: 'continue:vote', choice: 'up' });
      await eva.ok({ type: 'continue:vote', choice: 'sideways' });
      await anna.ok({ type: 'continue:resolve' });
      await anna.ok({
        type: 'item:add',
        topicId: onboarding,
        kind: 'note',
        text: 'Patenschaften funktionieren auch digital, wenn es feste Termine gibt.',
      });
      await anna.ok({
        type: 'item:add',
        topicId: onboarding,
        kind: 'decision',
        text: 'Wir schreiben eine gemeinsame Checkliste für den ersten Monat.',
      });
      await anna.ok({
        type: 'item:add',
        topicId: onboarding,
        kind: 'action',
        text: 'Entwurf der Checkliste',
        owner: 'Bernd Keller',
        due: '2027-01-15',
      });
      minutesPass(4);
      await anna.waitFor((c) => c.view?.discussion?.continueVote != null);
      for (const client of [bernd, canan, dirk, eva])
        await client.ok({ type: 'continue:vote', choice: 'down' });
      await anna.ok({ type: 'continue:resolve' });

      // Second topic: closed early by the facilitator, with a note that becomes a decision.
      await anna.ok({ type: 'discussion:start', topicId: ai });
      minutesPass(6);
      await anna.ok({
        type: 'item:add',
        topicId: ai,
        kind: 'note',
        text: 'Keine automatisierte Vorauswahl ohne Beteiligung des Personalrats.',
      });
      await anna.waitFor((c) => c.view?.items.some((item) => item.topicId === ai) === true);
      const note = anna.view?.items.find((item) => item.topicId === ai);
      await anna.ok({ type: 'item:edit', itemId: note?.id ?? '', kind: 'decision' });
      await anna.ok({
        type: 'item:add',
        topicId: ai,
        kind: 'action',
        text: 'Rechtliche Einschätzung einholen',
        owner: 'Dirk Maier',
      });
      await anna.ok({ type: 'discussion:close' });

      minutesPass(2);
      await anna.ok({ type: 'phase:set', phase: 'wrapup' });
      await anna.ok({ type: 'round:post', round: 'closing', text: 'Gute Runde, danke!' });
      await eva.ok({ type: 'round:post', round: 'closing', text: 'Nehme die Checkliste mit.' });
      await anna.ok({
        type: 'summary:set',
        text: 'Onboarding und KI besprochen; Working Out Loud und Jobrotation gehen ins nächste Treffen.',
      });
      minutesPass(3);
      await anna.ok({ type: 'meeting:end' });

      // The facilitator reads the minutes over REST and shares a link with an absentee.
      const asFacilitator = { authorization: `Bearer ${meeting.facilitatorKey}` };
      const own = await fetch(`${server.url}/api/meetings/${meeting.id}/minutes`, {
        headers: asFacilitator,
      });
      const m = (await own.json()) as Minutes;
      expect(
        m.discussed.map((t) => [t.title, t.dots, t.plannedMs / MINUTE, t.spentMs / MINUTE]),
      ).toEqual([
        ['Onboarding im Homeoffice', 6, 12, 12],
        ['KI in der Personalauswahl', 4, 8, 6],
      ]);
      const created = await fetch(`${server.url}/api/meetings/${meeting.id}/minutes-links`, {
        method: 'POST',
        headers: asFacilitator,
      });
      const { url } = (await created.json()) as CreatedMinutesLink;
      const secret = new URL(url).hash.replace(/^#view=/, '');

      const read = (lang: string) =>
        fetch(`${server.url}/api/meetings/${meeting.id}/minutes.md${lang}`, {
          headers: { authorization: `Bearer ${secret}` },
        }).then(async (response) => {
          expect(response.status).toBe(200);
          return response.text();
        });
      const markdown = await read('');
      expect(markdown).not.toContain('Umzug');
      expectGolden('e2e-sample.md', markdown);
      expectGolden('e2e-sample.en.md', await read('?lang=en'));
    } finally {
      anna.close();
      for (const client of people) client.close();
    }
  });
});
