import { useT } from '../i18n/useT.js';
import type { FailureCode } from '../store/commandInput.js';
import { Dialog } from './Dialog.js';
import { ErrorText } from './ErrorText.js';

interface ConfirmDialogProps {
  /** The question, e.g. “Delete ‘Q3’?”. */
  title: string;
  /** What will happen, in a sentence or two. */
  text: string;
  confirmLabel: string;
  open: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  pending?: boolean;
  error?: FailureCode | null;
}

/** Asks before something that cannot be undone; the refusal, if any, is shown inside. */
export const ConfirmDialog = ({
  title,
  text,
  confirmLabel,
  open,
  onConfirm,
  onCancel,
  pending = false,
  error = null,
}: ConfirmDialogProps) => {
  const t = useT();
  return (
    <Dialog title={title} open={open} onClose={onCancel}>
      <div className="stack">
        <p>{text}</p>
        <ErrorText code={error} />
        <div className="actions">
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button danger" disabled={pending} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </Dialog>
  );
};
