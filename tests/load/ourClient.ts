/**
 * A participant on our server, speaking the real protocol: the handshake with a participant
 * token (and the facilitator key for the room's first client), commands with acks, and the
 * snapshot and patches of the public view. Only the facilitator keeps the view (it needs topic
 * and note ids); the others just log which sequence numbers reached them and when.
 */
import { randomUUID } from 'node:crypto';
import {
  applyPatch,
  type ClientToServerEvents,
  type Command,
  type HandshakeAuth,
  PROTOCOL_VERSION,
  type PublicView,
  type ServerMessage,
  type ServerToClientEvents,
  type Snapshot,
  type ViewPatch,
} from '@percolate/shared';
import type { Socket } from 'socket.io-client';
import type { BenchClient, ConnectedRoom, ConnectSlot, RoomIds } from './benchClient.js';
import { DeliveryLog } from './deliveryLog.js';
import { participantName } from './meetingScript.js';
import type { GeneratorPlan, RoomPlan } from './messages.js';
import { nodeUrl, openSocket, untilConnected, watchSocket } from './openSocket.js';
import { hostNow } from './stats.js';

type OurSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** The facilitator's copy of the public view, kept current from snapshots and patches. */
class ViewKeeper {
  private view: PublicView | undefined;
  private seq = 0;
  private syncing = false;

  snapshot(snapshot: Snapshot): void {
    this.view = snapshot.view;
    this.seq = snapshot.seq;
  }

  patch(patch: ViewPatch, socket: OurSocket): void {
    if (!this.view || patch.to <= this.seq) return;
    if (patch.from === this.seq) {
      this.view = applyPatch(this.view, patch.ops);
      this.seq = patch.to;
    } else {
      this.catchUp(socket);
    }
  }

  private catchUp(socket: OurSocket): void {
    if (this.syncing) return;
    this.syncing = true;
    socket.emit('sync', { since: this.seq }, (response) => {
      this.syncing = false;
      if (response.kind === 'refused') return;
      if (response.kind === 'snapshot') this.snapshot(response.snapshot);
      else for (const patch of response.patches) this.patch(patch, socket);
    });
  }

  get ids(): RoomIds {
    const tables = () => this.view?.tables?.tables ?? [];
    const table = (tableId: string) => tables().find((candidate) => candidate.id === tableId);
    const participantIdOf = (client: number) => {
      const name = participantName(client);
      return this.view?.participants.find((person) => person.name === name)?.id;
    };
    return {
      topicIds: () => this.view?.queue ?? [],
      firstQueuedTopicId: () => this.view?.queue[0],
      discussedTopicId: () => this.view?.discussion?.topicId,
      lastItemId: () => this.view?.items.at(-1)?.id,
      tableIds: () => tables().map((candidate) => candidate.id),
      participantIdOf: (client) => participantIdOf(client),
      tableOf: (client) => {
        const participantId = participantIdOf(client);
        return participantId && tables().find((seat) => seat.people.includes(participantId))?.id;
      },
      topicIdsAt: (tableId) => table(tableId)?.queue ?? [],
      discussedTopicAt: (tableId) => table(tableId)?.discussion?.topicId,
      lastItemOn: (topicId) => this.view?.items.findLast((item) => item.topicId === topicId)?.id,
    };
  }
}

const untilSnapshot = (socket: OurSocket, timeoutMs: number): Promise<void> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no snapshot')), timeoutMs).unref();
    const snapshot = (message: ServerMessage) => {
      if (message.type !== 'snapshot') return;
      socket.off('message', snapshot);
      clearTimeout(timer);
      resolve();
    };
    socket.on('message', snapshot);
  });

const connectOurClient = async (
  plan: GeneratorPlan,
  room: RoomPlan,
  index: number,
  view: ViewKeeper | undefined,
): Promise<BenchClient> => {
  const auth: HandshakeAuth = {
    protocol: PROTOCOL_VERSION,
    meetingId: room.id,
    token: randomUUID(),
    ...(view && room.facilitatorKey ? { facilitatorKey: room.facilitatorKey } : {}),
  };
  const socket: OurSocket = openSocket(nodeUrl(plan, index), plan.origin, auth);
  const deliveries = new DeliveryLog();
  const watch = watchSocket(socket);
  socket.on('message', (message) => {
    if (message.type === 'snapshot') {
      deliveries.record(deliveries.last, message.snapshot.seq, hostNow());
      view?.snapshot(message.snapshot);
    } else if (message.type === 'patch') {
      deliveries.record(message.patch.from, message.patch.to, hostNow());
      view?.patch(message.patch, socket);
    }
  });
  try {
    await Promise.all([
      untilConnected(socket, plan.commandTimeoutMs),
      untilSnapshot(socket, plan.commandTimeoutMs),
    ]);
  } catch (error) {
    socket.disconnect();
    throw error;
  }
  return {
    deliveries,
    watch,
    send: (command: Command) =>
      new Promise((resolve) => {
        socket.timeout(plan.commandTimeoutMs).emit('command', command, (error, ack) => {
          const ackAt = hostNow();
          if (error) resolve({ ok: false, error: 'ack-timeout', ackAt });
          else if (ack.ok) resolve({ ok: true, seq: ack.seq, ackAt });
          else resolve({ ok: false, error: `refused:${ack.error.code}`, ackAt });
        });
      }),
  };
};

export const connectOurRoom = async (
  plan: GeneratorPlan,
  room: RoomPlan,
  connect: ConnectSlot,
): Promise<ConnectedRoom> => {
  const facilitatorView = new ViewKeeper();
  const clients = await Promise.all(
    Array.from({ length: plan.participants }, (_, index) =>
      connect(() => connectOurClient(plan, room, index, index === 0 ? facilitatorView : undefined)),
    ),
  );
  return { clients, ids: facilitatorView.ids };
};
