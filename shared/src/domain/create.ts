/** The first event of every meeting. */
import type { SettingsPatch } from './commands.js';
import type { EventBody } from './events.js';
import {
  DEFAULT_SETTINGS,
  type MeetingCommunity,
  type MeetingSchedule,
  type Settings,
} from './model.js';

/** The defaults with the given (validated) changes applied; keys set to undefined are ignored. */
export const resolveSettings = (
  patch?: SettingsPatch,
  base: Settings = DEFAULT_SETTINGS,
): Settings => {
  const defined = Object.fromEntries(
    Object.entries(patch ?? {}).filter(([, value]) => value !== undefined),
  ) as Partial<Settings>;
  const settings = { ...base, ...defined };
  return { ...settings, extensionMinutes: [...settings.extensionMinutes] };
};

/** A meeting a community scheduled names that community. */
export const createMeetingEvent = (
  meetingId: string,
  title: string,
  settings?: SettingsPatch,
  community?: MeetingCommunity,
  schedule?: MeetingSchedule,
): EventBody => ({
  type: 'meeting:created',
  meetingId,
  title,
  settings: resolveSettings(settings),
  ...(community ? { community: { id: community.id, name: community.name } } : {}),
  ...(schedule ? { schedule: { ...schedule } } : {}),
});
