import { type FormEvent, useState } from 'react';
import type { ApiFailure } from '../../api/meetingsApi.js';
import { useT } from '../../i18n/useT.js';
import { TextField } from '../../ui/TextField.js';
import { useJoinCode } from './useJoinCode.js';

/** "Join a meeting": a short code, then on to the meeting. */
export const JoinCodeForm = ({
  initialCode = '',
  headingLevel = 2,
  initialFailure = null,
}: {
  initialCode?: string;
  headingLevel?: 1 | 2;
  /** A failed lookup of the code in the address. */
  initialFailure?: ApiFailure | null;
}) => {
  const t = useT();
  const [code, setCode] = useState(initialCode);
  const lookup = useJoinCode();
  const failure = lookup.failure ?? (code === initialCode ? initialFailure : null);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void lookup.join(code);
  };

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="join-heading">
      <Heading id="join-heading">{t('join.title')}</Heading>
      <p className="muted">{t('join.intro')}</p>
      <TextField
        label={t('join.code')}
        value={code}
        onChange={setCode}
        maxLength={32}
        autoComplete="off"
        required
      />
      <p className="error-text" role="alert" hidden={failure === null}>
        {failure ? t(failure === 'notFound' ? 'join.codeNotFound' : `api.${failure}`) : null}
      </p>
      <button type="submit" className="button primary" disabled={lookup.busy}>
        {t('join.submitCode')}
      </button>
    </form>
  );
};
