/** The few words a delivery adds around the minutes, in both languages of the minutes. */
import type { MinutesLocale } from '@percolate/shared';

export interface DeliveryStrings {
  subject: (title: string) => string;
  readOnline: string;
  nextMeetingAttached: (title: string) => string;
  chatHeading: (title: string) => string;
  noSummary: string;
}

export const DELIVERY_STRINGS: Record<MinutesLocale, DeliveryStrings> = {
  de: {
    subject: (title) => `Protokoll: ${title}`,
    readOnline: 'Das Protokoll können Sie hier online lesen:',
    nextMeetingAttached: (title) =>
      `Den Termin des nächsten Treffens („${title}“) finden Sie im Anhang als Kalendereintrag.`,
    chatHeading: (title) => `Protokoll des Treffens „${title}“`,
    noSummary: 'Keine Zusammenfassung.',
  },
  en: {
    subject: (title) => `Minutes: ${title}`,
    readOnline: 'Read the minutes online:',
    nextMeetingAttached: (title) =>
      `The next meeting ("${title}") is attached as a calendar entry.`,
    chatHeading: (title) => `Minutes of "${title}"`,
    noSummary: 'No summary.',
  },
};
