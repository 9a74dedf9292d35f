import type { RefObject } from 'react';
import { useT } from '../i18n/useT.js';
import type { FailureCode } from '../store/commandInput.js';
import { Dialog } from './Dialog.js';
import { ErrorText } from './ErrorText.js';

interface ConfirmDialogProps {
  /** The question, e.g. “Delete ‘Q3’?”. */
  title: string;
  /** What will happen, in a sentence or two. */
  text?: string;
  confirmLabel: string;
  open: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** `danger` for what cannot be undone (ending, deleting), `primary` for a move of everyone. */
  tone?: 'danger' | 'primary';
  pending?: boolean;
  error?: FailureCode | null;
  /** Where focus goes back to when the dialog closes without confirming. */
  returnFocus?: RefObject<HTMLElement | null>;
}

/**
 * Asks before something that moves or ends it for everyone; the refusal, if any, is shown inside.
 * The browser focuses the dialog's first control, "Close", so a stray Enter or Space cancels
 * rather than confirms.
 */
export const ConfirmDialog = ({
  title,
  text,
  confirmLabel,
  open,
  onConfirm,
  onCancel,
  tone = 'danger',
  pending = false,
  error = null,
  returnFocus,
}: ConfirmDialogProps) => {
  const t = useT();
  return (
    <Dialog title={title} open={open} onClose={onCancel} returnFocus={returnFocus}>
      <div className="stack">
        {text ? <p>{text}</p> : null}
        <ErrorText code={error} />
        <div className="actions">
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="button" className={`button ${tone}`} disabled={pending} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </Dialog>
  );
};
