/**
 * The answers to a meeting's recent commands, so a retry finds its first answer without asking
 * the store. Bounded: the oldest are forgotten first (the store still knows every committed one).
 * An accepted command's answer is kept as its sequence number alone (most answers are those, and
 * an object each cost 40 bytes more); a refusal as the answer it was.
 */
import type { CommandAck } from '@percolate/shared';

export class RecentAnswers {
  static readonly CAPACITY = 2_000;
  private readonly answers = new Map<string, number | CommandAck>();

  constructor(private readonly capacity = RecentAnswers.CAPACITY) {}

  get(commandId: string): CommandAck | undefined {
    const answer = this.answers.get(commandId);
    return typeof answer === 'number' ? { ok: true, seq: answer } : answer;
  }

  remember(commandId: string, ack: CommandAck): void {
    this.answers.delete(commandId);
    this.answers.set(commandId, ack.ok && ack.private === undefined ? ack.seq : ack);
    if (this.answers.size > this.capacity) {
      const oldest = this.answers.keys().next();
      if (!oldest.done) this.answers.delete(oldest.value);
    }
  }
}
