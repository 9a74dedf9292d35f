/** The commands a community takes after its creation (which is REST), as zod schemas. */
import { z } from 'zod';
import {
  commandIdSchema,
  entityIdSchema,
  oneLine,
  settingsPatchSchema,
  topicDescriptionSchema,
} from '../domain/commands.js';
import { LIMITS } from '../domain/limits.js';
import { DEFAULT_MEETING_MINUTES } from './model.js';

const id = entityIdSchema;

export const createCommunitySchema = z.strictObject({
  name: oneLine(LIMITS.communityName),
  description: z.string().trim().max(LIMITS.communityDescription).optional(),
  /** What its meetings start with; the creating browser sends its language and time zone. */
  meetingDefaults: settingsPatchSchema.optional(),
});
export type CreateCommunity = z.infer<typeof createCommunitySchema>;

/** What the organiser says of a meeting they schedule (and what a community archive carries of it). */
export const scheduleFields = {
  title: oneLine(LIMITS.meetingTitle),
  startsAt: z.iso.datetime({ offset: true }),
  durationMinutes: z.number().int().min(LIMITS.minMeetingMinutes).max(LIMITS.maxMeetingMinutes),
  // A URL parser drops line breaks silently; the stored text must not carry them.
  videoUrl: oneLine(LIMITS.videoUrl).pipe(z.url({ protocol: /^https?$/ })),
};

/** A one-off meeting's date and time, as its first event keeps it. */
export const meetingScheduleSchema = z.strictObject({
  startsAt: scheduleFields.startsAt,
  durationMinutes: scheduleFields.durationMinutes,
  videoUrl: scheduleFields.videoUrl.nullable(),
});

/** What a meeting's creator may say of when it takes place: only the start is required. */
export const meetingScheduleInputSchema = z
  .strictObject({
    startsAt: scheduleFields.startsAt,
    durationMinutes: scheduleFields.durationMinutes.optional(),
    videoUrl: scheduleFields.videoUrl.optional(),
  })
  .transform(({ startsAt, durationMinutes, videoUrl }) => ({
    startsAt,
    durationMinutes: durationMinutes ?? DEFAULT_MEETING_MINUTES,
    videoUrl: videoUrl ?? null,
  }));

export const communityCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('member:join'), name: oneLine(LIMITS.name) }),
  z.strictObject({ type: z.literal('member:leave'), memberId: id }),
  z.strictObject({
    type: z.literal('rotation:set'),
    memberIds: z.array(id).max(LIMITS.maxParticipants),
  }),
  z.strictObject({
    type: z.literal('meeting:schedule'),
    title: scheduleFields.title,
    startsAt: scheduleFields.startsAt,
    durationMinutes: scheduleFields.durationMinutes.optional(),
    videoUrl: scheduleFields.videoUrl.optional(),
    /** Defaults to the rotation's next facilitator; null leaves it open. */
    facilitatorId: id.nullable().optional(),
    /** This meeting's settings over the community's defaults. */
    settings: settingsPatchSchema.optional(),
  }),
  z.strictObject({ type: z.literal('defaults:set'), settings: settingsPatchSchema }),
  z.strictObject({ type: z.literal('meeting:delete'), meetingId: id }),
  z.strictObject({
    type: z.literal('backlog:add'),
    title: oneLine(LIMITS.topicTitle),
    description: topicDescriptionSchema.optional(),
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
