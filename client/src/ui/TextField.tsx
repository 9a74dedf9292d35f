import { type ChangeEvent, type ReactNode, useId } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  multiline?: boolean;
  required?: boolean;
  hint?: ReactNode;
  type?: 'text' | 'date' | 'time' | 'url' | 'search';
  autoFocus?: boolean;
  /** While what was typed waits to be sent: it can be read and copied, not changed. */
  readOnly?: boolean;
  autoComplete?: string;
  name?: string;
  /** Visually hides the label (it stays the field's accessible name). */
  hideLabel?: boolean;
  placeholder?: string;
}

export const TextField = ({
  label,
  value,
  onChange,
  multiline,
  hint,
  hideLabel,
  type = 'text',
  ...rest
}: TextFieldProps) => {
  const id = useId();
  const hintId = `${id}-hint`;
  const handle = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    onChange(event.target.value);
  const shared = {
    id,
    value,
    onChange: handle,
    'aria-describedby': hint ? hintId : undefined,
    ...rest,
  };
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      {multiline ? <textarea rows={3} {...shared} /> : <input type={type} {...shared} />}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
};
