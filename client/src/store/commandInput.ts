import type { Command, ErrorCode, Minutes } from '@percolate/shared';

type WithoutId<C> = C extends Command ? Omit<C, 'id'> : never;
/** A command as a component states it; the store gives it its id. */
export type CommandInput = WithoutId<Command>;

/** Besides the domain's codes, a command may fail because the server could not be reached. */
export type FailureCode = ErrorCode | 'NETWORK';
export type CommandOutcome = { ok: true; seq: number } | { ok: false; code: FailureCode };
export type MinutesOutcome = { ok: true; minutes: Minutes } | { ok: false; code: FailureCode };
