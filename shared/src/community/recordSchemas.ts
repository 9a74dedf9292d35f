/**
 * What a community keeps of its meetings (backlog topics with their history, open actions,
 * outcomes) as zod schemas, for records that arrive from outside: a community archive, and the
 * meeting events that carry them. The limits are those of the commands that made them.
 */
import { z } from 'zod';
import {
  entityIdSchema as id,
  instantSchema,
  isoDateSchema,
  oneLine,
  ownerSchema,
  topicDescriptionSchema,
  trimmedText,
} from '../domain/commands.js';
import { LIMITS } from '../domain/limits.js';
import type { TopicOrigin } from '../domain/model.js';
import type { BacklogTopic, MeetingOutcome, OpenAction } from './model.js';

const count = z.number().int().min(0);
const name = oneLine(LIMITS.name);

const historySchema = z
  .array(
    z.strictObject({
      meetingId: id,
      meetingTitle: oneLine(LIMITS.meetingTitle),
      dots: count.nullable(),
      tableName: oneLine(LIMITS.name).optional(),
      tableTitle: oneLine(LIMITS.tableTitle).optional(),
    }),
  )
  .max(LIMITS.maxScheduledMeetings);

/** Where a backlog topic came from and the meetings it was on (kept when it is pulled). */
const provenance = {
  proposedAt: instantSchema,
  proposedByName: name.nullable(),
  history: historySchema,
};

export const topicOriginSchema = z.strictObject({
  backlogTopicId: id,
  ...provenance,
}) satisfies z.ZodType<TopicOrigin>;

export const backlogTopicSchema = z.strictObject({
  id,
  title: oneLine(LIMITS.topicTitle),
  description: topicDescriptionSchema,
  proposedBy: id.nullable(),
  ...provenance,
}) satisfies z.ZodType<BacklogTopic>;

export const openActionSchema = z.strictObject({
  id,
  text: trimmedText(LIMITS.itemText),
  owner: ownerSchema,
  due: isoDateSchema.nullable(),
  meetingId: id,
  meetingTitle: oneLine(LIMITS.meetingTitle),
  createdAt: instantSchema,
}) satisfies z.ZodType<OpenAction>;

export const meetingOutcomeSchema = z.strictObject({
  endedAt: instantSchema,
  discussed: z
    .array(z.strictObject({ title: oneLine(LIMITS.topicTitle), backlogTopicId: id.nullable() }))
    .max(LIMITS.maxTopics),
  carriedOver: count.max(LIMITS.maxTopics),
}) satisfies z.ZodType<MeetingOutcome>;
