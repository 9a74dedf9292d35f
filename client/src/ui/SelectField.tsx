import { useId } from 'react';

export interface SelectOption {
  value: string;
  label: string;
  /** The option's own language, when it names one ("Deutsch" among English words). */
  lang?: string;
}

/** A labelled choice from a list. */
export const SelectField = ({
  label,
  value,
  options,
  onChange,
  placeholder,
  hideLabel,
}: {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  /** Shown, not choosable, while nothing is chosen (value ''). */
  placeholder?: string;
  /** Visually hides the label (it stays the field's accessible name). */
  hideLabel?: boolean;
}) => {
  const id = useId();
  return (
    <div className="field">
      <label className={hideLabel ? 'visually-hidden' : 'field-label'} htmlFor={id}>
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {placeholder !== undefined && value === '' ? (
          <option value="" disabled>
            {placeholder}
          </option>
        ) : null}
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
};
