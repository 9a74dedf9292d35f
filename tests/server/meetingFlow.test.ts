/**
 * A whole Lean Coffee meeting over real sockets: a facilitator and five participants join, check
 * in, propose, vote, discuss two topics (one extended by a continue-vote), take notes, wrap up and
 * end. Every client's view, built only from the snapshot and patches, ends equal to the others'
 * and to the view rebuilt from the store.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import { expectConverged, openRoom, storedView } from './support/room.js';

describe('a meeting run over sockets', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({
      config: { rateLimits: { commandsPerSecond: 1000, commandBurst: 1000 } },
    });
  });
  afterAll(() => server.close());

  it('keeps six people in step from the lobby to the end', async () => {
    const room = await openRoom(server.url, { participants: 5 });
    const { facilitator: fran, participants, everyone } = room;
    const [p1, p2, p3, p4, p5] = participants as [
      (typeof participants)[0],
      (typeof participants)[0],
      (typeof participants)[0],
      (typeof participants)[0],
      (typeof participants)[0],
    ];
    try {
      await fran.ok({ type: 'phase:set', phase: 'checkin' });
      await Promise.all(
        everyone.map((client, i) =>
          client.ok({
            type: 'round:post',
            round: 'checkin',
            text: `Busy with project ${i}`,
            mood: 'sunny',
          }),
        ),
      );

      await fran.ok({ type: 'phase:set', phase: 'propose' });
      const titles = ['Remote onboarding', 'WOL circles', 'AI in HR', 'Job rotation', 'Feedback'];
      await Promise.all(
        participants.map((client, i) =>
          client.ok({ type: 'topic:propose', title: titles[i] ?? '' }),
        ),
      );
      await fran.waitFor((c) => (c.view?.topics.length ?? 0) === 5);
      const topicId = (title: string) => {
        const topic = fran.view?.topics.find((t) => t.title === title);
        if (!topic) throw new Error(`no topic ${title}`);
        return topic.id;
      };
      const onboarding = topicId('Remote onboarding');
      const wol = topicId('WOL circles');
      const ai = topicId('AI in HR');

      await fran.ok({ type: 'phase:set', phase: 'vote' });
      const ballots: [typeof p1, string[]][] = [
        [p1, [onboarding, onboarding, wol]],
        [p2, [onboarding, ai, wol]],
        [p3, [wol, onboarding, ai]],
        [p4, [ai, wol, onboarding]],
        [p5, [onboarding, wol, wol]],
      ];
      await Promise.all(
        ballots.map(async ([client, topics]) => {
          for (const id of topics) await client.ok({ type: 'vote:cast', topicId: id });
        }),
      );
      const refused = await p1.send({ type: 'vote:cast', topicId: ai });
      expect(refused).toMatchObject({ ok: false, error: { code: 'VOTE_BUDGET_EXHAUSTED' } });
      await p1.waitFor((c) => c.me?.dotsLeft === 0);

      await fran.ok({ type: 'vote:close' });
      await fran.ok({ type: 'phase:set', phase: 'discuss' });
      await fran.waitFor((c) => c.view?.phase === 'discuss');
      expect(fran.view?.queue.slice(0, 3)).toEqual([onboarding, wol, ai]);
      expect(fran.view?.topics.find((t) => t.id === onboarding)?.dots).toBe(6);

      // First topic: time is called, the room votes to go on, it gets an extension, then closes.
      await fran.ok({ type: 'discussion:start', topicId: onboarding });
      await fran.ok({ type: 'timer:stop' });
      await Promise.all(
        [p1, p2, p3, p4].map((client) => client.ok({ type: 'continue:vote', choice: 'up' })),
      );
      await p5.ok({ type: 'continue:vote', choice: 'down' });
      await fran.ok({ type: 'continue:resolve' });
      await p1.waitFor((c) => c.view?.discussion?.round === 1);
      expect(p1.view?.discussion?.timer.durationMs).toBe(4 * 60_000);
      await fran.ok({
        type: 'item:add',
        topicId: onboarding,
        kind: 'note',
        text: 'Buddy system works',
      });
      await fran.ok({
        type: 'item:add',
        topicId: onboarding,
        kind: 'decision',
        text: 'Write a checklist',
      });
      await fran.ok({
        type: 'item:add',
        topicId: onboarding,
        kind: 'action',
        text: 'Draft the checklist',
        owner: 'Person 2',
        due: '2026-03-01',
      });
      await fran.ok({ type: 'timer:stop' });
      await Promise.all(
        participants.map((client) => client.ok({ type: 'continue:vote', choice: 'down' })),
      );
      await fran.ok({ type: 'continue:resolve' });

      // Second topic, closed by the facilitator.
      await fran.ok({ type: 'discussion:start', topicId: wol });
      await fran.ok({
        type: 'item:add',
        topicId: wol,
        kind: 'note',
        text: 'Circles of four work best',
      });
      await fran.ok({ type: 'discussion:close' });

      await fran.ok({ type: 'phase:set', phase: 'wrapup' });
      await Promise.all(
        everyone.map((client) =>
          client.ok({ type: 'round:post', round: 'closing', text: 'Thanks!' }),
        ),
      );
      await fran.ok({ type: 'summary:set', text: 'Two topics, one checklist.' });
      const endSeq = await fran.ok({ type: 'meeting:end' });

      const view = await expectConverged(everyone, endSeq);
      expect(view).toEqual(await storedView(server.store, room.meeting.id));
      expect(view.phase).toBe('ended');
      expect(view.rounds.checkin).toHaveLength(6);
      expect(view.rounds.closing).toHaveLength(6);
      expect(view.items.map((item) => item.kind)).toEqual(['note', 'decision', 'action', 'note']);
      const statuses = Object.fromEntries(view.topics.map((t) => [t.title, t.status]));
      expect(statuses).toMatchObject({
        'Remote onboarding': 'discussed',
        'WOL circles': 'discussed',
        'AI in HR': 'open',
      });
      // Each client was given the view once and then only patches.
      for (const client of everyone) expect(client.catchUps).toEqual(['connect-snapshot']);
      // Presence is paced: the last joins' list comes within a window.
      await vi.waitFor(() => expect(fran.online).toHaveLength(6));
    } finally {
      room.close();
    }
  });
});
