/**
 * What every fault test needs around its two-node cluster: a meeting whose people are spread over
 * both nodes, a way to see that both nodes are still up, and the time until every client shows
 * exactly what the store holds, with no command sent to help.
 */
import { type PublicView, projectPublic, replay } from '@percolate/shared';
import { expect } from 'vitest';
import { TestClient } from '../../../helpers/testClient.js';
import { type CreatedMeeting, createMeeting } from '../../../helpers/testServer.js';
import type { Answered } from '../../cluster/support/burst.js';
import type { TestCluster } from '../../cluster/support/cluster.js';
import { checkLog, type LogFigures } from '../../cluster/support/logChecks.js';

export interface FaultRoom {
  meeting: CreatedMeeting;
  /** Even-numbered people came in through node A, odd ones through node B. */
  everyone: TestClient[];
  facilitator: TestClient;
  close(): void;
}

export const PEOPLE = 8;

/** A meeting in its propose phase with everyone joined and in step. */
export const openFaultRoom = async (cluster: TestCluster): Promise<FaultRoom> => {
  const meeting = await createMeeting(cluster.a.url, 'Fault drill', {
    dotsPerPerson: 20,
    maxDotsPerTopic: 20,
  });
  const everyone = await Promise.all(
    Array.from({ length: PEOPLE }, async (_, n) => {
      const client = await TestClient.connect(n % 2 === 0 ? cluster.toA.url : cluster.toB.url, {
        meetingId: meeting.id,
        ...(n === 1 ? { facilitatorKey: meeting.facilitatorKey } : {}),
      });
      await client.join(n === 1 ? 'Fran' : `Person ${n}`);
      return client;
    }),
  );
  const facilitator = everyone[1] as TestClient;
  const seq = await facilitator.ok({ type: 'phase:set', phase: 'propose' });
  await Promise.all(everyone.map((client) => client.waitForSeq(seq)));
  return {
    meeting,
    everyone,
    facilitator,
    close: () => {
      for (const client of everyone) client.close();
    },
  };
};

/** Fails unless both server processes are still running. */
export const expectNodesUp = (cluster: TestCluster): number => {
  const lost = [cluster.a, cluster.b].filter(
    (node) => node.child.exitCode !== null || node.child.signalCode !== null,
  );
  expect(lost.map((node) => node.stderr())).toEqual([]);
  return lost.length;
};

export interface Converged {
  seq: number;
  view: PublicView;
  /** Milliseconds from `since` until the last client showed the store's sequence. */
  afterMs: number;
}

const CONVERGE_TIMEOUT_MS = 15_000;

/**
 * Waits until every client shows the store's sequence and view (sending nothing), and says how
 * long after `since` (a `performance.now()`) the last one got there.
 */
export const convergeToStore = async (
  cluster: TestCluster,
  room: FaultRoom,
  since: number,
): Promise<Converged> => {
  const events = await cluster.store.loadEvents(room.meeting.id);
  const state = replay(room.meeting.id, events);
  const reached = await Promise.all(
    room.everyone.map(async (client) => {
      await client.waitFor((c) => c.seq >= state.seq, CONVERGE_TIMEOUT_MS);
      return performance.now();
    }),
  );
  const view = projectPublic(state);
  for (const client of room.everyone) {
    expect(client.seq).toBe(state.seq);
    expect(client.view).toEqual(view);
  }
  return { seq: state.seq, view, afterMs: Math.max(0, Math.max(...reached) - since) };
};

/**
 * The end of every drill: each client at the store's sequence (timed from `since`), both nodes
 * up, and the stored log holding each acknowledged command exactly once.
 */
export const afterDrill = async (
  cluster: TestCluster,
  room: FaultRoom,
  since: number,
  answered: readonly Answered[],
): Promise<{ converged: Converged; nodesLost: number; log: LogFigures }> => {
  const converged = await convergeToStore(cluster, room, since);
  const nodesLost = expectNodesUp(cluster);
  const log = checkLog(room.meeting.id, await cluster.store.loadEvents(room.meeting.id), answered);
  return { converged, nodesLost, log };
};

export interface Readiness {
  httpStatus: number;
  status: string;
  store: string;
  redis: string;
}

export const readiness = async (url: string): Promise<Readiness> => {
  const response = await fetch(`${url}/readyz`);
  const body = (await response.json()) as Omit<Readiness, 'httpStatus'>;
  return { httpStatus: response.status, ...body };
};

/** One line the closing note can quote. */
export const report = (fault: string, figures: Record<string, unknown>): void => {
  console.log(`[fault figures] ${fault}: ${JSON.stringify(figures)}`);
};
