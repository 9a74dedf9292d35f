/** A meeting split into two tables over real sockets, and work at the first, for table tests. */
import type { ServerMessage } from '@percolate/shared';
import { expect } from 'vitest';
import type { TestClient } from '../../helpers/testClient.js';

/** Written only at the first table: a socket elsewhere must never receive it. */
export const SECRET = 'Only at the first';

export interface TableRoom {
  facilitator: TestClient;
  /** p1, p2 go to the first table; p3, p4 to the second. */
  participants: TestClient[];
  everyone: TestClient[];
}

/** Splits in mode 'own' (propose phase) and seats p1, p2 at the first table, p3, p4 at the second. */
export const seatTwoTables = async ({ facilitator, participants, everyone }: TableRoom) => {
  await facilitator.ok({ type: 'phase:set', phase: 'propose' });
  const split = await facilitator.ok({
    type: 'tables:split',
    count: 2,
    mode: 'own',
    assignment: 'choose',
  });
  await facilitator.waitForSeq(split);
  const [first = '', second = ''] = (facilitator.view?.tables?.tables ?? []).map(
    (table) => table.id,
  );
  const seats = [first, first, second, second];
  let seq = 0;
  for (const [n, client] of participants.entries()) {
    seq = await facilitator.ok({
      type: 'tables:seat',
      participantId: client.participantId,
      tableId: seats[n] ?? first,
    });
  }
  await Promise.all(everyone.map((client) => client.waitForSeq(seq)));
  return { first, second };
};

/** p1 at the first table proposes, votes, hosts, discusses one topic and writes notes. */
export const firstTableWorks = async (room: TableRoom, first: string, notes: number) => {
  const [p1] = room.participants;
  if (!p1) throw new Error('no people');
  const { facilitator } = room;
  await p1.ok({ type: 'topic:propose', title: 'Talked about' });
  for (let n = 0; n < 3; n += 1) await p1.ok({ type: 'topic:propose', title: `${SECRET} ${n}` });
  await p1.waitForSeq(await facilitator.ok({ type: 'phase:set', phase: 'vote' }));
  const topicId = p1.view?.topics.find((topic) => topic.title === 'Talked about')?.id ?? '';
  await p1.ok({ type: 'vote:cast', topicId });
  await facilitator.ok({ type: 'phase:set', phase: 'discuss' });
  await p1.ok({ type: 'tables:host', tableId: first, participantId: p1.participantId });
  let seq = await p1.ok({ type: 'discussion:start', tableId: first, topicId });
  for (let n = 0; n < notes; n += 1) {
    seq = await p1.ok({ type: 'item:add', topicId, kind: 'note', text: `${SECRET}: note ${n}` });
  }
  await Promise.all(room.everyone.map((client) => client.waitForSeq(seq)));
  expect(topicId).not.toBe('');
  return { seq, topicId };
};

export const mentionsSecret = (messages: readonly ServerMessage[]): boolean =>
  messages.some((message) => JSON.stringify(message).includes(SECRET));
