/**
 * Parallel tables: splitting, seating, hosts, where a table talks, pulling from the shared list,
 * time calls, the harvest and coming back together. The discussion at each table runs with the
 * discussion rules (decideDiscussion.ts) on the table's scope.
 */
import type { CommandOf } from './commands.js';
import { closeTableDiscussionEvents } from './decideDiscussion.js';
import type { Decision, RuleInput } from './decision.js';
import { type DomainError, domainError, ErrorCode, isDomainError } from './errors.js';
import type { EventBody } from './events.js';
import { type MeetingState, type Participant, Phase, Role, type Table } from './model.js';
import { presentParticipant } from './participants.js';
import { isModerator } from './permissions.js';
import { lookup } from './records.js';
import { dealOut, hasRoomAt, shuffled, smallestTable } from './tableSeating.js';
import { runningTable, tableOf, tablesInOrder, tablesRunning } from './tables.js';

const notSplit = (): DomainError =>
  domainError(ErrorCode.TablesNotSplit, 'the meeting is not split into tables');

/** Moderators, or the table's host. */
export const leadsTable = (participant: Participant, table: Table): boolean =>
  isModerator(participant) || table.hostId === participant.id;

/** The running table a command names, if `me` leads it (else why not). */
const ledTable = (state: MeetingState, tableId: string, me: Participant, refusal: string) => {
  const found = runningTable(state, tableId);
  if (isDomainError(found)) return found;
  return leadsTable(me, found.table) ? found : domainError(ErrorCode.Forbidden, refusal);
};

const SPLIT_PHASES: ReadonlySet<Phase> = new Set([
  Phase.Lobby,
  Phase.Checkin,
  Phase.Propose,
  Phase.Vote,
  Phase.Discuss,
]);

/**
 * Balanced: those online are shuffled and dealt out round-robin, so sizes differ by at most one.
 * The lead facilitator is not dealt out: they look after every table (and may sit down at one).
 */
export const decideSplit = ({
  state,
  command,
  ctx,
}: RuleInput<CommandOf<'tables:split'>>): Decision => {
  if (!SPLIT_PHASES.has(state.phase)) return domainError(ErrorCode.WrongPhase, 'too late to split');
  if (state.tables) return domainError(ErrorCode.TablesAlreadySplit, 'already split into tables');
  const tableIds = Array.from({ length: command.count }, () => ctx.newId());
  const present = (ctx.online?.() ?? Object.keys(state.participants)).filter((id) => {
    const participant = presentParticipant(state, id);
    return participant !== undefined && participant.role !== Role.Facilitator;
  });
  const people = ctx.random ? shuffled(present, ctx.random) : present;
  return [
    {
      type: 'tables:formed',
      mode: command.mode,
      assignment: command.assignment,
      sizeLimit: command.sizeLimit ?? null,
      tableIds,
      seating: command.assignment === 'balanced' ? dealOut(people, tableIds) : {},
    },
  ];
};

/** A moderator seats anyone anywhere; with 'choose' people pick their own table while it has room. */
export const decideSeat = ({
  state,
  command,
  me,
}: RuleInput<CommandOf<'tables:seat'>>): Decision => {
  const found = runningTable(state, command.tableId);
  if (isDomainError(found)) return found;
  const { tables } = found;
  if (!presentParticipant(state, command.participantId)) {
    return domainError(ErrorCode.ParticipantNotFound, 'no such participant');
  }
  if (tableOf(tables, command.participantId) === command.tableId) return [];
  if (!isModerator(me)) {
    if (command.participantId !== me.id || tables.assignment !== 'choose') {
      return domainError(ErrorCode.Forbidden, 'a moderator seats people');
    }
    if (!hasRoomAt(tables, command.tableId)) {
      return domainError(ErrorCode.TableFull, 'the table is full');
    }
  }
  return [
    { type: 'tables:seated', participantId: command.participantId, tableId: command.tableId },
  ];
};

/** A late joiner sits down at the smallest table, unless people choose their own. */
export const seatLateJoiner = (state: MeetingState, participantId: string): EventBody[] => {
  if (!tablesRunning(state.tables) || state.tables.assignment === 'choose') return [];
  const tableId = smallestTable(state.tables);
  return tableId ? [{ type: 'tables:seated', participantId, tableId }] : [];
};

/** A moderator chooses a host from anyone present; someone at a table without a host volunteers. */
export const decideHost = ({
  state,
  command,
  me,
}: RuleInput<CommandOf<'tables:host'>>): Decision => {
  const found = runningTable(state, command.tableId);
  if (isDomainError(found)) return found;
  const { tables, table } = found;
  if (!presentParticipant(state, command.participantId)) {
    return domainError(ErrorCode.ParticipantNotFound, 'no such participant');
  }
  if (table.hostId === command.participantId) return [];
  if (!isModerator(me)) {
    if (command.participantId !== me.id) {
      return domainError(ErrorCode.Forbidden, 'a moderator chooses the host');
    }
    if (tableOf(tables, me.id) !== table.id) {
      return domainError(ErrorCode.NotAtTable, 'you do not sit at this table');
    }
    if (table.hostId !== null) return domainError(ErrorCode.TableHasHost, 'the table has a host');
  }
  return [{ type: 'tables:hostSet', tableId: table.id, hostId: command.participantId }];
};

export const decideWhere = ({
  state,
  command,
  me,
}: RuleInput<CommandOf<'tables:where'>>): Decision => {
  const found = ledTable(state, command.tableId, me, 'the host or a moderator says where');
  if (isDomainError(found)) return found;
  if (found.table.whereWeTalk === command.text) return [];
  return [{ type: 'tables:whereSet', tableId: command.tableId, text: command.text }];
};

/** The host or a moderator names the table; it goes by its number until then. */
export const decideTableRename = ({
  state,
  command,
  me,
}: RuleInput<CommandOf<'tables:rename'>>): Decision => {
  const found = ledTable(state, command.tableId, me, 'the host or a moderator names the table');
  if (isDomainError(found)) return found;
  if (found.table.title === command.name) return [];
  return [{ type: 'tables:renamed', tableId: command.tableId, title: command.name }];
};

/** Mode 'shared': the table takes a topic off the shared ranked list; no other table can take it. */
export const decidePull = ({
  state,
  command,
  me,
}: RuleInput<CommandOf<'tables:pull'>>): Decision => {
  const found = ledTable(state, command.tableId, me, 'the host or a moderator pulls topics');
  if (isDomainError(found)) return found;
  if (found.tables.mode !== 'shared') {
    return domainError(ErrorCode.WrongPhase, 'each table has its own topics');
  }
  if (state.phase !== Phase.Discuss) return domainError(ErrorCode.WrongPhase, 'not discussing now');
  // The plenary's topic under discussion stays with the plenary.
  const open = state.queue.filter((id) => id !== state.discussion?.topicId);
  const topicId = command.topicId ?? open[0];
  if (topicId === undefined || !open.includes(topicId)) {
    return domainError(ErrorCode.TopicNotOpen, 'the topic is not on the shared list');
  }
  return [{ type: 'tables:pulled', tableId: command.tableId, topicId }];
};

export const decideTimeCall = ({
  state,
  command,
}: RuleInput<CommandOf<'tables:timeCall'>>): Decision =>
  tablesRunning(state.tables)
    ? [{ type: 'tables:timeCalled', minutes: command.minutes }]
    : notSplit();

/** A table's host, anyone at it or a moderator posts its takeaways, also after the rejoin. */
export const decideHarvest = ({
  state,
  command,
  me,
}: RuleInput<CommandOf<'tables:harvest'>>): Decision => {
  const tables = state.tables;
  if (!tables) return notSplit();
  const table = lookup(tables.tables, command.tableId);
  if (!table) return domainError(ErrorCode.TableNotFound, 'no such table');
  if (!leadsTable(me, table) && tableOf(tables, me.id) !== table.id) {
    return domainError(ErrorCode.NotAtTable, 'you do not sit at this table');
  }
  if (table.harvest === command.text) return [];
  return [{ type: 'tables:harvested', tableId: table.id, text: command.text }];
};

/** The tables' discussions end; their undiscussed topics join the plenary's queue after its own. */
export const decideRejoin = ({ state }: RuleInput<CommandOf<'tables:rejoin'>>): Decision => {
  if (!tablesRunning(state.tables)) return notSplit();
  const closed = closeTableDiscussionEvents(state);
  const discussed = new Set(closed.map((event) => ('topicId' in event ? event.topicId : '')));
  const fromTables = tablesInOrder(state.tables).flatMap((table) =>
    table.queue.filter((id) => !discussed.has(id)),
  );
  return [...closed, { type: 'tables:rejoined', queue: [...state.queue, ...fromTables] }];
};
