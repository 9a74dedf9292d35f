/**
 * Commands that wait for the connection to come back, in the order they were made, each with the
 * id it was given when the person acted: resent with that id, the server applies it exactly once
 * even if an earlier attempt had reached it before the line dropped.
 */
import type { Command, CommandAck } from '@percolate/shared';

/**
 * What may wait: content a person typed, whose meaning does not depend on the moment it reaches
 * the server. Should the meeting have moved on meanwhile (the phase changed, the topic went), the
 * server refuses it and the person reads why, with their text still in its draft.
 * Everything else acts on the meeting as it is now — dots, the continue-vote, a facilitator's
 * phase, timer, round and role moves. Sent half a minute late such a move could surprise the whole
 * room (a phase jump nobody saw coming), so while offline it is refused at once, visibly, and the
 * person does it again once the connection is back.
 */
const MAY_WAIT: ReadonlySet<Command['type']> = new Set([
  'round:post',
  'topic:propose',
  'topic:edit',
  'item:add',
  'item:edit',
  'summary:set',
]);

export const mayWait = (command: Command): boolean => MAY_WAIT.has(command.type);

/** `null`: the outbox was emptied (the meeting was left) before the command could be sent. */
export type WaitOutcome = CommandAck | null;

interface Waiting {
  command: Command;
  settle(outcome: WaitOutcome): void;
}

export class Outbox {
  private waiting: Waiting[] = [];
  private flushing = false;

  /** Called whenever the number of waiting commands changes. */
  constructor(private readonly onChange: (size: number) => void = () => {}) {}

  get size(): number {
    return this.waiting.length;
  }

  /** Resolves with the server's answer once the command could be sent. */
  add(command: Command): Promise<WaitOutcome> {
    return new Promise((settle) => {
      this.waiting.push({ command, settle });
      this.onChange(this.size);
    });
  }

  /**
   * Sends what waits, one after the other in order. A send that fails (the connection dropped
   * again) leaves it and everything after it waiting for the next flush.
   */
  async flush(send: (command: Command) => Promise<CommandAck>): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      for (let next = this.waiting[0]; next; next = this.waiting[0]) {
        let ack: CommandAck;
        try {
          ack = await send(next.command);
        } catch {
          return;
        }
        // Dropped meanwhile: it was already settled, and what waits now is another meeting's.
        if (this.waiting[0] !== next) return;
        this.waiting.shift();
        this.onChange(this.size);
        next.settle(ack);
      }
    } finally {
      this.flushing = false;
    }
  }

  /** Gives up on everything waiting (the meeting was left or another one opened). */
  drop(): void {
    const dropped = this.waiting;
    this.waiting = [];
    if (dropped.length > 0) this.onChange(0);
    for (const entry of dropped) entry.settle(null);
  }
}
