import { Role } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { useCommand } from '../../store/useCommand.js';
import { ErrorText } from '../../ui/ErrorText.js';
import './meeting.css';

/** For whoever holds the facilitator link but is not facilitating right now. */
export const TakeOverButton = () => {
  const t = useT();
  const canClaim = useAppStore(
    (state) => state.me?.hasFacilitatorKey === true && state.me.role !== Role.Facilitator,
  );
  const claim = useCommand();
  if (!canClaim) return null;
  return (
    <div className="take-over">
      <button
        type="button"
        className="button secondary"
        disabled={claim.pending}
        onClick={() => void claim.run({ type: 'facilitation:claim' })}
      >
        {t('facilitator.takeOver')}
      </button>
      <ErrorText code={claim.error} />
    </div>
  );
};
