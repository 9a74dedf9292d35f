import { useId } from 'react';

interface NumberFieldProps {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  min: number;
  max: number;
  /** Allows an empty field, meaning "none". */
  optional?: boolean;
  hint?: string;
}

export const NumberField = ({
  label,
  value,
  onChange,
  min,
  max,
  optional,
  hint,
}: NumberFieldProps) => {
  const id = useId();
  return (
    <div className="field field-number">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        required={!optional}
        value={value ?? ''}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => {
          const raw = event.target.value;
          if (raw === '') return onChange(optional ? null : min);
          const parsed = Math.round(Number(raw));
          if (Number.isFinite(parsed)) onChange(parsed);
        }}
      />
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
};
