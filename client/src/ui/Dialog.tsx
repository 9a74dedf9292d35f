import { type ReactNode, type RefObject, useEffect, useId, useRef } from 'react';
import { useT } from '../i18n/useT.js';

interface DialogProps {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  /** Takes focus when the dialog closes (the browser would return it to <body> if it came from there). */
  returnFocus?: RefObject<HTMLElement | null>;
}

const FIRST_FIELD =
  'input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled])';

/** A modal on the native <dialog>: focus trap, Escape and the top layer come from the browser. */
export const Dialog = ({ title, open, onClose, children, returnFocus }: DialogProps) => {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      // A form starts on its first field; a question (no field) on Close, so a stray Enter cancels.
      dialog.querySelector<HTMLElement>(FIRST_FIELD)?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onClose={() => {
        onClose();
        returnFocus?.current?.focus();
      }}
    >
      <div className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button ghost" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      {open ? children : null}
    </dialog>
  );
};
