import { z } from 'zod';
import {
  entityIdSchema as id,
  instantSchema,
  oneLine,
  settingsPatchSchema,
} from '../domain/commands.js';
import { recordEventSchema } from '../domain/eventSchemas.js';
import { LIMITS } from '../domain/limits.js';
import { COMMUNITY_ARCHIVE_FORMAT, COMMUNITY_ARCHIVE_VERSION } from './archiveFormat.js';
import { createCommunitySchema, scheduleFields } from './commands.js';
import { backlogTopicSchema, meetingOutcomeSchema, openActionSchema } from './recordSchemas.js';

const archivedMeetingSchema = z.strictObject({
  meetingId: id,
  ...scheduleFields,
  videoUrl: scheduleFields.videoUrl.nullable(),
  facilitatorId: id.nullable(),
  scheduledAt: instantSchema,
  outcome: meetingOutcomeSchema.nullable(),
  deleted: z.boolean(),
  settings: settingsPatchSchema.optional(),
  /** The log as the record keeps it, for a meeting that was held and still has its minutes. */
  events: z.array(recordEventSchema).nullable(),
});

/** The fields of a community archive, each within the limits the live commands have. */
export const archiveShape = z.strictObject({
  format: z.literal(COMMUNITY_ARCHIVE_FORMAT),
  version: z.literal(COMMUNITY_ARCHIVE_VERSION),
  exportedAt: instantSchema,
  community: z.strictObject({
    id,
    name: createCommunitySchema.shape.name,
    description: createCommunitySchema.shape.description.unwrap(),
    createdAt: instantSchema,
    /** Its members, without those who left. */
    members: z
      .array(z.strictObject({ id, name: oneLine(LIMITS.name), joinedAt: instantSchema }))
      .max(LIMITS.maxParticipants),
    /** Member ids in turn order; one of a member who left keeps their place, nameless. */
    rotation: z.array(id).max(LIMITS.maxParticipants),
    meetingDefaults: settingsPatchSchema.optional(),
  }),
  backlog: z.array(backlogTopicSchema),
  /** Action items of ended meetings still open. */
  actions: z.array(openActionSchema),
  meetings: z.array(archivedMeetingSchema).max(LIMITS.maxScheduledMeetings),
});

export type CommunityArchive = z.infer<typeof archiveShape>;
export type ArchivedMeeting = CommunityArchive['meetings'][number];
