/** The settings a community's meeting starts with. */
import { resolveSettings } from '../domain/create.js';
import type { Settings } from '../domain/model.js';
import type { SettingsPatch } from '../domain/settingsSchema.js';
import type { ScheduledMeeting } from './model.js';

/** Topics for a scheduled meeting are collected (and voted on) from the day it is scheduled. */
export const SCHEDULED_MEETING_SETTINGS: SettingsPatch = { preVoting: true };

/** Its own settings (the community's defaults at scheduling, and what the organiser chose). */
export const scheduledMeetingSettings = (
  meeting: Pick<ScheduledMeeting, 'settings'>,
): SettingsPatch => ({
  ...SCHEDULED_MEETING_SETTINGS,
  ...meeting.settings,
});

/** The complete settings a meeting scheduled now starts with, as the schedule form shows them. */
export const newMeetingSettings = (meetingDefaults: SettingsPatch): Settings =>
  resolveSettings(scheduledMeetingSettings({ settings: meetingDefaults }));
