import { useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { selectIsFacilitator } from '../../store/selectors.js';
import { useCommand } from '../../store/useCommand.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';

/** Only the facilitator ends the meeting, from any phase, after confirming in a dialog. */
export const EndMeetingButton = ({ prominent }: { prominent: boolean }) => {
  const t = useT();
  const isFacilitator = useAppStore(selectIsFacilitator);
  const end = useCommand();
  const [asking, setAsking] = useState(false);
  if (!isFacilitator) return null;
  return (
    <div className="bar-group bar-end">
      <button
        type="button"
        className={prominent ? 'button primary' : 'button ghost'}
        aria-haspopup="dialog"
        onClick={() => {
          end.clearError();
          setAsking(true);
        }}
      >
        {t('facilitator.endMeeting')}
      </button>
      <ConfirmDialog
        title={t('facilitator.endMeetingConfirm')}
        text={t('facilitator.endMeetingText')}
        confirmLabel={t('facilitator.endNow')}
        open={asking}
        onConfirm={() => void end.run({ type: 'meeting:end' })}
        onCancel={() => setAsking(false)}
        pending={end.pending}
        error={end.error}
      />
    </div>
  );
};
