import { useEffect, useId, useState } from 'react';

interface NumberFieldProps {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  min: number;
  max: number;
  /** Allows an empty field, meaning "none". */
  optional?: boolean;
  hint?: string;
  /** Values offered in the browser's list (e.g. usual timeboxes); others may still be typed. */
  suggestions?: readonly number[];
}

/** A whole number; the text stays as typed so a field can be cleared and retyped. */
export const NumberField = ({
  label,
  value,
  onChange,
  min,
  max,
  optional,
  hint,
  suggestions,
}: NumberFieldProps) => {
  const id = useId();
  const [text, setText] = useState(value === null ? '' : String(value));

  useEffect(() => {
    setText((current) =>
      Number(current) === value && current !== '' ? current : (value?.toString() ?? ''),
    );
  }, [value]);

  const change = (raw: string) => {
    setText(raw);
    if (raw === '') {
      if (optional) onChange(null);
      return;
    }
    const parsed = Number(raw);
    if (Number.isInteger(parsed) && parsed >= min && parsed <= max) onChange(parsed);
  };

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
        step={1}
        required={!optional}
        value={text}
        aria-describedby={hint ? `${id}-hint` : undefined}
        list={suggestions ? `${id}-suggestions` : undefined}
        onChange={(event) => change(event.target.value)}
      />
      {suggestions ? (
        <datalist id={`${id}-suggestions`}>
          {suggestions.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
      ) : null}
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
};
