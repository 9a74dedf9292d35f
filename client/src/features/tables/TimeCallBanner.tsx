import type { TimeCall } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';

/**
 * The lead facilitator's time call to every table. The live region is there before any call, so
 * a screen reader announces each one as it comes.
 */
export const TimeCallBanner = ({ timeCall }: { timeCall: TimeCall | null }) => {
  const t = useT();
  return (
    <div role="status" aria-live="assertive" className={timeCall ? 'time-call' : undefined}>
      {timeCall ? (
        <p key={timeCall.at}>
          {timeCall.minutes > 0
            ? t('tables.timeCallBanner', { count: timeCall.minutes })
            : t('tables.timeCallUp')}
        </p>
      ) : null}
    </div>
  );
};
