import { LIMITS } from '@percolate/shared';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { PageShell } from '../../app/PageShell.js';
import { pendingJoin } from '../../app/pendingJoin.js';
import { useT } from '../../i18n/useT.js';
import { persistence } from '../../store/persistence.js';
import { useAppStore } from '../../store/StoreContext.js';
import { useCommand } from '../../store/useCommand.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { TextField } from '../../ui/TextField.js';
import { useDocumentTitle } from '../../ui/useDocumentTitle.js';

/** The display-name step: all a participant needs to give. The name is remembered for next time. */
export const JoinMeetingPage = ({ meetingId }: { meetingId: string }) => {
  const t = useT();
  const title = useAppStore((state) => state.view?.title ?? '');
  const count = useAppStore((state) => state.view?.participants.filter((p) => !p.left).length ?? 0);
  const [name, setName] = useState(() => {
    const communityId = persistence.communityOf(meetingId);
    return (communityId && persistence.memberName(communityId)) || persistence.displayName();
  });
  const join = useCommand();
  const autoJoined = useRef(false);
  useDocumentTitle(title);

  const joinAs = (displayName: string) => {
    persistence.saveDisplayName(displayName);
    void join.run({ type: 'participant:join', name: displayName });
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: joins once, right after creating the meeting
  useEffect(() => {
    const waiting = pendingJoin.take(meetingId);
    if (waiting && !autoJoined.current) {
      autoJoined.current = true;
      joinAs(waiting);
    }
  }, [meetingId]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) joinAs(name.trim());
  };

  return (
    <PageShell>
      <div className="narrow">
        <form className="card stack" onSubmit={submit}>
          <p className="eyebrow">{t('join.youAreInvited')}</p>
          <h1>{title}</h1>
          <p className="muted">{t('join.participantsHere', { count })}</p>
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
          <button type="submit" className="button primary" disabled={join.pending}>
            {t('join.submitName')}
          </button>
        </form>
      </div>
    </PageShell>
  );
};
