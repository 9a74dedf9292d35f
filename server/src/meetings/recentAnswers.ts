/**
 * The answers to a meeting's recent commands, so a retry finds its first answer without asking
 * the store. Bounded: the oldest are forgotten first (the store still knows every committed one).
 */
import type { CommandAck } from '@percolate/shared';

export class RecentAnswers {
  static readonly CAPACITY = 2_000;
  private readonly answers = new Map<string, CommandAck>();

  constructor(private readonly capacity = RecentAnswers.CAPACITY) {}

  get(commandId: string): CommandAck | undefined {
    return this.answers.get(commandId);
  }

  remember(commandId: string, ack: CommandAck): void {
    this.answers.delete(commandId);
    this.answers.set(commandId, ack);
    if (this.answers.size > this.capacity) {
      const oldest = this.answers.keys().next();
      if (!oldest.done) this.answers.delete(oldest.value);
    }
  }
}
