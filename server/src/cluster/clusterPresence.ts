/**
 * Who is connected to a meeting on the other nodes, asked through the adapter (`fetchSockets`
 * on the meeting's room, which every live node answers for its own sockets). Presence is not
 * kept in a shared registry on purpose: a node killed without a goodbye would leave its sockets
 * there until some expiry, whereas a dead node simply stops answering, so the next question
 * (after any connect or disconnect anywhere, and periodically) no longer counts its sockets.
 * The facilitator failover then sees a facilitator who was on the dead node as absent.
 */
import type { Logger } from '../logger.js';
import type { MeetingService } from '../meetings/meetingService.js';
import { meetingRoom } from '../realtime/rooms.js';
import type { MeetingServer } from '../realtime/types.js';

export class ClusterPresence {
  /** Meetings being asked about; true when asked again meanwhile (ask once more after). */
  private readonly asking = new Map<string, boolean>();

  constructor(
    private readonly io: MeetingServer,
    private readonly meetings: MeetingService,
    private readonly logger: Logger,
  ) {}

  /** Asks the other nodes who is connected to the meeting, if it is in memory here. */
  refresh(meetingId: string): void {
    if (!this.meetings.loaded(meetingId)) return;
    if (this.asking.has(meetingId)) {
      this.asking.set(meetingId, true);
      return;
    }
    this.asking.set(meetingId, false);
    void this.ask(meetingId).finally(() => {
      const again = this.asking.get(meetingId);
      this.asking.delete(meetingId);
      if (again) this.refresh(meetingId);
    });
  }

  private async ask(meetingId: string): Promise<void> {
    try {
      const sockets = await this.io.in(meetingRoom(meetingId)).fetchSockets();
      const local = this.io.of('/').sockets;
      const remote = sockets
        .filter((socket) => !local.has(socket.id))
        .map((socket) => socket.data.tokenHash);
      this.meetings.loaded(meetingId)?.setRemoteViewers(remote);
    } catch (error) {
      // A node that is alive but slow to answer: keep what we knew and ask again next time.
      this.logger.warn('asking the other nodes who is connected failed', { meetingId, error });
    }
  }
}
