import type { PublicDiscussionView } from '@percolate/shared';
import { formatDuration } from '../../i18n/format.js';
import { useT } from '../../i18n/useT.js';
import { useRemainingMs } from '../../ui/timer/useRemainingMs.js';

/** A table's time left as plain text: a glance, without the big timer's sounds and cues. */
export const TimeLeft = ({ discussion }: { discussion: PublicDiscussionView }) => {
  const t = useT();
  const remaining = useRemainingMs(discussion.timer);
  if (discussion.continueVote) return <span>{t('tables.timeUp')}</span>;
  return <span>{t('tables.timeLeft', { time: formatDuration(remaining) })}</span>;
};
