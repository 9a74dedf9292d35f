import { z } from 'zod';
import { LIMITS } from './limits.js';

/** A meeting's settings, as a command sets them and the state keeps them. */
export const settingsSchema = z.strictObject({
  dotsPerPerson: z.number().int().min(1).max(LIMITS.maxDotsPerPerson),
  maxDotsPerTopic: z.number().int().min(1).max(LIMITS.maxDotsPerPerson),
  hiddenVotes: z.boolean(),
  anonymousTopics: z.boolean(),
  timeboxMinutes: z.number().int().min(1).max(LIMITS.maxTimeboxMinutes),
  extensionMinutes: z
    .array(z.number().int().min(1).max(LIMITS.maxTimeboxMinutes))
    .max(LIMITS.maxExtensions),
  checkinSecondsPerPerson: z.number().int().min(10).max(LIMITS.maxCheckinSeconds).nullable(),
  openNotes: z.boolean(),
  timeZone: z
    .string()
    .min(1)
    .max(64)
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'unknown time zone'),
  locale: z.enum(['de', 'en']),
  preVoting: z.boolean(),
});
export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
