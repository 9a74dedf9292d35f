import { DEFAULT_SETTINGS } from '@percolate/shared';

/** This browser's time zone, for the minutes of what it creates; the app's default otherwise. */
export const browserTimeZone = (): string => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || DEFAULT_SETTINGS.timeZone;
  } catch {
    return DEFAULT_SETTINGS.timeZone;
  }
};
