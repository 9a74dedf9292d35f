/** A participant on the bare relay: commands go out as `cmd`, the room's echoes come back as `evt`. */
import type { Command } from '@percolate/shared';
import type { BareClientToServer, BareServerToClient } from './bareProtocol.js';
import type {
  BenchClient,
  ConnectedRoom,
  ConnectSlot,
  RoomIds,
  SendOutcome,
} from './benchClient.js';
import { DeliveryLog } from './deliveryLog.js';
import type { GeneratorPlan, RoomPlan } from './messages.js';
import { nodeUrl, openSocket, untilConnected, watchSocket } from './openSocket.js';
import { hostNow } from './stats.js';

const connectBareClient = async (
  plan: GeneratorPlan,
  room: RoomPlan,
  index: number,
): Promise<BenchClient> => {
  const socket = openSocket<BareServerToClient, BareClientToServer>(
    nodeUrl(plan, index),
    plan.origin,
    {
      room: room.id,
    },
  );
  const deliveries = new DeliveryLog();
  const watch = watchSocket(socket);
  socket.on('evt', ({ seq }) => deliveries.record(seq - 1, seq, hostNow()));
  try {
    await untilConnected(socket, plan.commandTimeoutMs);
  } catch (error) {
    socket.disconnect();
    throw error;
  }
  return {
    deliveries,
    watch,
    send: (command: Command) =>
      new Promise<SendOutcome>((resolve) => {
        socket.timeout(plan.commandTimeoutMs).emit('cmd', command, (error, result) => {
          const ackAt = hostNow();
          resolve(
            error
              ? { ok: false, error: 'ack-timeout', ackAt }
              : { ok: true, seq: result.seq, ackAt },
          );
        });
      }),
  };
};

/**
 * The relay knows no topics, notes or tables: stand-in ids keep the payloads the same size, and
 * the participants sit at the tables in turn (the facilitator at none), as a balanced split does.
 */
const bareIds = (participants: number, tables: number): RoomIds => {
  const topicIds = Array.from(
    { length: participants },
    (_, index) => `topic-${index}-xxxxxxxxxxxx`,
  );
  const tableIds = Array.from({ length: tables }, (_, index) => `table-${index}-xxxxxxxxxxxx`);
  const topicsPerTable = Math.max(1, Math.ceil(participants / tables));
  return {
    topicIds: () => topicIds,
    firstQueuedTopicId: () => topicIds[0],
    discussedTopicId: () => topicIds[0],
    lastItemId: () => 'item-0-xxxxxxxxxxxxxxx',
    participantIdOf: (client) => `participant-${client}-xxxxxxxx`,
    tableIds: () => tableIds,
    tableOf: (client) => (client === 0 ? undefined : tableIds[(client - 1) % tables]),
    topicIdsAt: () => topicIds.slice(0, topicsPerTable),
    discussedTopicAt: () => topicIds[0],
    lastItemOn: () => 'item-0-xxxxxxxxxxxxxxx',
  };
};

export const connectBareRoom = async (
  plan: GeneratorPlan,
  room: RoomPlan,
  connect: ConnectSlot,
): Promise<ConnectedRoom> => {
  const clients = await Promise.all(
    Array.from({ length: plan.participants }, (_, index) =>
      connect(() => connectBareClient(plan, room, index)),
    ),
  );
  return { clients, ids: bareIds(plan.participants, plan.tables) };
};
