import type { CreatedMinutesLink, MinutesLinkList } from '@percolate/shared';
import { useCallback, useEffect, useState } from 'react';
import { pageUrl } from '../../api/pageUrl.js';
import { formattingLocale } from '../../i18n/locale.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { ConfirmButton } from '../../ui/ConfirmButton.js';
import { CopyButton } from '../../ui/CopyButton.js';
import { requestFocus, useFocusTarget } from '../../ui/focus.js';
import {
  createMinutesLink,
  listMinutesLinks,
  MinutesApiError,
  type MinutesFailure,
  revokeMinutesLink,
} from './minutesApi.js';
import './minutes.css';

type LinkRow = MinutesLinkList['links'][number];

const failureOf = (error: unknown): MinutesFailure =>
  error instanceof MinutesApiError ? error.failure : 'network';

/**
 * Read-only links for people who were not there: the facilitator creates one (its address is
 * shown once, to copy), sees which are live, and revokes any of them.
 */
/** What the facilitator's tools beside the minutes work with. */
export interface FacilitatorTools {
  meetingId: string;
  facilitatorKey: string;
}

export const MinutesLinks = ({ meetingId, facilitatorKey }: FacilitatorTools) => {
  const t = useT();
  const locale = useLocale();
  const [links, setLinks] = useState<LinkRow[] | null>(null);
  const [created, setCreated] = useState<CreatedMinutesLink | null>(null);
  const [failure, setFailure] = useState<MinutesFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const newLink = useFocusTarget<HTMLDivElement>('new-minutes-link', created?.linkId ?? null);

  const run = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure(failureOf(error));
    } finally {
      setBusy(false);
    }
  }, []);

  const refresh = useCallback(async () => {
    setLinks((await listMinutesLinks(meetingId, facilitatorKey)).links);
  }, [meetingId, facilitatorKey]);

  useEffect(() => {
    void run(refresh);
  }, [run, refresh]);

  const create = () =>
    run(async () => {
      // The new address, selected on focus, is what the facilitator wants next: to copy it.
      requestFocus('new-minutes-link');
      setCreated(await createMinutesLink(meetingId, facilitatorKey));
      await refresh();
    });

  const revoke = (linkId: string) =>
    run(async () => {
      await revokeMinutesLink(meetingId, facilitatorKey, linkId);
      if (created?.linkId === linkId) setCreated(null);
      await refresh();
    });

  const createdAt = (at: number) =>
    new Intl.DateTimeFormat(formattingLocale(locale), {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(at);

  return (
    <section className="card stack minutes-links" aria-labelledby="minutes-links-heading">
      <h2 id="minutes-links-heading">{t('minutes.linksTitle')}</h2>
      <p className="muted">{t('minutes.linksIntro')}</p>
      <div className="actions">
        <button
          type="button"
          className="button primary small"
          disabled={busy}
          onClick={() => void create()}
        >
          {t('minutes.createLink')}
        </button>
      </div>
      {created ? (
        <div className="note stack" {...newLink}>
          <label className="field">
            <span className="field-label">{t('minutes.newLink')}</span>
            <input
              type="text"
              readOnly
              value={pageUrl(created.url)}
              onFocus={(e) => e.currentTarget.select()}
            />
          </label>
          <p className="field-hint">{t('minutes.newLinkHint')}</p>
          <CopyButton text={pageUrl(created.url)} label={t('share.copyLink')} />
        </div>
      ) : null}
      {links === null ? null : links.length === 0 ? (
        <p className="muted">{t('minutes.noLinks')}</p>
      ) : (
        <ul className="minutes-link-list">
          {links.map((link) => (
            <li key={link.linkId}>
              <span>{t('minutes.linkCreatedAt', { time: createdAt(link.createdAt) })}</span>
              <ConfirmButton
                label={t('minutes.revoke', { time: createdAt(link.createdAt) })}
                confirmLabel={t('minutes.revokeConfirm')}
                disabled={busy}
                onConfirm={() => void revoke(link.linkId)}
              />
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="error-text">
        {failure ? t(`minutes.failure.${failure}`) : ''}
      </p>
    </section>
  );
};
