import type { Command, HandshakeError } from '@percolate/shared';
import { nanoid } from 'nanoid';
import type { StateCreator } from 'zustand';
import type { AppState } from './appStore.js';
import type { CommandInput, CommandOutcome, MinutesOutcome } from './commandInput.js';
import type {
  ConnectionStatus,
  ConnectOptions,
  ConnectToMeeting,
  MeetingTransport,
  RealtimeSink,
} from './transport.js';

export interface ConnectionSlice {
  meetingId: string | null;
  status: ConnectionStatus;
  /** Why the server refused us, when it did. */
  rejection: HandshakeError | null;
  /** When the connection last came back after a drop (for "back online"). */
  reconnectedAt: number | null;
  /** serverNow − localNow, measured at connect. */
  clockOffsetMs: number;
  transport: MeetingTransport | null;
  connect(options: ConnectOptions): void;
  disconnect(): void;
  reconnectNow(): void;
  send(command: CommandInput): Promise<CommandOutcome>;
  /** The minutes so far, for the minutes tab. */
  fetchMinutes(): Promise<MinutesOutcome>;
}

export const createConnectionSlice =
  (connectToMeeting: ConnectToMeeting): StateCreator<AppState, [], [], ConnectionSlice> =>
  (set, get) => {
    const sink: RealtimeSink = {
      setStatus: (status) => {
        const wasDown = get().status === 'reconnecting' || get().status === 'lost';
        set(status === 'online' && wasDown ? { status, reconnectedAt: Date.now() } : { status });
      },
      reject: (rejection) => set({ rejection, status: 'idle' }),
      setClockOffset: (clockOffsetMs) => set({ clockOffsetMs }),
      applySnapshot: (snapshot) => get().applySnapshot(snapshot),
      receivePatch: (patch) => get().receivePatch(patch),
      applyPrivate: (seq, me) => get().applyPrivate(seq, me),
      applySync: (response) => get().applySync(response),
      setOnline: (online) => get().setOnline(online),
      seq: () => get().seq,
    };

    return {
      meetingId: null,
      status: 'idle',
      rejection: null,
      reconnectedAt: null,
      clockOffsetMs: 0,
      transport: null,
      connect: (options) => {
        get().transport?.close();
        get().clearMeeting();
        set({
          meetingId: options.meetingId,
          status: 'connecting',
          rejection: null,
          reconnectedAt: null,
        });
        set({ transport: connectToMeeting(options, sink) });
      },
      disconnect: () => {
        get().transport?.close();
        get().clearMeeting();
        set({ transport: null, meetingId: null, status: 'idle', rejection: null });
      },
      reconnectNow: () => get().transport?.reconnect(),
      send: async (input) => {
        const transport = get().transport;
        if (!transport) return { ok: false, code: 'NETWORK' };
        try {
          const ack = await transport.send({ ...input, id: nanoid() } as Command);
          return ack.ok ? ack : { ok: false, code: ack.error.code };
        } catch {
          return { ok: false, code: 'NETWORK' };
        }
      },
      fetchMinutes: async () => {
        const transport = get().transport;
        if (!transport) return { ok: false, code: 'NETWORK' };
        try {
          const ack = await transport.requestMinutes();
          return ack.ok ? ack : { ok: false, code: ack.error.code };
        } catch {
          return { ok: false, code: 'NETWORK' };
        }
      },
    };
  };
