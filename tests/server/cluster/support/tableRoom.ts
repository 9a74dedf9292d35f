/**
 * The table tests' room on two nodes: the facilitator (with the key) on A; p1 and p4 on A, p2 and
 * p3 on B (`seatTwoTables` seats p1, p2 at the first table and p3, p4 at the second).
 */
import { TestClient } from '../../../helpers/testClient.js';
import { createMeeting } from '../../../helpers/testServer.js';
import type { TableRoom } from '../../support/twoTables.js';
import type { TestCluster } from './cluster.js';

export const tableRoomOnTwoNodes = async (
  cluster: TestCluster,
  title: string,
  cleanup: (() => Promise<void> | void)[],
): Promise<TableRoom & { meetingId: string; p1: TestClient; p2: TestClient; p3: TestClient }> => {
  const meeting = await createMeeting(cluster.a.url, title, { openNotes: true });
  const connect = async (url: string, name: string, key = false) => {
    const client = await TestClient.connect(url, {
      meetingId: meeting.id,
      record: true,
      ...(key ? { facilitatorKey: meeting.facilitatorKey } : {}),
    });
    cleanup.push(() => client.close());
    await client.join(name);
    return client;
  };
  const facilitator = await connect(cluster.a.url, 'Fran', true);
  const p1 = await connect(cluster.a.url, 'Person 1');
  const p2 = await connect(cluster.b.url, 'Person 2');
  const p3 = await connect(cluster.b.url, 'Person 3');
  const participants = [p1, p2, p3, await connect(cluster.a.url, 'Person 4')];
  return {
    meetingId: meeting.id,
    facilitator,
    participants,
    everyone: [facilitator, ...participants],
    p1,
    p2,
    p3,
  };
};
