/**
 * Commands sent while the store is failing, and sent again once it is back, always under the same
 * id (as a person clicking again would, through the browser's retry): the answer that counts is
 * the last one, and the store must hold each acknowledged command exactly once.
 */
import { ErrorCode } from '@percolate/shared';
import type { CommandInput } from '../../../helpers/builders.js';
import type { TestClient } from '../../../helpers/testClient.js';
import type { Answered } from '../../cluster/support/burst.js';

/** Every client sends one command; resolves with the answers and how long the slowest took. */
export const oneEach = async (
  clients: readonly TestClient[],
  idPrefix: string,
  commandFor: (client: number) => CommandInput,
): Promise<{ answered: Answered[]; slowestMs: number }> => {
  const startedAt = performance.now();
  const answered = await Promise.all(
    clients.map(async (testClient, client) => {
      const commandId = `burst-${idPrefix}-${client}`;
      const input = commandFor(client);
      const sentAt = performance.now();
      const ack = await testClient.send(input, commandId);
      const storedId = testClient.storedCommandId(commandId);
      const answeredAt = performance.now();
      return { client, commandId, storedId, input, ack, sends: 1, sentAt, answeredAt };
    }),
  );
  return { answered, slowestMs: Math.max(...answered.map((a) => a.answeredAt)) - startedAt };
};

/** Sends every command answered `INTERNAL` again under its id and records the new answer. */
export const sendFailedAgain = async (
  clients: readonly TestClient[],
  answered: Answered[],
): Promise<number> => {
  const failed = answered.filter((a) => !a.ack.ok && a.ack.error.code === ErrorCode.Internal);
  await Promise.all(
    failed.map(async (answer) => {
      const client = clients[answer.client] as TestClient;
      answer.ack = await client.send(answer.input, answer.commandId);
      answer.sends += 1;
      answer.answeredAt = performance.now();
    }),
  );
  return failed.length;
};
