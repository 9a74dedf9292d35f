/** The commands a community takes after its creation (which is REST), as zod schemas. */
import { z } from 'zod';
import { commandIdSchema } from '../domain/commands.js';
import { LIMITS } from '../domain/limits.js';

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().min(1).max(max);

export const createCommunitySchema = z.strictObject({
  name: text(LIMITS.communityName),
  description: z.string().trim().max(LIMITS.communityDescription).optional(),
});
export type CreateCommunity = z.infer<typeof createCommunitySchema>;

export const communityCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('member:join'), name: text(LIMITS.name) }),
  z.strictObject({ type: z.literal('member:leave'), memberId: id }),
  z.strictObject({
    type: z.literal('rotation:set'),
    memberIds: z.array(id).max(LIMITS.maxParticipants),
  }),
  z.strictObject({
    type: z.literal('meeting:schedule'),
    title: text(LIMITS.meetingTitle),
    startsAt: z.iso.datetime({ offset: true }),
    durationMinutes: z
      .number()
      .int()
      .min(LIMITS.minMeetingMinutes)
      .max(LIMITS.maxMeetingMinutes)
      .optional(),
    videoUrl: z
      .url({ protocol: /^https?$/ })
      .max(LIMITS.videoUrl)
      .optional(),
    /** Defaults to the rotation's next facilitator; null leaves it open. */
    facilitatorId: id.nullable().optional(),
  }),
  z.strictObject({ type: z.literal('meeting:delete'), meetingId: id }),
  z.strictObject({
    type: z.literal('backlog:add'),
    title: text(LIMITS.topicTitle),
    description: z.string().trim().max(LIMITS.topicDescription).optional(),
    anonymous: z.boolean().optional(),
  }),
  z.strictObject({ type: z.literal('backlog:remove'), topicId: id }),
  z.strictObject({
    type: z.literal('backlog:pull'),
    meetingId: id,
    topicIds: z.array(id).min(1).max(LIMITS.maxPulledTopics),
  }),
  z.strictObject({ type: z.literal('action:done'), actionId: id }),
]);
export type CommunityCommand = z.infer<typeof communityCommandSchema>;

/** The REST body of a community command: a retried commandId gets its first answer again. */
export const communityCommandRequestSchema = z.strictObject({
  commandId: commandIdSchema,
  command: communityCommandSchema,
});
export type CommunityCommandRequest = z.infer<typeof communityCommandRequestSchema>;
