import type { SearchHit } from '@percolate/shared';
import { type FormEvent, useState } from 'react';
import { CommunityApiError, searchCommunity } from '../../api/communitiesApi.js';
import { Link } from '../../app/Link.js';
import { paths } from '../../app/routes.js';
import { formatDate } from '../../i18n/format.js';
import { useLocale, useT } from '../../i18n/useT.js';
import type { FailureCode } from '../../store/commandInput.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { TextField } from '../../ui/TextField.js';
import { useCommunityView } from './CommunityContext.js';

const MIN_QUERY = 2;
const MAX_QUERY = 100;

const Hit = ({ hit }: { hit: SearchHit }) => {
  const t = useT();
  const locale = useLocale();
  if (hit.kind === 'backlog') {
    return (
      <li className="search-hit">
        <p>
          <span className="badge subtle">{t('community.hitBacklog')}</span>{' '}
          <strong>{hit.title}</strong>
        </p>
        <p className="muted small">{hit.snippet}</p>
      </li>
    );
  }
  return (
    <li className="search-hit">
      <p>
        <span className="badge subtle">{t('community.hitMinutes')}</span>{' '}
        <Link href={paths.minutes(hit.meetingId)}>{hit.meetingTitle}</Link>{' '}
        <span className="muted small">{formatDate(hit.startsAt, locale)}</span>
      </p>
      <p className="muted small">{hit.snippet}</p>
    </li>
  );
};

type Searched = { query: string; hits: SearchHit[] } | null;

/** Words searched in the backlog and in the minutes of past meetings. */
export const SearchSection = () => {
  const t = useT();
  const { id } = useCommunityView();
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState<Searched>(null);
  const [error, setError] = useState<FailureCode | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const words = query.trim();
    if (words.length < MIN_QUERY) return setError('INVALID_PAYLOAD');
    setBusy(true);
    setError(null);
    try {
      setSearched({ query: words, hits: await searchCommunity(id, words) });
    } catch (failure) {
      setError(failure instanceof CommunityApiError ? failure.code : 'NETWORK');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card stack" aria-labelledby="search-heading">
      <h2 id="search-heading">{t('community.search')}</h2>
      <form className="inline-form" onSubmit={submit}>
        <TextField
          label={t('community.searchLabel')}
          hint={t('community.searchHint')}
          type="search"
          value={query}
          onChange={setQuery}
          maxLength={MAX_QUERY}
        />
        <button type="submit" className="button secondary" disabled={busy}>
          {t('community.searchSubmit')}
        </button>
      </form>
      <ErrorText code={error} />
      <p role="status" className="muted small">
        {searched
          ? t('community.hits', { count: searched.hits.length, query: searched.query })
          : ''}
      </p>
      {searched && searched.hits.length > 0 ? (
        <ul className="search-hits">
          {searched.hits.map((hit) => (
            <Hit
              key={hit.kind === 'backlog' ? `b-${hit.topicId}` : `m-${hit.meetingId}`}
              hit={hit}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
};
