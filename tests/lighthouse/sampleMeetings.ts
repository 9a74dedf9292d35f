/**
 * What Lighthouse looks at: two German Lean Coffees over real sockets. One runs (a topic being
 * discussed, its timer counting, notes on it) with a participant whose token a browser profile
 * takes over; the other has ended, with a read-only link to its minutes.
 */
import type { CreatedMinutesLink } from '@percolate/shared';
import { TestClient } from '../helpers/testClient.js';
import { type CreatedMeeting, createMeeting } from '../helpers/testServer.js';

export interface SampleMeetings {
  /** The running meeting and the token of the participant the browser will be. */
  live: { meetingId: string; participantToken: string };
  /** Path and fragment of the ended meeting's read-only minutes. */
  minutesPath: string;
  /** Disconnects the other participants. */
  close(): void;
}

const NOTES_ON_THE_FIRST_TOPIC = [
  { kind: 'note', text: 'Feste Termine für Patenschaften, auch im Homeoffice.' },
  { kind: 'decision', text: 'Eine gemeinsame Checkliste für den ersten Monat.' },
  { kind: 'action', text: 'Checkliste entwerfen', owner: 'Bernd Keller', due: '2027-01-15' },
] as const;

const PEOPLE = ['Bernd Keller (Stadt Darmstadt)', 'Canan Yilmaz (Stadtwerke Kassel)', 'Dirk Maier'];

const playMeeting = async (origin: string, meeting: CreatedMeeting, clients: TestClient[]) => {
  const connect = (facilitatorKey?: string) =>
    TestClient.connect(origin, {
      meetingId: meeting.id,
      ...(facilitatorKey ? { facilitatorKey } : {}),
    });
  const anna = await connect(meeting.facilitatorKey);
  clients.push(anna);
  await anna.join('Anna Schmidt (Stadt Freiburg)');
  const people: TestClient[] = [];
  for (const name of PEOPLE) {
    const client = await connect();
    clients.push(client);
    await client.join(name);
    people.push(client);
  }
  const [bernd, canan, dirk] = people as [TestClient, TestClient, TestClient];

  await anna.ok({ type: 'phase:set', phase: 'checkin' });
  await anna.ok({
    type: 'round:post',
    round: 'checkin',
    text: 'Befragung auswerten',
    mood: 'sunny',
  });
  await bernd.ok({ type: 'round:post', round: 'checkin', text: 'Onboarding ab Januar' });
  await anna.ok({ type: 'phase:set', phase: 'propose' });
  const titles = [
    'Onboarding im Homeoffice',
    'KI in der Personalauswahl',
    'Working Out Loud: Zwischenstand',
    'Jobrotation zwischen Ämtern',
  ];
  for (const [i, title] of titles.entries()) {
    await (people[i % people.length] as TestClient).ok({ type: 'topic:propose', title });
  }
  await anna.waitFor((c) => c.view?.topics.length === titles.length);
  const topicIds = titles.map(
    (title) => anna.view?.topics.find((t) => t.title === title)?.id ?? '',
  );
  const [onboarding, ai, wol] = topicIds as [string, string, string];
  await anna.ok({ type: 'phase:set', phase: 'vote' });
  for (const [client, picks] of [
    [bernd, [onboarding, onboarding, ai]],
    [canan, [wol, onboarding, ai]],
    [dirk, [ai, ai, onboarding]],
  ] as const) {
    for (const topicId of picks) await client.ok({ type: 'vote:cast', topicId });
  }
  await anna.ok({ type: 'vote:close' });
  await anna.ok({ type: 'phase:set', phase: 'discuss' });
  await anna.ok({ type: 'discussion:start', topicId: onboarding });
  for (const item of NOTES_ON_THE_FIRST_TOPIC) {
    await anna.ok({ type: 'item:add', topicId: onboarding, ...item });
  }
  return { anna, bernd };
};

export const createSampleMeetings = async (origin: string): Promise<SampleMeetings> => {
  const clients: TestClient[] = [];
  const close = () => {
    for (const client of clients) client.socket.disconnect();
  };
  try {
    const settings = { locale: 'de', timeZone: 'Europe/Berlin' } as const;
    const live = await createMeeting(origin, 'CoP Personalentwicklung Q1/2027', settings);
    const { bernd } = await playMeeting(origin, live, clients);
    // The browser becomes Bernd: his socket leaves so the page's own connection is the only one.
    bernd.socket.disconnect();

    const ended = await createMeeting(origin, 'CoP Personalentwicklung Q4/2026', settings);
    const { anna } = await playMeeting(origin, ended, clients);
    await anna.ok({ type: 'discussion:close' });
    await anna.ok({ type: 'phase:set', phase: 'wrapup' });
    await anna.ok({ type: 'meeting:end' });
    const response = await fetch(`${origin}/api/meetings/${ended.id}/minutes-links`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ended.facilitatorKey}` },
    });
    if (response.status !== 201) throw new Error(`minutes link: ${response.status}`);
    const link = new URL(((await response.json()) as CreatedMinutesLink).url);
    return {
      live: { meetingId: live.id, participantToken: bernd.token },
      minutesPath: `${link.pathname}${link.hash}`,
      close,
    };
  } catch (error) {
    close();
    throw error;
  }
};
