import type { ReactNode } from 'react';
import { CreationCodeField } from './CreationCodeField.js';

interface CreationSubmitProps {
  /** Why the last attempt failed, in words; null while there is nothing to say. */
  failure: ReactNode | null;
  busy: boolean;
  label: string;
  busyLabel: string;
}

/** How a form that creates something ends: the access code where the server asks for one, why it failed, the button. */
export const CreationSubmit = ({ failure, busy, label, busyLabel }: CreationSubmitProps) => (
  <>
    <CreationCodeField />
    <p className="error-text" role="alert" hidden={failure === null}>
      {failure}
    </p>
    <div>
      <button type="submit" className="button secondary" disabled={busy}>
        {busy ? busyLabel : label}
      </button>
    </div>
  </>
);
