/**
 * A load generator process: it owns some rooms, connects their participants, plays the meeting
 * script at its share of the rate when told to, and reports every command's latency samples.
 * All of a room's clients live in one process, so "received by the last member" uses one clock.
 */

import { assertNever } from '@percolate/shared';
import { connectBareRoom } from './bareClient.js';
import type { BenchClient, ConnectedRoom, ConnectSlot } from './benchClient.js';
import {
  addErrorCounts,
  type ErrorCounts,
  type FromGenerator,
  type GeneratorPlan,
  TargetKind,
  type ToGenerator,
} from './messages.js';
import { connectOurRoom } from './ourClient.js';
import { createLimiter } from './pacer.js';
import { playScript } from './playScript.js';

const reply = (message: FromGenerator) => process.send?.(message);
/** Errors since the last report (a run reports the errors of its connect and its traffic). */
let errors: ErrorCounts = {};
const countError = (kind: string) => {
  errors[kind] = (errors[kind] ?? 0) + 1;
};
let plan: GeneratorPlan | undefined;
/** The rooms the next `run` plays. */
let rooms: ConnectedRoom[] = [];
/** Rooms played before (the warm-up's): connected and idle until the generator closes. */
let held: ConnectedRoom[] = [];

const connectRooms = async (current: GeneratorPlan): Promise<ConnectedRoom[]> => {
  const limit = createLimiter(current.connectConcurrency);
  const connect: ConnectSlot = (open) =>
    limit(open).catch((error: unknown) => {
      countError(`connect:${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    });
  const connectRoom = current.target === TargetKind.Bare ? connectBareRoom : connectOurRoom;
  return Promise.all(current.rooms.map((room) => connectRoom(current, room, connect)));
};

const clientsOf = (of: ConnectedRoom[]): BenchClient[] =>
  of.flatMap((room) => room.clients.filter((client) => client !== undefined));
const connectedClients = () => clientsOf(rooms);

type Received = { bytes: number; packets: number };
const receivedByClient = (): Received[] =>
  connectedClients().map(({ watch }) => ({
    bytes: watch.receivedBytes,
    packets: watch.receivedPackets,
  }));
/** What the clients received between two readings: all together, and the most one of them got. */
const receivedSince = (before: Received[], after: Received[]) => {
  const bytes = after.map(({ bytes }, index) => bytes - (before[index]?.bytes ?? 0));
  const packets = after.map(({ packets }, index) => packets - (before[index]?.packets ?? 0));
  return {
    receivedBytes: bytes.reduce((sum, count) => sum + count, 0),
    maxReceivedBytes: Math.max(0, ...bytes),
    receivedPackets: packets.reduce((sum, count) => sum + count, 0),
  };
};

const handle = async (message: ToGenerator): Promise<void> => {
  switch (message.type) {
    case 'connect':
      plan = message.plan;
      held = [...held, ...rooms];
      rooms = await connectRooms(plan);
      reply({ type: 'connected', sockets: connectedClients().length });
      return;
    case 'run': {
      if (!plan) throw new Error('run before connect');
      const receivedBefore = receivedByClient();
      const result = await playScript(plan, rooms, countError);
      for (const client of connectedClients()) {
        addErrorCounts(errors, {
          disconnect: client.watch.drops,
          gap: client.deliveries.gaps,
          overtaken: client.deliveries.overtaken,
          doubled: client.deliveries.doubled,
        });
      }
      reply({
        type: 'done',
        result: { ...result, errors, ...receivedSince(receivedBefore, receivedByClient()) },
      });
      errors = {};
      return;
    }
    case 'close':
      for (const client of clientsOf([...held, ...rooms])) client.watch.close();
      setTimeout(() => process.exit(0), 200);
      return;
    default:
      assertNever(message);
  }
};

process.on('message', (message: ToGenerator) => {
  handle(message).catch((error: unknown) => {
    reply({
      type: 'failed',
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  });
});
process.on('disconnect', () => process.exit(0));
