/**
 * Every client→server command, as zod schemas. The server validates each inbound payload with
 * `commandSchema`; the types are inferred from it and never redeclared.
 */
import { z } from 'zod';
import type { OpenAction } from '../community/carriedOver.js';
import { LIMITS } from './limits.js';
import {
  CONTINUE_CHOICES,
  ITEM_KINDS,
  MAX_TABLES,
  MIN_TABLES,
  MOODS,
  PHASES,
  REVIEW_STATUSES,
  ROUNDS,
  type RoundKind,
  TABLE_ASSIGNMENTS,
  TABLE_MODES,
  type TopicOrigin,
} from './model.js';
import { settingsPatchSchema } from './settingsSchema.js';

/** An id made by the server (participants, topics, items, meetings). */
export const entityIdSchema = z.string().min(1).max(64);
const id = entityIdSchema;
/**
 * A command's id, made by the client (nanoid): printable ASCII without spaces, so it is stored
 * and compared exactly as sent (a lone surrogate would not survive the database's encoding).
 */
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;
export const commandIdSchema = z
  .string()
  .max(LIMITS.commandId)
  .regex(PRINTABLE_ASCII, 'a command id is 1–64 printable ASCII characters');
/** A command id as the log stores it: the sender's scope and a colon before the client's id. */
export const storedCommandIdSchema = z
  .string()
  .max(LIMITS.commandId * 2)
  .regex(PRINTABLE_ASCII, 'a stored command id is printable ASCII');
/** Milliseconds since the epoch, within what a Date can hold. */
export const instantSchema = z.number().int().min(0).max(8.64e15);
/** A trimmed text of 1 to `max` characters (line breaks allowed). */
export const trimmedText = (max: number) => z.string().trim().min(1).max(max);
const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u;
/** A trimmed one-line text: no line breaks, tabs or other control characters. */
export const oneLine = (max: number) =>
  trimmedText(max).regex(NO_CONTROL_CHARACTERS, 'one line: no line breaks or control characters');
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
/** Who does an action item: a name, one line. */
export const ownerSchema = z
  .string()
  .trim()
  .max(LIMITS.owner)
  .regex(NO_CONTROL_CHARACTERS)
  .nullable();
/** A topic's description, which may be empty. */
export const topicDescriptionSchema = z.string().trim().max(LIMITS.topicDescription);

export { type SettingsPatch, settingsPatchSchema, settingsSchema } from './settingsSchema.js';

const cmd = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ id: commandIdSchema, type: z.literal(type), ...shape });

/** The table a discussion command acts at; left out = the plenary. */
const atTable = { tableId: id.optional() };

export const commandSchemas = {
  'participant:join': cmd('participant:join', { name: oneLine(LIMITS.name) }),
  'participant:rename': cmd('participant:rename', { name: oneLine(LIMITS.name) }),
  'participant:leave': cmd('participant:leave', {}),
  /** Moderators remove someone who left, or a duplicate of someone on a second device. */
  'participant:remove': cmd('participant:remove', { participantId: id }),

  'round:post': cmd('round:post', {
    round: z.enum(ROUNDS),
    text: oneLine(LIMITS.roundLine),
    mood: z.enum(MOODS).nullable().optional(),
    private: z.boolean().optional(),
  }),
  'round:start': cmd('round:start', {
    round: z.enum(ROUNDS),
    /** Speaking order; defaults to join order of those present. */
    order: z.array(id).max(LIMITS.maxParticipants).optional(),
    /** Move on to the next speaker by itself when one's time is up (needs a per-person time). */
    autoAdvance: z.boolean().optional(),
  }),
  'round:next': cmd('round:next', {}),
  /** A new order of the speakers still to come; who spoke or speaks keeps their place. */
  'round:reorder': cmd('round:reorder', { order: z.array(id).max(LIMITS.maxParticipants) }),
  'round:end': cmd('round:end', {}),

  'topic:propose': cmd('topic:propose', {
    title: oneLine(LIMITS.topicTitle),
    description: topicDescriptionSchema.optional(),
  }),
  'topic:edit': cmd('topic:edit', {
    topicId: id,
    title: oneLine(LIMITS.topicTitle).optional(),
    description: topicDescriptionSchema.optional(),
  }),
  'topic:delete': cmd('topic:delete', { topicId: id }),
  'topic:merge': cmd('topic:merge', { sourceId: id, targetId: id }),
  /** A discussed topic goes back to the front of the queue, to be discussed again. */
  'topic:reopen': cmd('topic:reopen', { topicId: id }),

  'vote:cast': cmd('vote:cast', { topicId: id }),
  'vote:retract': cmd('vote:retract', { topicId: id }),
  /** Closes the vote; with `tableId`, in mode 'own', only that table's (its host may). */
  'vote:close': cmd('vote:close', atTable),
  'vote:reveal': cmd('vote:reveal', {}),
  'queue:reorder': cmd('queue:reorder', { order: z.array(id).max(LIMITS.maxTopics) }),

  'discussion:start': cmd('discussion:start', {
    ...atTable,
    topicId: id,
    /** This topic's own timebox; the meeting's timebox when left out. */
    minutes: z.number().int().min(1).max(LIMITS.maxTimeboxMinutes).optional(),
  }),
  'timer:pause': cmd('timer:pause', atTable),
  'timer:resume': cmd('timer:resume', atTable),
  'timer:extend': cmd('timer:extend', {
    ...atTable,
    minutes: z.number().int().min(1).max(LIMITS.maxTimeboxMinutes),
  }),
  'timer:stop': cmd('timer:stop', atTable),
  /** Sets the time left while the timebox runs (a restart sets the topic's whole timebox). */
  'timer:set': cmd('timer:set', {
    ...atTable,
    seconds: z
      .number()
      .int()
      .min(1)
      .max(LIMITS.maxTimeboxMinutes * 60),
  }),
  'continue:vote': cmd('continue:vote', { ...atTable, choice: z.enum(CONTINUE_CHOICES) }),
  /** Resolve the continue-vote by majority, or override it with an explicit decision. */
  'continue:resolve': cmd('continue:resolve', {
    ...atTable,
    decision: z.enum(['continue', 'close']).optional(),
  }),
  'discussion:close': cmd('discussion:close', atTable),

  'item:add': cmd('item:add', {
    topicId: id,
    kind: z.enum(ITEM_KINDS),
    text: trimmedText(LIMITS.itemText),
    owner: ownerSchema.optional(),
    due: isoDateSchema.nullable().optional(),
  }),
  'item:edit': cmd('item:edit', {
    itemId: id,
    kind: z.enum(ITEM_KINDS).optional(),
    text: trimmedText(LIMITS.itemText).optional(),
    owner: ownerSchema.optional(),
    due: isoDateSchema.nullable().optional(),
  }),
  'item:delete': cmd('item:delete', { itemId: id }),
  'summary:set': cmd('summary:set', { text: z.string().max(LIMITS.summary) }),
  /** Marks an earlier meeting's open action done or carried on (or back to not reviewed). */
  'action:review': cmd('action:review', { actionId: id, status: z.enum(REVIEW_STATUSES) }),

  'phase:set': cmd('phase:set', { phase: z.enum(PHASES) }),
  'settings:update': cmd('settings:update', {
    settings: settingsPatchSchema,
    /** Takes every dot back first (before the discussion), so the dot rules may change. */
    resetDots: z.boolean().optional(),
  }),
  'facilitation:handover': cmd('facilitation:handover', { to: id }),
  /** The holder of the facilitator key takes the facilitator role (back). */
  'facilitation:claim': cmd('facilitation:claim', {}),
  'role:set': cmd('role:set', {
    participantId: id,
    role: z.enum(['cofacilitator', 'scribe', 'participant']),
  }),
  'meeting:end': cmd('meeting:end', {}),

  /** Splits the meeting into tables (see tables.ts); before the wrap-up, once. */
  'tables:split': cmd('tables:split', {
    count: z.number().int().min(MIN_TABLES).max(MAX_TABLES),
    mode: z.enum(TABLE_MODES),
    assignment: z.enum(TABLE_ASSIGNMENTS),
    /** Most people at one table when they choose; null or left out = no limit. */
    sizeLimit: z.number().int().min(1).max(LIMITS.maxParticipants).nullable().optional(),
  }),
  /** A moderator seats anyone; with 'choose' a participant picks their own table. */
  'tables:seat': cmd('tables:seat', { participantId: id, tableId: id }),
  /** A moderator sets a table's host; someone at a table without one volunteers (their own id). */
  'tables:host': cmd('tables:host', { tableId: id, participantId: id }),
  /** Where the table talks (a breakout room's name or link); empty clears it. */
  'tables:where': cmd('tables:where', {
    tableId: id,
    text: z.string().trim().max(LIMITS.whereWeTalk).regex(NO_CONTROL_CHARACTERS),
  }),
  /** The table's host or a moderator names the table (one line, 1–40 characters). */
  'tables:rename': cmd('tables:rename', { tableId: id, name: oneLine(LIMITS.tableTitle) }),
  /** Mode 'shared': the table takes a topic (the top of the shared list when left out). */
  'tables:pull': cmd('tables:pull', { tableId: id, topicId: id.optional() }),
  /** "N minutes left", to every table. */
  'tables:timeCall': cmd('tables:timeCall', {
    minutes: z.number().int().min(0).max(LIMITS.maxTimeboxMinutes),
  }),
  /** The table's takeaways for the plenary (replaces the earlier text). */
  'tables:harvest': cmd('tables:harvest', {
    tableId: id,
    text: z.string().trim().max(LIMITS.harvest),
  }),
  /** Everyone back to the plenary: the tables' discussions end, their open topics come back. */
  'tables:rejoin': cmd('tables:rejoin', {}),
} as const;

export const commandSchema = z.discriminatedUnion(
  'type',
  Object.values(commandSchemas) as unknown as [
    (typeof commandSchemas)[keyof typeof commandSchemas],
    ...(typeof commandSchemas)[keyof typeof commandSchemas][],
  ],
);

export type Command = z.infer<typeof commandSchema>;
export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;
export const COMMAND_TYPES = Object.keys(commandSchemas) as CommandType[];

/**
 * Commands only the server issues on its own behalf (timer expiry, facilitator failover, what a
 * community brings into its meeting).
 * They never arrive from a socket, so they have no client schema.
 */
export type SystemCommand =
  | { type: 'timer:expire'; topicId: string; round: number; tableId?: string }
  /** A speaker's time is up in a round that moves on by itself. */
  | { type: 'round:expire'; round: RoundKind; index: number }
  | { type: 'facilitation:failover'; from: string; to: string }
  /** Issued for the facilitator's REST request: a read-only link to the minutes (only its hash). */
  | { type: 'minutesLink:create'; linkId: string; secretHash: string }
  | { type: 'minutesLink:revoke'; linkId: string }
  /** Backlog topics pulled into this meeting by its community; repeats are skipped. */
  | {
      type: 'topics:import';
      topics: { title: string; description: string; origin: TopicOrigin }[];
    }
  /** The community's open actions, to review in this meeting; repeats are skipped. */
  | { type: 'actions:import'; actions: OpenAction[] };

/** Every server-only command type (a record, so a new member of the union must be listed). */
const SYSTEM_COMMANDS: Record<SystemCommand['type'], true> = {
  'timer:expire': true,
  'round:expire': true,
  'facilitation:failover': true,
  'minutesLink:create': true,
  'minutesLink:revoke': true,
  'topics:import': true,
  'actions:import': true,
};
/** A client sending one of these is refused `FORBIDDEN`. */
export const SYSTEM_COMMAND_TYPES = Object.keys(SYSTEM_COMMANDS) as SystemCommand['type'][];
