/** The commands a community takes after its creation (which is REST), as zod schemas. */
import { z } from 'zod';
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
    meetingId: id,
    title: text(LIMITS.meetingTitle),
    startsAt: z.iso.datetime({ offset: true }),
    videoUrl: z
      .url({ protocol: /^https?$/ })
      .max(LIMITS.videoUrl)
      .optional(),
  }),
  z.strictObject({
    type: z.literal('backlog:add'),
    title: text(LIMITS.topicTitle),
    description: z.string().trim().max(LIMITS.topicDescription).optional(),
    anonymous: z.boolean().optional(),
  }),
  z.strictObject({ type: z.literal('backlog:remove'), topicId: id }),
]);
export type CommunityCommand = z.infer<typeof communityCommandSchema>;
