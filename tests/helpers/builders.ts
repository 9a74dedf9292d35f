/**
 * Test builders for the meeting's rules: a meeting driven through the real decide/evolve with a
 * deterministic clock and ids. Names ('facilitator', 'p1', 'p2', …) stand for participants.
 */
import {
  type Actor,
  type Command,
  createMeetingEvent,
  type DecideContext,
  type DomainError,
  decide,
  type EventBody,
  emptyState,
  evolve,
  isDomainError,
  type MeetingEvent,
  type MeetingState,
  type Phase,
  type SettingsPatch,
  type SystemCommand,
} from '@percolate/shared';

/** A command as written in tests: the command id is filled in. */
export type CommandInput = Command extends infer C
  ? C extends Command
    ? Omit<C, 'id'>
    : never
  : never;

export const START = Date.UTC(2025, 0, 15, 9, 0, 0);
export const SYSTEM: Actor = { kind: 'system' };

/** A client actor for a name; the facilitator's browser holds the facilitator key. */
export const clientActor = (name: string, hasFacilitatorKey = name === 'facilitator'): Actor => ({
  kind: 'client',
  tokenHash: `hash-${name}`,
  hasFacilitatorKey,
});

/** The way through the phases from the lobby to each phase, as the facilitator would click it. */
const PATH_FROM_LOBBY: Record<Phase, Phase[]> = {
  lobby: [],
  checkin: ['checkin'],
  propose: ['propose'],
  vote: ['propose', 'vote'],
  discuss: ['propose', 'vote', 'discuss'],
  wrapup: ['propose', 'vote', 'discuss', 'wrapup'],
  ended: [],
};

export const resultCode = (result: EventBody[] | DomainError): string =>
  isDomainError(result) ? result.code : 'ok';

export class TestMeeting {
  state: MeetingState;
  readonly events: MeetingEvent[] = [];
  now = START;
  private nextId = 0;
  private nextCommand = 0;
  private readonly ids = new Map<string, string>();

  constructor(settings?: SettingsPatch, title = 'CoP meeting') {
    this.state = emptyState('m1');
    this.append([createMeetingEvent('m1', title, settings)], 'create');
  }

  /** What the server would pass in besides time and ids: who is online, its randomness. */
  outside: Pick<DecideContext, 'online' | 'random'> = {};

  get ctx(): DecideContext {
    return { now: this.now, newId: () => `id${++this.nextId}`, ...this.outside };
  }

  advance(ms: number): this {
    this.now += ms;
    return this;
  }

  /** The participant id of a name that joined. */
  id(name: string): string {
    const id = this.ids.get(name);
    if (!id) throw new Error(`${name} has not joined`);
    return id;
  }

  /** Runs a command; on success its events are appended and applied. */
  run(actor: Actor, command: CommandInput | SystemCommand): EventBody[] | DomainError {
    const commandId = `cmd${++this.nextCommand}`;
    const full = ('id' in command ? command : { ...command, id: commandId }) as
      | Command
      | SystemCommand;
    const result = decide(this.state, full, actor, this.ctx);
    if (!isDomainError(result)) this.append(result, commandId);
    return result;
  }

  /** Runs a command as a named participant. */
  as(name: string, command: CommandInput, hasFacilitatorKey?: boolean): EventBody[] | DomainError {
    return this.run(clientActor(name, hasFacilitatorKey), command);
  }

  system(command: SystemCommand): EventBody[] | DomainError {
    return this.run(SYSTEM, command);
  }

  /** Runs a command that must succeed and returns its events. */
  ok(name: string, command: CommandInput): EventBody[] {
    const result = this.as(name, command);
    if (isDomainError(result)) throw new Error(`${command.type} by ${name}: ${result.code}`);
    return result;
  }

  join(name: string, displayName = name): string {
    const events = this.ok(name, { type: 'participant:join', name: displayName });
    const joined = events.find((e) => e.type === 'participant:joined');
    if (joined?.type === 'participant:joined') this.ids.set(name, joined.participantId);
    return this.id(name);
  }

  /** The facilitator moves the meeting along the usual path to `phase`, from the lobby. */
  goTo(phase: Phase): this {
    for (const step of PATH_FROM_LOBBY[phase]) {
      this.ok('facilitator', { type: 'phase:set', phase: step });
    }
    if (phase === 'ended') this.ok('facilitator', { type: 'meeting:end' });
    return this;
  }

  propose(name: string, title: string): string {
    const [event] = this.ok(name, { type: 'topic:propose', title });
    if (event?.type !== 'topic:proposed') throw new Error('no topic proposed');
    return event.topicId;
  }

  /** Sets a role as the facilitator. */
  makeRole(name: string, role: 'cofacilitator' | 'scribe' | 'participant'): this {
    this.ok('facilitator', { type: 'role:set', participantId: this.id(name), role });
    return this;
  }

  private append(bodies: EventBody[], commandId: string): void {
    for (const body of bodies) {
      const event = { ...body, seq: this.state.seq + 1, at: this.now, commandId } as MeetingEvent;
      this.events.push(event);
      this.state = evolve(this.state, event);
    }
  }
}

export interface MeetingOptions {
  /** Participants besides the facilitator: named p1 … pN. */
  participants?: number;
  settings?: SettingsPatch;
  /** Where the facilitator takes the meeting after everyone joined. */
  phase?: Phase;
  /** Topics proposed by p1, p2, … in turn (by the facilitator when nobody else joined). */
  topics?: string[];
}

/**
 * A meeting with a facilitator and N participants (joined one second apart), taken to `phase`,
 * with topics proposed one second apart by p1, p2, … in turn.
 */
export const meeting = ({
  participants = 2,
  settings,
  phase = 'lobby',
  topics = [],
}: MeetingOptions = {}): { m: TestMeeting; topicIds: string[] } => {
  const m = new TestMeeting(settings);
  m.join('facilitator', 'Fran');
  for (let i = 1; i <= participants; i += 1) {
    m.advance(1000);
    m.join(`p${i}`, `Person ${i}`);
  }
  // Topics are proposed in the propose phase, or right away when the meeting stays before it.
  const early = phase === 'lobby' || phase === 'checkin';
  m.goTo(early || topics.length === 0 ? phase : 'propose');
  const topicIds = topics.map((title, i) => {
    m.advance(1000);
    return m.propose(participants > 0 ? `p${(i % participants) + 1}` : 'facilitator', title);
  });
  if (!early && topics.length > 0) {
    for (const step of PATH_FROM_LOBBY[phase].slice(PATH_FROM_LOBBY.propose.length)) {
      m.ok('facilitator', { type: 'phase:set', phase: step });
    }
  }
  return { m, topicIds };
};
