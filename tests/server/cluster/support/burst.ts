/**
 * A burst of commands from scripted clients that behave like the browser after a dropped
 * connection: a command whose answer was lost is sent again under the same id once the socket is
 * back, so every command ends with exactly one answer.
 */
import type { CommandAck } from '@percolate/shared';
import type { CommandInput } from '../../../helpers/builders.js';
import type { TestClient } from '../../../helpers/testClient.js';

export interface Answered {
  client: number;
  /** The id the client sent it under. */
  commandId: string;
  /** The id the server stores it under (scoped to the client that sent it). */
  storedId: string;
  input: CommandInput;
  ack: CommandAck;
  /** How often it was sent (more than once when a node died before answering). */
  sends: number;
  /** performance.now() when it was first sent… */
  sentAt: number;
  /** …and when the (last) answer arrived. */
  answeredAt: number;
}

/** Enough for a node to die and the client to reconnect through the load balancer. */
const MAX_SENDS = 6;
const RECONNECT_WAIT_MS = 20_000;

export const sendUntilAnswered = async (
  client: TestClient,
  input: CommandInput,
  commandId: string,
): Promise<{ ack: CommandAck; sends: number }> => {
  for (let sends = 1; ; sends += 1) {
    try {
      return { ack: await client.send(input, commandId), sends };
    } catch (error) {
      if (sends >= MAX_SENDS) throw error;
      await client.waitFor((c) => c.socket.connected, RECONNECT_WAIT_MS);
    }
  }
};

/**
 * Every client sends `count` commands one after the other (`paceMs` apart, else back to back);
 * all answers land in `answered`.
 */
export const runBurst = async (
  clients: readonly TestClient[],
  count: number,
  commandFor: (client: number, i: number) => CommandInput,
  answered: Answered[],
  paceMs = 0,
): Promise<void> => {
  await Promise.all(
    clients.map(async (testClient, client) => {
      for (let i = 0; i < count; i += 1) {
        if (paceMs > 0 && i > 0) await new Promise((resolve) => setTimeout(resolve, paceMs));
        const input = commandFor(client, i);
        const commandId = `burst-${client}-${i}`;
        const sentAt = performance.now();
        const { ack, sends } = await sendUntilAnswered(testClient, input, commandId);
        answered.push({
          client,
          commandId,
          storedId: testClient.storedCommandId(commandId),
          input,
          ack,
          sends,
          sentAt,
          answeredAt: performance.now(),
        });
      }
    }),
  );
};
