import { LIMITS } from '@percolate/shared';
import { type FormEvent, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { persistence } from '../../store/persistence.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { TextField } from '../../ui/TextField.js';
import { useCommunityCommand } from './CommunityContext.js';

/** Becoming a member: a display name, no account. */
export const JoinCommunityForm = () => {
  const t = useT();
  const [name, setName] = useState(persistence.displayName);
  const join = useCommunityCommand();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    persistence.saveDisplayName(trimmed);
    void join.run({ type: 'member:join', name: trimmed });
  };

  return (
    <form
      className="card stack community-join"
      onSubmit={submit}
      aria-labelledby="join-community-heading"
    >
      <h2 id="join-community-heading">{t('community.joinTitle')}</h2>
      <p className="muted">{t('community.joinIntro')}</p>
      <TextField
        label={t('join.displayName')}
        hint={t('join.displayNameHint')}
        value={name}
        onChange={setName}
        maxLength={LIMITS.name}
        autoComplete="nickname"
        required
      />
      <ErrorText code={join.error} />
      <div>
        <button type="submit" className="button primary" disabled={join.pending}>
          {t('community.join')}
        </button>
      </div>
    </form>
  );
};
