/**
 * When the facilitator has been gone (no socket) for `failoverMs` and a co-facilitator is here,
 * the server hands facilitation over to them, so a dropped laptop does not stall the meeting.
 */
import {
  facilitatorOf,
  type MeetingState,
  type ParticipantId,
  Phase,
  participantsInJoinOrder,
  Role,
  type SystemCommand,
} from '@percolate/shared';
import type { CancelTimer, Clock } from '../clock.js';

type Failover = Extract<SystemCommand, { type: 'facilitation:failover' }>;

export class FacilitatorFailover {
  /** The absent facilitator and since when they are gone. */
  private absence: { facilitatorId: ParticipantId; since: number } | null = null;
  private cancel: CancelTimer | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly failoverMs: number,
    private readonly failover: (command: Failover) => void,
  ) {}

  get isWaiting(): boolean {
    return this.cancel !== null;
  }

  /** Re-evaluates after presence or state changed. */
  update(state: MeetingState, online: readonly ParticipantId[]): void {
    const facilitator = facilitatorOf(state);
    const ended = state.phase === Phase.Ended;
    if (ended || !facilitator || facilitator.left || online.includes(facilitator.id)) {
      this.absence = null;
      this.stopWaiting();
      return;
    }
    if (this.absence?.facilitatorId !== facilitator.id) {
      this.absence = { facilitatorId: facilitator.id, since: this.clock.now() };
    }
    const successor = participantsInJoinOrder(state).find(
      (p) => p.role === Role.Cofacilitator && !p.left && online.includes(p.id),
    );
    this.stopWaiting();
    if (!successor) return;
    const command: Failover = {
      type: 'facilitation:failover',
      from: facilitator.id,
      to: successor.id,
    };
    const wait = this.absence.since + this.failoverMs - this.clock.now();
    if (wait <= 0) {
      // Counting again guards against asking over and over should the rules decline.
      this.absence = { facilitatorId: facilitator.id, since: this.clock.now() };
      this.failover(command);
      return;
    }
    this.cancel = this.clock.setTimer(wait, () => {
      this.cancel = null;
      this.failover(command);
    });
  }

  stop(): void {
    this.stopWaiting();
  }

  private stopWaiting(): void {
    this.cancel?.();
    this.cancel = null;
  }
}
