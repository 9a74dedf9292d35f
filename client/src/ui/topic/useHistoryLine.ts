import { type BacklogHistoryEntry, tableLabel } from '@percolate/shared';
import { formatShortDate } from '../../i18n/format.js';
import { useLocale, useT } from '../../i18n/useT.js';

interface Provenance {
  proposedAt: number;
  proposedByName: string | null;
  history: readonly BacklogHistoryEntry[];
}

/** One meeting of the history: its text is `before` + the meeting's title + `after`. */
export interface HistoryStep {
  entry: BacklogHistoryEntry;
  before: string;
  after: string;
}

/** Stands for the meeting's title in a translated step, so a page can set the title apart (as a link). */
const TITLE = '\u0000';

/** A backlog topic's way so far: when and by whom it was proposed, then each meeting it was on. */
export const useHistory = () => {
  const t = useT();
  const locale = useLocale();
  return (topic: Provenance): { proposed: string; steps: HistoryStep[] } => {
    const date = formatShortDate(topic.proposedAt, locale);
    const proposed = topic.proposedByName
      ? t('community.proposedBy', { date, name: topic.proposedByName })
      : t('community.proposed', { date });
    const steps = topic.history.map((entry) => {
      const text =
        entry.dots === null
          ? t('community.historyHidden', { meeting: TITLE })
          : t('community.historyDots', { count: entry.dots, meeting: TITLE });
      const [before = '', after = ''] = text.split(TITLE);
      // A meeting that split into tables: the table the topic was at.
      const table =
        entry.tableName === undefined
          ? ''
          : ` ${t('community.historyTable', {
              table: tableLabel({ name: entry.tableName, title: entry.tableTitle ?? '' }, (name) =>
                t('tables.name', { name }),
              ),
            })}`;
      return { entry, before, after: after + table };
    });
    return { proposed, steps };
  };
};

/** "proposed 3 Nov by Anna · 4 dots in CoP #1": a backlog topic's way so far, in one line. */
export const useHistoryLine = () => {
  const history = useHistory();
  return (topic: Provenance): string => {
    const { proposed, steps } = history(topic);
    const meetings = steps.map(({ entry, before, after }) => before + entry.meetingTitle + after);
    return [proposed, ...meetings].join(' · ');
  };
};
