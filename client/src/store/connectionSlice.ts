import type { Command, CommandAck, HandshakeError } from '@percolate/shared';
import { nanoid } from 'nanoid';
import type { StateCreator } from 'zustand';
import type {
  CommandInput,
  CommandOutcome,
  CommandWatcher,
  MinutesOutcome,
  UnsentCommand,
} from './commandInput.js';
import type { MeetingSlice } from './meetingSlice.js';
import { mayWait, Outbox } from './outbox.js';
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
  /** Commands made while offline that wait for the connection. */
  waitingCount: number;
  /** Commands that waited and were then refused, whose control is no longer on screen. */
  unsent: UnsentCommand[];
  connect(options: ConnectOptions): void;
  disconnect(): void;
  reconnectNow(): void;
  /** Sends now, or (typed content, while offline) once the connection is back. */
  send(command: CommandInput, watcher?: CommandWatcher): Promise<CommandOutcome>;
  dismissUnsent(commandId: string): void;
  claimUnsent(commandId: string, claimed: boolean): void;
  /** The minutes so far, for the minutes tab. */
  fetchMinutes(): Promise<MinutesOutcome>;
}

export const isDown = (status: ConnectionStatus): boolean =>
  status === 'reconnecting' || status === 'lost';

const NETWORK: CommandOutcome = { ok: false, code: 'NETWORK' };

export const createConnectionSlice =
  (
    connectToMeeting: ConnectToMeeting,
  ): StateCreator<ConnectionSlice & MeetingSlice, [], [], ConnectionSlice> =>
  (set, get) => {
    const outbox = new Outbox((waitingCount) => set({ waitingCount }));
    const flush = () => {
      const transport = get().transport;
      if (transport && get().status === 'online') void outbox.flush(transport.send);
    };
    const wait = async (command: Command, watcher?: CommandWatcher): Promise<CommandOutcome> => {
      watcher?.onQueued();
      const pending = outbox.add(command);
      flush();
      const ack = await pending;
      if (ack === null) return NETWORK;
      if (ack.ok) return ack;
      const code = ack.error.code;
      set({ unsent: [...get().unsent, { command, code, claimed: false }] });
      watcher?.onRefused(command.id);
      return { ok: false, code };
    };
    const answer = (ack: CommandAck): CommandOutcome =>
      ack.ok ? ack : { ok: false, code: ack.error.code };

    const sink: RealtimeSink = {
      setStatus: (status) => {
        const wasDown = isDown(get().status);
        set(status === 'online' && wasDown ? { status, reconnectedAt: Date.now() } : { status });
        if (status === 'online') flush();
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
      waitingCount: 0,
      unsent: [],
      connect: (options) => {
        get().transport?.close();
        outbox.drop();
        get().clearMeeting();
        set({
          unsent: [],
          meetingId: options.meetingId,
          status: 'connecting',
          rejection: null,
          reconnectedAt: null,
        });
        set({ transport: connectToMeeting(options, sink) });
      },
      disconnect: () => {
        get().transport?.close();
        outbox.drop();
        get().clearMeeting();
        set({ transport: null, meetingId: null, status: 'idle', rejection: null, unsent: [] });
      },
      reconnectNow: () => get().transport?.reconnect(),
      send: async (input, watcher) => {
        const transport = get().transport;
        if (!transport) return NETWORK;
        const command = { ...input, id: nanoid() } as Command;
        if (isDown(get().status)) {
          return mayWait(command) ? wait(command, watcher) : { ok: false, code: 'OFFLINE' };
        }
        try {
          return answer(await transport.send(command));
        } catch {
          // It may or may not have arrived; resent with the same id it counts once either way.
          return mayWait(command) ? wait(command, watcher) : NETWORK;
        }
      },
      dismissUnsent: (commandId) =>
        set({ unsent: get().unsent.filter((entry) => entry.command.id !== commandId) }),
      claimUnsent: (commandId, claimed) =>
        set({
          unsent: get().unsent.map((entry) =>
            entry.command.id === commandId ? { ...entry, claimed } : entry,
          ),
        }),
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
