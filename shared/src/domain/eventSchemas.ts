/**
 * A meeting's events as zod schemas, for a log that arrives from outside (a community archive
 * moving in from another server). They take what the record keeps (`eventsForRecord`): token
 * hashes and link secrets empty, authors of anonymous topics empty, private round lines without
 * text. Every text is held to the limits its command has, so an imported log says nothing a
 * meeting here could not have said.
 */
import { z } from 'zod';
import { meetingScheduleSchema } from '../community/commands.js';
import { openActionSchema, topicOriginSchema } from '../community/recordSchemas.js';
import {
  entityIdSchema as id,
  instantSchema,
  isoDateSchema,
  oneLine,
  ownerSchema,
  settingsSchema,
  storedCommandIdSchema,
  topicDescriptionSchema,
  trimmedText,
} from './commands.js';
import type { EventType, MeetingEvent } from './events.js';
import { LIMITS } from './limits.js';
import {
  CONTINUE_CHOICES,
  ITEM_KINDS,
  MAX_TABLES,
  MIN_TABLES,
  MOODS,
  PHASES,
  REVIEW_STATUSES,
  ROLES,
  ROUNDS,
  TABLE_ASSIGNMENTS,
  TABLE_MODES,
} from './model.js';

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const emptied = z.literal('');
/** The table a discussion event happened at; absent = the plenary. */
const atTable = { tableId: id.optional() };

const timer = z.strictObject({
  startedAt: instantSchema,
  durationMs: count,
  pausedRemainingMs: count.nullable(),
});
const tally = z.strictObject({ up: count, sideways: count, down: count });
const perPerson = z.record(id, count);
const topicText = {
  title: oneLine(LIMITS.topicTitle),
  description: topicDescriptionSchema,
};
const itemFields = {
  kind: z.enum(ITEM_KINDS),
  text: trimmedText(LIMITS.itemText),
  owner: ownerSchema,
  due: isoDateSchema.nullable(),
};

const event = <T extends EventType, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({
    type: z.literal(type),
    ...shape,
    seq: z.number().int().min(1),
    at: instantSchema,
    commandId: storedCommandIdSchema,
  });

/** Every event type, once (a record, so a new member of the union must be listed here). */
const eventSchemas = {
  'meeting:created': event('meeting:created', {
    meetingId: id,
    title: oneLine(LIMITS.meetingTitle),
    settings: settingsSchema,
    community: z.strictObject({ id, name: oneLine(LIMITS.communityName) }).optional(),
    schedule: meetingScheduleSchema.optional(),
  }),
  'participant:joined': event('participant:joined', {
    participantId: id,
    tokenHash: emptied,
    name: oneLine(LIMITS.name),
    role: z.enum(ROLES),
  }),
  'participant:rejoined': event('participant:rejoined', { participantId: id }),
  'participant:renamed': event('participant:renamed', {
    participantId: id,
    name: oneLine(LIMITS.name),
  }),
  'participant:left': event('participant:left', { participantId: id }),
  'participant:removed': event('participant:removed', {
    participantId: id,
    dotsWithdrawn: z.boolean(),
  }),
  'round:posted': event('round:posted', {
    round: z.enum(ROUNDS),
    participantId: id,
    text: z.union([emptied, oneLine(LIMITS.roundLine)]),
    mood: z.enum(MOODS).nullable(),
    private: z.boolean(),
  }),
  'round:started': event('round:started', {
    round: z.enum(ROUNDS),
    order: z.array(id).max(LIMITS.maxParticipants),
    timer: timer.nullable(),
    autoAdvance: z.boolean().optional(),
  }),
  'round:reordered': event('round:reordered', { order: z.array(id).max(LIMITS.maxParticipants) }),
  'round:advanced': event('round:advanced', { index: count, timer: timer.nullable() }),
  'round:ended': event('round:ended', {}),
  'topic:proposed': event('topic:proposed', {
    topicId: id,
    ...topicText,
    authorId: z.union([emptied, id]),
    ...atTable,
  }),
  'topic:imported': event('topic:imported', {
    topicId: id,
    ...topicText,
    origin: topicOriginSchema,
  }),
  'topic:edited': event('topic:edited', { topicId: id, ...topicText }),
  'topic:deleted': event('topic:deleted', { topicId: id }),
  'topic:reopened': event('topic:reopened', { topicId: id }),
  'topic:merged': event('topic:merged', {
    sourceId: id,
    targetId: id,
    moved: perPerson,
    refunded: perPerson,
  }),
  'vote:cast': event('vote:cast', { participantId: id, topicId: id }),
  'vote:retracted': event('vote:retracted', { participantId: id, topicId: id }),
  'vote:closed': event('vote:closed', {
    queue: z.array(id).max(LIMITS.maxTopics),
    tables: z.record(id, z.array(id).max(LIMITS.maxTopics)).optional(),
  }),
  'vote:revealed': event('vote:revealed', {}),
  'vote:reopened': event('vote:reopened', {}),
  'vote:reset': event('vote:reset', {}),
  'queue:reordered': event('queue:reordered', { queue: z.array(id).max(LIMITS.maxTopics) }),
  'discussion:started': event('discussion:started', { ...atTable, topicId: id, timer }),
  'timer:paused': event('timer:paused', { ...atTable, remainingMs: count }),
  'timer:resumed': event('timer:resumed', { ...atTable, timer }),
  'timer:extended': event('timer:extended', { ...atTable, timer }),
  'timer:set': event('timer:set', { ...atTable, timer }),
  'timer:expired': event('timer:expired', {
    ...atTable,
    topicId: id,
    reason: z.enum(['elapsed', 'stopped']),
  }),
  'continue:voted': event('continue:voted', {
    ...atTable,
    participantId: id,
    choice: z.enum(CONTINUE_CHOICES),
  }),
  'discussion:continued': event('discussion:continued', {
    ...atTable,
    topicId: id,
    round: count,
    timer,
    tally,
    overridden: z.boolean(),
  }),
  'discussion:closed': event('discussion:closed', {
    ...atTable,
    topicId: id,
    tally: tally.nullable(),
    overridden: z.boolean(),
  }),
  'item:added': event('item:added', { itemId: id, topicId: id, ...itemFields, authorId: id }),
  'item:edited': event('item:edited', { itemId: id, ...itemFields }),
  'item:deleted': event('item:deleted', { itemId: id }),
  'summary:set': event('summary:set', { text: z.string().max(LIMITS.summary) }),
  'actions:imported': event('actions:imported', { actions: z.array(openActionSchema) }),
  'action:reviewed': event('action:reviewed', {
    actionId: id,
    status: z.enum(REVIEW_STATUSES),
  }),
  'phase:changed': event('phase:changed', { from: z.enum(PHASES), to: z.enum(PHASES) }),
  'settings:changed': event('settings:changed', { settings: settingsSchema }),
  'role:changed': event('role:changed', { participantId: id, role: z.enum(ROLES) }),
  'facilitation:handedOver': event('facilitation:handedOver', {
    from: id.nullable(),
    to: id,
    reason: z.enum(['handover', 'claim', 'failover']),
  }),
  'meeting:ended': event('meeting:ended', {}),
  'minutesLink:created': event('minutesLink:created', { linkId: id, secretHash: emptied }),
  'minutesLink:revoked': event('minutesLink:revoked', { linkId: id }),
  'tables:formed': event('tables:formed', {
    mode: z.enum(TABLE_MODES),
    assignment: z.enum(TABLE_ASSIGNMENTS),
    sizeLimit: count.nullable(),
    tableIds: z.array(id).min(MIN_TABLES).max(MAX_TABLES),
    seating: z.record(id, id),
  }),
  'tables:seated': event('tables:seated', { participantId: id, tableId: id }),
  'tables:hostSet': event('tables:hostSet', { tableId: id, hostId: id }),
  'tables:whereSet': event('tables:whereSet', {
    tableId: id,
    text: z.string().max(LIMITS.whereWeTalk),
  }),
  'tables:renamed': event('tables:renamed', { tableId: id, title: oneLine(LIMITS.tableTitle) }),
  'tables:voteClosed': event('tables:voteClosed', {
    tableId: id,
    queue: z.array(id).max(LIMITS.maxTopics),
  }),
  'tables:pulled': event('tables:pulled', { tableId: id, topicId: id }),
  'tables:timeCalled': event('tables:timeCalled', {
    minutes: z.number().int().min(0).max(LIMITS.maxTimeboxMinutes),
  }),
  'tables:harvested': event('tables:harvested', {
    tableId: id,
    text: z.string().max(LIMITS.harvest),
  }),
  'tables:rejoined': event('tables:rejoined', { queue: z.array(id).max(LIMITS.maxTopics) }),
} satisfies { [T in EventType]: z.ZodObject<{ type: z.ZodLiteral<T> } & z.ZodRawShape> };

/** One event of a meeting's log as the record keeps it. */
export const recordEventSchema: z.ZodType<MeetingEvent> = z.discriminatedUnion(
  'type',
  Object.values(eventSchemas) as unknown as [
    (typeof eventSchemas)[EventType],
    ...(typeof eventSchemas)[EventType][],
  ],
);
