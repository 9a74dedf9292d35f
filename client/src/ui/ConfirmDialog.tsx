import type { RefObject } from 'react';
import { useT } from '../i18n/useT.js';
import { Dialog } from './Dialog.js';

interface ConfirmDialogProps {
  title: string;
  confirmLabel: string;
  open: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** Where focus goes back to when the dialog closes without confirming. */
  returnFocus?: RefObject<HTMLElement | null>;
}

/**
 * Asks before something that moves everyone. The browser focuses the dialog's first control,
 * "Close", so a stray Enter or Space cancels rather than confirms.
 */
export const ConfirmDialog = ({
  title,
  confirmLabel,
  open,
  onConfirm,
  onCancel,
  returnFocus,
}: ConfirmDialogProps) => {
  const t = useT();
  return (
    <Dialog title={title} open={open} onClose={onCancel} returnFocus={returnFocus}>
      <div className="actions">
        <button type="button" className="button primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button ghost" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
};
