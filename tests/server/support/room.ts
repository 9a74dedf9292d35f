/** A meeting with a facilitator and participants connected over real sockets, for server tests. */
import { type PublicView, projectPublic, replay, type SettingsPatch } from '@percolate/shared';
import { expect } from 'vitest';
import type { EventStore } from '../../../server/src/store/types.js';
import { TestClient } from '../../helpers/testClient.js';
import { type CreatedMeeting, createMeeting } from '../../helpers/testServer.js';

export interface Room {
  meeting: CreatedMeeting;
  facilitator: TestClient;
  participants: TestClient[];
  everyone: TestClient[];
  close(): void;
}

export interface RoomOptions {
  participants?: number;
  settings?: SettingsPatch;
  /** Record every message each client receives. */
  record?: boolean;
}

export const openRoom = async (
  url: string,
  { participants = 5, settings, record = false }: RoomOptions = {},
): Promise<Room> => {
  const meeting = await createMeeting(url, 'CoP Lean Coffee', settings);
  const facilitator = await TestClient.connect(url, {
    meetingId: meeting.id,
    facilitatorKey: meeting.facilitatorKey,
    record,
  });
  await facilitator.join('Fran');
  const others = await Promise.all(
    Array.from({ length: participants }, async (_, i) => {
      const client = await TestClient.connect(url, { meetingId: meeting.id, record });
      await client.join(`Person ${i + 1}`);
      return client;
    }),
  );
  const everyone = [facilitator, ...others];
  return {
    meeting,
    facilitator,
    participants: others,
    everyone,
    close: () => {
      for (const client of everyone) client.close();
    },
  };
};

/** Waits until every client reached `seq`, then checks that they all see the same view. */
export const expectConverged = async (clients: TestClient[], seq: number): Promise<PublicView> => {
  await Promise.all(clients.map((client) => client.waitForSeq(seq)));
  const [first, ...rest] = clients;
  if (!first?.view) throw new Error('no view');
  for (const client of rest) expect(client.view).toEqual(first.view);
  return first.view;
};

/** The public view rebuilt from what the store holds. */
export const storedView = async (store: EventStore, meetingId: string): Promise<PublicView> =>
  projectPublic(replay(meetingId, await store.loadEvents(meetingId)));

/** The highest seq among acks. */
export const lastSeq = (seqs: number[]): number => Math.max(...seqs);
