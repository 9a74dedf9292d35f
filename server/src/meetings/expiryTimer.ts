/**
 * Arms the expiry of the discussion timer from the stored deadline: after every change of state
 * and when a meeting is loaded (so a restart re-arms it). At the deadline the server issues
 * `timer:expire`, which `decide` ignores when stale or early, so firing twice is harmless.
 */
import { type MeetingState, Phase, type SystemCommand, timerDeadline } from '@percolate/shared';
import type { CancelTimer, Clock } from '../clock.js';

type Expire = Extract<SystemCommand, { type: 'timer:expire' }>;

interface Armed {
  key: string;
  cancel: CancelTimer;
}

const dueExpiry = (state: MeetingState): { command: Expire; deadline: number } | null => {
  const discussion = state.discussion;
  if (!discussion || discussion.continueVote || state.phase === Phase.Ended) return null;
  const deadline = timerDeadline(discussion.timer);
  if (deadline === null) return null;
  return {
    command: { type: 'timer:expire', topicId: discussion.topicId, round: discussion.round },
    deadline,
  };
};

export class ExpiryTimer {
  private armed: Armed | null = null;
  /** The expiry last fired: not armed again once its deadline passed (decide found it stale). */
  private firedKey: string | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly expire: (command: Expire) => void,
  ) {}

  get isArmed(): boolean {
    return this.armed !== null;
  }

  /** Makes the armed expiry match the state: arms, re-arms or disarms as needed. */
  update(state: MeetingState): void {
    const due = dueExpiry(state);
    const key = due ? `${due.command.topicId}/${due.command.round}/${due.deadline}` : null;
    if (this.armed?.key === key) return;
    this.disarm();
    if (!due || key === null) return;
    if (key === this.firedKey && due.deadline <= this.clock.now()) return;
    this.arm(key, due.command, due.deadline);
  }

  private arm(key: string, command: Expire, deadline: number): void {
    const cancel = this.clock.setTimer(deadline - this.clock.now(), () => {
      // Timers may fire a moment before the clock reads the deadline; decide would call that
      // early and nothing would arm it again, so wait out the rest.
      if (this.clock.now() < deadline) return this.arm(key, command, deadline);
      this.armed = null;
      this.firedKey = key;
      this.expire(command);
    });
    this.armed = { key, cancel };
  }

  disarm(): void {
    this.armed?.cancel();
    this.armed = null;
  }
}
