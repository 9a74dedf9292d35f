/**
 * Nothing acknowledged is lost in a crash. The real server runs as its own process; six clients
 * fire a burst of topics and dots; the process is SIGKILLed mid-burst; it starts again on the same
 * DATA_DIR (and port), the clients reconnect and resync by themselves, every acknowledged
 * command's effect is there, and the meeting goes on.
 */

import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { CommandAck } from '@percolate/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore, SQLITE_FILE_NAME } from '../../server/src/store/index.js';
import type { CommandInput } from '../helpers/builders.js';
import { storedAnswer } from '../helpers/storedAnswer.js';
import { TestClient } from '../helpers/testClient.js';
import { type ServerProcess, spawnServer, tempDataDir } from '../helpers/testServer.js';
import { expectConverged, openRoom, type Room } from './support/room.js';

/** Kill once this many commands were acknowledged: well inside the burst. */
const KILL_AFTER_ACKS = 90;
const COMMANDS_PER_CLIENT = 60;

interface Sent {
  commandId: string;
  input: CommandInput;
  ack: CommandAck;
}

describe('a crash in the middle of a burst', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it('keeps every acknowledged command and carries on after a restart', {
    timeout: 120_000,
  }, async () => {
    const dataDir = await tempDataDir();
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    let server: ServerProcess = await spawnServer(dataDir);
    cleanup.push(() => server.crash());

    const room: Room = await openRoom(server.url, {
      participants: 5,
      settings: { dotsPerPerson: 20, maxDotsPerTopic: 20 },
    });
    cleanup.push(() => room.close());
    const { facilitator, everyone } = room;
    await facilitator.ok({ type: 'phase:set', phase: 'propose' });
    for (let i = 0; i < 5; i += 1)
      await facilitator.ok({ type: 'topic:propose', title: `Seed ${i}` });
    await facilitator.ok({ type: 'phase:set', phase: 'vote' });
    const seeds = await expectConverged(everyone, facilitator.seq);
    const seedIds = seeds.topics.map((t) => t.id);

    // The burst: each client alternates dots and new topics, one command at a time.
    const acknowledged: Sent[] = [];
    const unanswered: { client: TestClient; input: CommandInput }[] = [];
    let stopped = false;
    const burst = (client: TestClient, n: number) => async () => {
      for (let i = 0; i < COMMANDS_PER_CLIENT && !stopped; i += 1) {
        const input: CommandInput =
          i % 2 === 0
            ? { type: 'vote:cast', topicId: seedIds[i % seedIds.length] ?? '' }
            : { type: 'topic:propose', title: `Burst ${n}.${i}` };
        const commandId = `burst-${n}-${i}`;
        try {
          const ack = await client.send(input, commandId);
          if (ack.ok)
            acknowledged.push({ commandId: client.storedCommandId(commandId), input, ack });
        } catch {
          unanswered.push({ client, input });
          return;
        }
      }
    };
    const bursts = Promise.all(everyone.map((client, n) => burst(client, n)()));
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (acknowledged.length >= KILL_AFTER_ACKS) {
          clearInterval(poll);
          resolve();
        }
      }, 1);
    });
    stopped = true;
    await server.crash();
    await bursts;
    const ackedAtCrash = [...acknowledged];

    server = await spawnServer(dataDir, { PORT: String(server.port) });
    // The clients reconnect on their own and catch up to what the restarted server has.
    await Promise.all(
      everyone.map((client) => client.waitFor((c) => c.socket.connected && c.catchUps.length > 1)),
    );
    const observer = await TestClient.connect(server.url, { meetingId: room.meeting.id });
    cleanup.push(() => observer.close());
    const view = await expectConverged([...everyone, observer], observer.seq);

    const titles = new Set(view.topics.map((t) => t.title));
    const ackedTopics = ackedAtCrash.filter((s) => s.input.type === 'topic:propose');
    const foundTopics = ackedTopics.filter(
      (s) => s.input.type === 'topic:propose' && titles.has(s.input.title),
    );
    const ackedDots = ackedAtCrash.filter((s) => s.input.type === 'vote:cast').length;
    const foundDots = seeds.topics.reduce(
      (sum, seed) => sum + (view.topics.find((t) => t.id === seed.id)?.dots ?? 0),
      0,
    );
    console.info(
      `crash test: ${ackedAtCrash.length} commands acknowledged before SIGKILL ` +
        `(${ackedTopics.length} topics, ${ackedDots} dots), ${unanswered.length} in flight; ` +
        `found after restart: ${foundTopics.length} of the acknowledged topics, ${foundDots} dots ` +
        `(≥ ${ackedDots} expected; in-flight commands may or may not have been committed)`,
    );
    expect(ackedAtCrash.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(foundTopics).toHaveLength(ackedTopics.length);
    expect(foundDots).toBeGreaterThanOrEqual(ackedDots);
    expect(foundDots).toBeLessThanOrEqual(ackedDots + unanswered.length);

    // The meeting goes on: a further command succeeds and reaches everyone.
    const next = await facilitator.ok({ type: 'vote:close' });
    const after = await expectConverged([...everyone, observer], next);
    expect(after.votingClosed).toBe(true);

    // And the store holds each acknowledged command with the very answer the client got.
    room.close();
    await server.stop();
    const store = openSqliteStore({ file: join(dataDir, SQLITE_FILE_NAME) });
    try {
      for (const sent of ackedAtCrash) {
        expect(await store.findCommandAck(room.meeting.id, sent.commandId)).toEqual(
          storedAnswer(sent.ack),
        );
      }
    } finally {
      await store.close();
    }
  });
});
