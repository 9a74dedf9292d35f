import type { Command, ErrorCode, Minutes } from '@percolate/shared';

type WithoutId<C> = C extends Command ? Omit<C, 'id'> : never;
/** A command as a component states it; the store gives it its id. */
export type CommandInput = WithoutId<Command>;

/**
 * Besides the domain's codes, a command may fail because the server could not be reached, or
 * because it cannot wait for the connection and the connection is down.
 */
export type FailureCode = ErrorCode | 'NETWORK' | 'OFFLINE';
export type CommandOutcome = { ok: true; seq: number } | { ok: false; code: FailureCode };
export type MinutesOutcome = { ok: true; minutes: Minutes } | { ok: false; code: FailureCode };

/** The control that sent a command, told when it has to wait for the connection. */
export interface CommandWatcher {
  onQueued(): void;
  /**
   * It waited and was refused, and is now in the store's `unsent` list; a control still on
   * screen shows the reason beside itself and claims it for as long as it does.
   */
  onRefused(commandId: string): void;
}

/** A command that waited for the connection and was refused, shown until dismissed. */
export interface UnsentCommand {
  command: Command;
  code: FailureCode;
  /** Its control shows the reason beside itself, so the list need not. */
  claimed: boolean;
}
