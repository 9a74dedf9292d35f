/**
 * Arms what a running clock must trigger (shared's `dueTimer`: the discussion's expiry, or the next
 * speaker in a round that moves on by itself) after every change of state and when a meeting is
 * loaded (so a restart re-arms it). At the deadline the server issues the command, which `decide`
 * ignores when stale or early, so firing twice is harmless.
 */
import {
  type DueTimer,
  type DueTimerInputs,
  dueTimer,
  dueTimerInputs,
  type MeetingState,
  sameDueTimerInputs,
  type TimerCommand,
} from '@percolate/shared';
import type { CancelTimer, Clock } from '../clock.js';

interface Armed {
  key: string;
  cancel: CancelTimer;
}

/** The due timer made from these parts of a state, with its key. */
interface Due {
  inputs: DueTimerInputs;
  due: DueTimer | null;
  key: string | null;
}

const keyOf = (command: TimerCommand, deadline: number): string =>
  `${JSON.stringify(command)}@${deadline}`;

export class ExpiryTimer {
  private armed: Armed | null = null;
  /** The expiry last fired: not armed again once its deadline passed (decide found it stale). */
  private firedKey: string | null = null;
  /**
   * The last state's due timer: most commits (a dot, a topic, a join) leave the parts it is made
   * of alone, and it is asked after every one.
   */
  private last: Due | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly expire: (command: TimerCommand) => void,
  ) {}

  get isArmed(): boolean {
    return this.armed !== null;
  }

  /** Makes the armed expiry match the state: arms, re-arms or disarms as needed. */
  update(state: MeetingState): void {
    const { due, key } = this.dueOf(state);
    if (this.armed?.key === key) return;
    this.disarm();
    if (!due || key === null) return;
    if (key === this.firedKey && due.deadline <= this.clock.now()) return;
    this.arm(key, due.command, due.deadline);
  }

  private dueOf(state: MeetingState): Due {
    if (this.last && sameDueTimerInputs(this.last.inputs, state)) return this.last;
    const due = dueTimer(state);
    const key = due ? keyOf(due.command, due.deadline) : null;
    this.last = { inputs: dueTimerInputs(state), due, key };
    return this.last;
  }

  private arm(key: string, command: TimerCommand, deadline: number): void {
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
