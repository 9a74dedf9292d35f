/** Fresh identifiers and secrets, as a dependency so tests may make them predictable. */
import { customAlphabet, nanoid } from 'nanoid';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from './joinCode.js';

export interface Ids {
  meetingId(): string;
  /** The facilitator's capability key: 32 nanoid characters, 192 bits. */
  facilitatorKey(): string;
  joinCode(): string;
  /** Ids of participants, topics and items made by `decide`. */
  entityId(): string;
  /** Command ids of the server's own (system) commands and of a meeting's first event. */
  commandId(): string;
  /** A number in [0, 1), for shuffling people into tables (decide stays deterministic). */
  random(): number;
}

const joinCode = customAlphabet(JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH);

export const randomIds: Ids = {
  meetingId: () => nanoid(),
  facilitatorKey: () => nanoid(32),
  joinCode: () => joinCode(),
  entityId: () => nanoid(12),
  commandId: () => `server-${nanoid()}`,
  random: () => Math.random(),
};
