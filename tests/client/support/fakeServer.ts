/**
 * A stand-in for the network only: commands run through the REAL shared rules (decide/evolve via
 * the TestMeeting builder), and the store receives snapshots, patches and private views exactly
 * as the Socket.IO layer would deliver them.
 */
import {
  type Command,
  type CommandAck,
  diff,
  isDomainError,
  type MinutesAck,
  minutes,
  type ParticipantId,
  type PublicView,
  projectPrivate,
  projectPublic,
} from '@percolate/shared';
import type {
  ConnectOptions,
  ConnectToMeeting,
  RealtimeSink,
} from '../../../client/src/store/transport.js';
import { clientActor, type TestMeeting } from '../../helpers/builders.js';

interface Connection {
  name: string;
  hasKey: boolean;
  sink: RealtimeSink;
  lastView: PublicView;
}

export class FakeServer {
  readonly sent: Command[] = [];
  private readonly connections: Connection[] = [];

  constructor(
    readonly meeting: TestMeeting,
    /** Who a browser is, by its token; unknown tokens are `defaultName`. */
    private readonly nameForToken: (token: string) => string,
  ) {}

  readonly connect: ConnectToMeeting = (options: ConnectOptions, sink: RealtimeSink) => {
    const name = this.nameForToken(options.token);
    const connection: Connection = {
      name,
      hasKey: options.facilitatorKey !== null,
      sink,
      lastView: projectPublic(this.meeting.state),
    };
    this.connections.push(connection);
    sink.setStatus('online');
    // The server's clock is the meeting's clock: the store must count down from it.
    sink.setClockOffset(this.meeting.now - Date.now());
    sink.applySnapshot({
      seq: this.meeting.state.seq,
      serverNow: this.meeting.now,
      view: connection.lastView,
      me: this.privateFor(connection),
      online: this.online(),
    });
    return {
      send: async (command) => this.receive(connection, command),
      requestMinutes: async () => this.minutesFor(connection),
      reconnect: () => sink.setStatus('online'),
      close: () => {
        this.connections.splice(this.connections.indexOf(connection), 1);
      },
    };
  };

  /** Someone else in the meeting does something; every connected browser hears of it. */
  act(name: string, command: Parameters<TestMeeting['as']>[1]): void {
    const result = this.meeting.as(name, command);
    if (isDomainError(result)) throw new Error(`${command.type} by ${name}: ${result.code}`);
    this.broadcast();
  }

  /** The connection drops and comes back: for the connection banner. */
  setStatus(status: Parameters<RealtimeSink['setStatus']>[0]): void {
    for (const connection of this.connections) connection.sink.setStatus(status);
  }

  private receive(connection: Connection, command: Command): CommandAck {
    this.sent.push(command);
    const result = this.meeting.run(clientActor(connection.name, connection.hasKey), command);
    if (isDomainError(result)) return { ok: false, error: result };
    this.broadcast();
    return { ok: true, seq: this.meeting.state.seq };
  }

  private broadcast(): void {
    const next = projectPublic(this.meeting.state);
    for (const connection of this.connections) {
      const from = connection.sink.seq();
      connection.sink.receivePatch({
        from,
        to: this.meeting.state.seq,
        ops: diff(connection.lastView, next),
      });
      connection.lastView = next;
      connection.sink.applyPrivate(this.meeting.state.seq, this.privateFor(connection));
    }
  }

  /** As the server: for whoever joined or holds the key. */
  private minutesFor(connection: Connection): MinutesAck {
    if (this.participantId(connection.name) === null && !connection.hasKey) {
      return { ok: false, error: { code: 'NOT_JOINED', message: 'join the meeting first' } };
    }
    return { ok: true, minutes: minutes(this.meeting.events, { now: this.meeting.now }) };
  }

  private participantId(name: string): ParticipantId | null {
    return this.meeting.state.participantByTokenHash[`hash-${name}`] ?? null;
  }

  private privateFor(connection: Connection) {
    return projectPrivate(this.meeting.state, {
      participantId: this.participantId(connection.name),
      hasFacilitatorKey: connection.hasKey,
    });
  }

  private online(): ParticipantId[] {
    return Object.keys(this.meeting.state.participants);
  }
}
