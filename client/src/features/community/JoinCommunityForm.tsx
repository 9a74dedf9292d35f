import { type CommunityCommand, LIMITS } from '@percolate/shared';
import { type FormEvent, useState } from 'react';
import type { CommunityOutcome } from '../../api/communitiesApi.js';
import { useT } from '../../i18n/useT.js';
import { persistence } from '../../store/persistence.js';
import { useAction } from '../../store/useAction.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { TextField } from '../../ui/TextField.js';

/**
 * Becoming a member: a display name, no account. Shown beside the whole view (to an organiser who
 * is no member) and on the preview (to a visitor with the invite code), so it takes `send`. An
 * organiser is offered it as an option: organising needs no membership.
 */
export const JoinCommunityForm = ({
  send,
  asOrganiser = false,
}: {
  send: (command: CommunityCommand) => Promise<CommunityOutcome>;
  asOrganiser?: boolean;
}) => {
  const t = useT();
  const [name, setName] = useState(persistence.displayName);
  const join = useAction(send);

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
      <h2 id="join-community-heading">
        {t(asOrganiser ? 'community.joinAsOrganiserTitle' : 'community.joinTitle')}
      </h2>
      <p className="muted">
        {t(asOrganiser ? 'community.joinAsOrganiserIntro' : 'community.joinIntro')}
      </p>
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
          {t(asOrganiser ? 'community.joinAsOrganiser' : 'community.join')}
        </button>
      </div>
    </form>
  );
};
