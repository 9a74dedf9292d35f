import { LIMITS } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { NumberField } from '../../ui/NumberField.js';

/** The timeboxes facilitators pick most; any other may be typed. */
const USUAL_MINUTES = [3, 5, 8, 10, 15, 20] as const;

/** The next topic's own timebox, the meeting's by default; spent when a topic starts. */
export const NextTimeboxField = () => {
  const t = useT();
  const meetingMinutes = useAppStore((state) => state.view?.settings.timeboxMinutes ?? 8);
  const chosen = useAppStore((state) => state.nextTimeboxMinutes);
  const setNextTimebox = useAppStore((state) => state.setNextTimebox);
  return (
    <NumberField
      label={t('discuss.nextTimebox')}
      value={chosen ?? meetingMinutes}
      min={1}
      max={LIMITS.maxTimeboxMinutes}
      suggestions={USUAL_MINUTES}
      onChange={(minutes) =>
        setNextTimebox(minutes === null || minutes === meetingMinutes ? null : minutes)
      }
    />
  );
};
