/**
 * The meeting script split into tables: everyone joins, the facilitator splits the meeting into
 * tables (mode `own`, seats dealt out by the server), the first person at each table volunteers
 * as its host, everyone proposes and dots at their own table, and each host runs their table's
 * discussion: timer, a typed note, pause and resume, then stops the timer and everyone at the
 * table casts a continue-vote. Every command that takes a `tableId` carries it. The default
 * script's traffic, at the tables, plus the continue-votes. (Hosts, not the facilitator, lead:
 * one socket leading 25 tables would send 25 times the facilitator's commands, and the
 * server's per-socket limit refuses such bursts, as it would in a browser.)
 */
import type { Command } from '@percolate/shared';
import type { ConnectedRoom } from './benchClient.js';
import {
  byFacilitator,
  dotTopic,
  FACILITATOR,
  id,
  joinStep,
  NOTE,
  noteEdit,
  type PlannedCommand,
  proposeStep,
  requireId,
  type ScriptOptions,
  type ScriptStep,
  setPhase,
} from './meetingScript.js';

export interface TablesScriptOptions extends ScriptOptions {
  tables: number;
}

/** The room's clients that sit at a table, with it. */
const seated = (room: ConnectedRoom) =>
  room.clients.flatMap((_, index) => {
    const tableId = room.ids.tableOf(index);
    return tableId === undefined ? [] : [{ index, tableId }];
  });

/** Each table with its host: the first client sitting there. */
const hosts = (room: ConnectedRoom) =>
  room.ids.tableIds().map((tableId) => ({
    tableId,
    client: seated(room).find((seat) => seat.tableId === tableId)?.index ?? FACILITATOR,
  }));

/** One command per table, each sent by the table's host. */
const atEachTable = (room: ConnectedRoom, make: (tableId: string) => Command): PlannedCommand[] =>
  hosts(room).map(({ tableId, client }) => ({ client, command: make(tableId) }));

const discussedAt = (room: ConnectedRoom, tableId: string) =>
  requireId(room.ids.discussedTopicAt(tableId), 'topic under discussion at a table');

const timerStep = (name: string, type: 'timer:pause' | 'timer:resume' | 'timer:stop') => ({
  name,
  commands: (room: ConnectedRoom) => atEachTable(room, (tableId) => ({ id: id(), type, tableId })),
});

export const tablesScript = ({
  dotsPerParticipant,
  noteEdits,
  tables,
}: TablesScriptOptions): ScriptStep[] => [
  joinStep,
  {
    name: 'split into tables',
    commands: () =>
      byFacilitator({
        id: id(),
        type: 'tables:split',
        count: tables,
        mode: 'own',
        assignment: 'balanced',
      }),
  },
  {
    name: 'hosts volunteer',
    commands: (room) =>
      hosts(room).map(({ tableId, client }) => ({
        client,
        command: {
          id: id(),
          type: 'tables:host',
          tableId,
          participantId: requireId(room.ids.participantIdOf(client), 'participant'),
        } satisfies Command,
      })),
  },
  setPhase('open proposals', 'propose'),
  proposeStep,
  setPhase('open voting', 'vote'),
  {
    name: 'dots at the tables',
    commands: (room) =>
      seated(room).flatMap(({ index, tableId }) =>
        Array.from({ length: dotsPerParticipant }, (_, dot) => ({
          client: index,
          command: {
            id: id(),
            type: 'vote:cast',
            topicId: dotTopic(room.ids.topicIdsAt(tableId), index, dot),
          } satisfies Command,
        })),
      ),
  },
  { name: 'close voting', commands: () => byFacilitator({ id: id(), type: 'vote:close' }) },
  setPhase('open discussion', 'discuss'),
  {
    name: 'start timers',
    commands: (room) =>
      atEachTable(room, (tableId) => ({
        id: id(),
        type: 'discussion:start',
        tableId,
        topicId: requireId(room.ids.topicIdsAt(tableId)[0], 'queued topic at a table'),
      })),
  },
  {
    name: 'add notes',
    commands: (room) =>
      atEachTable(room, (tableId) => ({
        id: id(),
        type: 'item:add',
        topicId: discussedAt(room, tableId),
        kind: 'note',
        text: NOTE.slice(0, 8),
      })),
  },
  {
    name: 'type notes',
    commands: (room) =>
      Array.from({ length: noteEdits }, (_, edit) =>
        atEachTable(room, (tableId) => ({
          id: id(),
          type: 'item:edit',
          itemId: requireId(room.ids.lastItemOn(discussedAt(room, tableId)), 'note'),
          text: noteEdit(edit, noteEdits),
        })),
      ).flat(),
  },
  timerStep('pause timers', 'timer:pause'),
  timerStep('resume timers', 'timer:resume'),
  timerStep('stop timers (continue-votes open)', 'timer:stop'),
  {
    name: 'continue-votes',
    commands: (room) =>
      seated(room).map(({ index, tableId }) => ({
        client: index,
        command: { id: id(), type: 'continue:vote', tableId, choice: 'up' } satisfies Command,
      })),
  },
];
