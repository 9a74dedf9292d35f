/**
 * A test per promise, over every output of a real server: the live views of the room (the
 * facilitator's included), the minutes in every format for the facilitator and for a read-only
 * link, and the JSON archive. Anonymous topics name no author, hidden votes tell no totals (nor
 * dots to count them by), private check-in lines stay out of the record, and no output carries a
 * token or its hash. The community archive keeps them too: communityArchive.test.ts.
 */
import type { CreatedMinutesLink, MeetingEvent, Minutes } from '@percolate/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../server/src/secrets.js';
import type { TestClient } from '../helpers/testClient.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import { docxFiles } from './minutes/readDocx.js';
import { openRoom, type Room } from './support/room.js';

const PRIVATE_LINE = 'Umzug nach Kassel, bitte vertraulich';
const FORMATS = ['md', 'html', 'csv', 'docx'] as const;

describe('every output keeps the meeting’s promises', () => {
  let server: TestServer;
  let room: Room;
  let ana: TestClient;
  let ben: TestClient;
  let anasTopic = '';
  let readerSecret = '';

  const get = async (suffix: string, secret: string) => {
    const response = await fetch(`${server.url}/api/meetings/${room.meeting.id}/minutes${suffix}`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(response.status, suffix).toBe(200);
    const body = Buffer.from(await response.arrayBuffer());
    return suffix === '.docx'
      ? (docxFiles(body)['word/document.xml'] ?? '')
      : body.toString('utf8');
  };

  /** Every record output, by name, as text. */
  const recordOutputs = async (): Promise<Record<string, string>> => {
    const key = room.meeting.facilitatorKey;
    const outputs: Record<string, string> = {
      'facilitator model': await get('', key),
      'facilitator json': await get('.json', key),
      'reader model': await get('', readerSecret),
    };
    for (const format of FORMATS) {
      outputs[`facilitator ${format}`] = await get(`.${format}`, key);
      outputs[`reader ${format}`] = await get(`.${format}`, readerSecret);
    }
    return outputs;
  };
  const archived = async (): Promise<MeetingEvent[]> =>
    (JSON.parse(await get('.json', room.meeting.facilitatorKey)) as { events: MeetingEvent[] })
      .events;

  beforeAll(async () => {
    server = await startTestServer({
      config: { rateLimits: { commandsPerSecond: 1000, commandBurst: 1000 } },
    });
    room = await openRoom(server.url, {
      participants: 2,
      settings: { anonymousTopics: true, hiddenVotes: true, locale: 'de' },
    });
    [ana, ben] = room.participants as [TestClient, TestClient];
    await room.facilitator.ok({ type: 'phase:set', phase: 'checkin' });
    await ana.ok({ type: 'round:post', round: 'checkin', text: PRIVATE_LINE, private: true });
    await ben.ok({ type: 'round:post', round: 'checkin', text: 'Haushaltsplanung' });
    await room.facilitator.ok({ type: 'phase:set', phase: 'propose' });
    await ana.ok({ type: 'topic:propose', title: 'Mentoring im Amt' });
    await ben.ok({ type: 'topic:propose', title: 'Jobrotation' });
    await room.facilitator.ok({ type: 'phase:set', phase: 'vote' });
    await ana.waitFor((c) => c.view?.topics.length === 2 && c.view.phase === 'vote');
    anasTopic = ana.view?.topics.find((t) => t.title === 'Mentoring im Amt')?.id ?? '';
    await ana.ok({ type: 'vote:cast', topicId: anasTopic });
    const last = await ana.ok({ type: 'vote:cast', topicId: anasTopic });
    await Promise.all(room.everyone.map((client) => client.waitForSeq(last)));

    const created = await fetch(`${server.url}/api/meetings/${room.meeting.id}/minutes-links`, {
      method: 'POST',
      headers: { authorization: `Bearer ${room.meeting.facilitatorKey}` },
    });
    readerSecret = new URL(((await created.json()) as CreatedMinutesLink).url).hash.slice(6);
  });
  afterAll(async () => {
    room.close();
    await server.close();
  });

  it('names no author of an anonymous topic: not to the room, the facilitator or the record', async () => {
    for (const client of room.everyone) {
      expect(client.view?.topics.map((topic) => topic.authorId)).toEqual([null, null]);
    }
    expect(ana.me?.myTopicIds).toContain(anasTopic);
    expect(ben.me?.myTopicIds).not.toContain(anasTopic);
    const proposed = (await archived()).filter((event) => event.type === 'topic:proposed');
    expect(proposed).toHaveLength(2);
    for (const event of proposed) expect(event).toMatchObject({ authorId: '' });
    // The archive knows Ana as a participant (she joined and checked in), never as an author;
    // the minutes name nobody by id at all.
    for (const [name, text] of Object.entries(await recordOutputs())) {
      if (name !== 'facilitator json') expect(text, name).not.toContain(ana.participantId);
    }
  });

  it('tells no dot total of hidden votes, and gives no dots to count, until they are revealed', async () => {
    for (const client of room.everyone) {
      expect(client.view?.topics.map((topic) => topic.dots)).toEqual([null, null]);
    }
    const model = JSON.parse(await get('', readerSecret)) as Minutes;
    expect(model.undiscussed.map((topic) => topic.dots)).toEqual([null, null]);
    const events = await archived();
    expect(events.filter((e) => e.type === 'vote:cast' || e.type === 'vote:retracted')).toEqual([]);
  });

  it('keeps a private check-in line out of every record, though the room heard it', async () => {
    expect(ben.view?.rounds.checkin.map((line) => line.text)).toContain(PRIVATE_LINE);
    const outputs = await recordOutputs();
    for (const [name, text] of Object.entries(outputs)) {
      expect(text, name).not.toContain('Kassel');
    }
    expect(outputs['facilitator md']).toContain('Haushaltsplanung');
  });

  it('carries no token or token hash in any output', async () => {
    const secrets = room.everyone.flatMap((client) => [client.token, sha256Hex(client.token)]);
    for (const [name, text] of Object.entries(await recordOutputs())) {
      for (const secret of secrets) expect(text, name).not.toContain(secret);
    }
  });

  it('after the reveal, the record counts the dots without saying whose they were', async () => {
    const revealed = await room.facilitator.ok({ type: 'vote:reveal' });
    await ben.waitForSeq(revealed);
    expect(ben.view?.topics.find((topic) => topic.id === anasTopic)?.dots).toBe(2);
    const dots = (await archived()).filter((event) => event.type === 'vote:cast');
    expect(dots).toHaveLength(2);
    const people = new Set(room.everyone.map((client) => client.participantId));
    for (const dot of dots) {
      expect(dot.type === 'vote:cast' && people.has(dot.participantId)).toBe(false);
    }
    const model = JSON.parse(await get('', readerSecret)) as Minutes;
    expect(model.undiscussed.find((topic) => topic.title === 'Mentoring im Amt')?.dots).toBe(2);
  });
});
