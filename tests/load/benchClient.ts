/** One simulated participant's connection, whichever server it talks to. */
import type { Command } from '@percolate/shared';
import type { DeliveryLog } from './deliveryLog.js';
import type { SocketWatch } from './openSocket.js';

export type SendOutcome =
  | { ok: true; seq: number; ackAt: number }
  | { ok: false; error: string; ackAt: number };

export interface BenchClient {
  readonly deliveries: DeliveryLog;
  send(command: Command): Promise<SendOutcome>;
  readonly watch: SocketWatch;
}

/** The ids a room's script needs: the topics to vote on and discuss, the note to edit. */
export interface RoomIds {
  topicIds(): string[];
  firstQueuedTopicId(): string | undefined;
  discussedTopicId(): string | undefined;
  lastItemId(): string | undefined;
  /** The participant id of the room's client at this index, once it has joined. */
  participantIdOf(client: number): string | undefined;
  /** Once the room is split into tables (empty before): its tables, in order. */
  tableIds(): string[];
  /** The table the room's client at this index sits at (none for the facilitator). */
  tableOf(client: number): string | undefined;
  topicIdsAt(tableId: string): string[];
  discussedTopicAt(tableId: string): string | undefined;
  lastItemOn(topicId: string): string | undefined;
}

/**
 * A room's clients by index (0 is the facilitator); a client that could not connect is
 * undefined and counted as an error by the generator.
 */
export interface ConnectedRoom {
  clients: (BenchClient | undefined)[];
  ids: RoomIds;
}

/** Opens one connection when a connect slot is free; undefined when it failed (counted). */
export type ConnectSlot = (open: () => Promise<BenchClient>) => Promise<BenchClient | undefined>;
