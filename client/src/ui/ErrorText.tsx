import { errorKey } from '../i18n/errorKey.js';
import { useT } from '../i18n/useT.js';
import type { FailureCode } from '../store/commandInput.js';

/** A refused command's reason, translated, right beside the control that sent it. */
export const ErrorText = ({ code, id }: { code: FailureCode | null; id?: string }) => {
  const t = useT();
  return (
    <p id={id} className="error-text" role="alert" hidden={code === null}>
      {code === null ? null : t(errorKey(code))}
    </p>
  );
};
