import { useEffect, useState } from 'react';

const ARMED_FOR_MS = 5_000;

interface ConfirmButtonProps {
  label: string;
  /** Shown after the first press; a second press confirms. */
  confirmLabel: string;
  onConfirm: () => void;
  className?: string;
  disabled?: boolean;
}

/** A button that asks for a second press before doing something hard to undo. */
export const ConfirmButton = ({
  label,
  confirmLabel,
  onConfirm,
  className = 'button secondary small',
  disabled,
}: ConfirmButtonProps) => {
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    if (!armed) return;
    const timer = setTimeout(() => setArmed(false), ARMED_FOR_MS);
    return () => clearTimeout(timer);
  }, [armed]);

  return (
    <button
      type="button"
      className={armed ? `${className} danger` : className}
      disabled={disabled}
      onClick={() => {
        if (!armed) return setArmed(true);
        setArmed(false);
        onConfirm();
      }}
    >
      {armed ? confirmLabel : label}
    </button>
  );
};
