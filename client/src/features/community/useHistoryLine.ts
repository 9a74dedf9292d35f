import type { BacklogHistoryEntry } from '@percolate/shared';
import { formatShortDate } from '../../i18n/format.js';
import { useLocale, useT } from '../../i18n/useT.js';

interface Provenance {
  proposedAt: number;
  proposedByName: string | null;
  history: readonly BacklogHistoryEntry[];
}

/** "proposed 3 Nov by Anna · 4 dots in CoP #1": a backlog topic's way so far, in one line. */
export const useHistoryLine = () => {
  const t = useT();
  const locale = useLocale();
  return (topic: Provenance): string => {
    const date = formatShortDate(topic.proposedAt, locale);
    const proposed = topic.proposedByName
      ? t('community.proposedBy', { date, name: topic.proposedByName })
      : t('community.proposed', { date });
    const meetings = topic.history.map((entry) =>
      entry.dots === null
        ? t('community.historyHidden', { meeting: entry.meetingTitle })
        : t('community.historyDots', { count: entry.dots, meeting: entry.meetingTitle }),
    );
    return [proposed, ...meetings].join(' · ');
  };
};
