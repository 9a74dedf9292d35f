/** What an append to an event stream (a meeting's, a community's) can be refused with. */
import type { StreamKind } from './streamTables.mjs';

abstract class StreamError extends Error {
  /** The stream's id under its kind's own name as well, as callers of that kind know it. */
  declare readonly meetingId?: string;
  declare readonly communityId?: string;

  constructor(
    readonly stream: StreamKind,
    readonly streamId: string,
    message: string,
  ) {
    super(message);
    Object.assign(this, { [`${stream}Id`]: streamId });
  }
}

/** Another writer got there first: the stream's last seq is no longer the one expected. */
export class SequenceConflictError extends StreamError {
  constructor(
    stream: StreamKind,
    streamId: string,
    readonly expectedSeq: number,
  ) {
    super(stream, streamId, `sequence conflict on ${stream} ${streamId} at ${expectedSeq}`);
    this.name = 'SequenceConflictError';
  }
}

/** A command id was already committed for this stream (or repeats in the append). */
export class DuplicateCommandError extends StreamError {
  constructor(
    stream: StreamKind,
    streamId: string,
    readonly commandId: string,
  ) {
    super(stream, streamId, `command ${commandId} already committed on ${stream} ${streamId}`);
    this.name = 'DuplicateCommandError';
  }
}

/** The stream does not exist (never created, or deleted meanwhile). */
export class StreamNotFoundError extends StreamError {
  constructor(stream: StreamKind, streamId: string) {
    super(stream, streamId, `${stream} ${streamId} not found`);
    this.name = 'StreamNotFoundError';
  }
}
