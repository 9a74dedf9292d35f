import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { selectIsFacilitator } from '../../store/selectors.js';
import { useCommand } from '../../store/useCommand.js';
import { ConfirmButton } from '../../ui/ConfirmButton.js';
import { ErrorText } from '../../ui/ErrorText.js';

/** Only the facilitator ends the meeting; a second press confirms. */
export const EndMeetingButton = () => {
  const t = useT();
  const isFacilitator = useAppStore(selectIsFacilitator);
  const end = useCommand();
  if (!isFacilitator) return null;
  return (
    <div className="bar-group">
      <ConfirmButton
        className="button primary"
        label={t('facilitator.endMeeting')}
        confirmLabel={t('facilitator.endMeetingConfirm')}
        onConfirm={() => void end.run({ type: 'meeting:end' })}
      />
      <ErrorText code={end.error} />
    </div>
  );
};
