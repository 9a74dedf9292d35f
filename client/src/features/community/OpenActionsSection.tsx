import { mayMarkActionDone, type OpenAction } from '@percolate/shared';
import { formatIsoDate } from '../../i18n/format.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { useCommunityCommand, useCommunityView } from './CommunityContext.js';

const OpenActionRow = ({ action, mayMark }: { action: OpenAction; mayMark: boolean }) => {
  const t = useT();
  const locale = useLocale();
  const done = useCommunityCommand();
  const meta = [
    action.owner ? t('items.ownerIs', { name: action.owner }) : null,
    action.due ? t('items.dueOn', { date: formatIsoDate(action.due, locale) }) : null,
    t('community.actionFrom', { meeting: action.meetingTitle }),
  ].filter((part) => part !== null);
  return (
    <li className="card open-action">
      <div className="stack">
        <p className="item-text">{action.text}</p>
        <p className="muted small">{meta.join(' · ')}</p>
        <ErrorText code={done.error} />
      </div>
      {mayMark ? (
        <button
          type="button"
          className="button secondary small"
          aria-label={t('community.markDoneNamed', { text: action.text })}
          disabled={done.pending}
          onClick={() => void done.run({ type: 'action:done', actionId: action.id })}
        >
          {t('community.markDone')}
        </button>
      ) : null}
    </li>
  );
};

/** Action items of earlier meetings that are not done yet. */
export const OpenActionsSection = () => {
  const t = useT();
  const community = useCommunityView();
  const { openActions } = community;
  const mayMark = mayMarkActionDone(community);
  return (
    <section className="stack" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t('community.openActions', { count: openActions.length })}</h2>
      {openActions.length === 0 ? (
        <p className="muted">{t('community.noOpenActions')}</p>
      ) : (
        <ul className="community-actions">
          {openActions.map((action) => (
            <OpenActionRow key={action.id} action={action} mayMark={mayMark} />
          ))}
        </ul>
      )}
    </section>
  );
};
