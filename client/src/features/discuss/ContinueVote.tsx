import { CONTINUE_CHOICES, continueOutcome, extensionMinutesAfter } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';
import {
  atScope,
  useLeadsScope,
  useScopeDiscussion,
  useScopeTableId,
} from '../../store/discussionScope.js';
import { useAppStore } from '../../store/StoreContext.js';
import { useCommand } from '../../store/useCommand.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { requestFocus, useFocusTarget } from '../../ui/focus.js';
import { ThumbIcon } from '../../ui/icons.js';
import './discuss.css';

const ModeratorResolve = () => {
  const t = useT();
  const resolve = useCommand();
  const tableId = useScopeTableId();
  const decide = (decision?: 'continue' | 'close') => {
    // The vote ends with this press; the timer's or the next topic's controls come next.
    requestFocus('discussion-controls');
    void resolve.run({
      type: 'continue:resolve',
      ...atScope(tableId),
      ...(decision ? { decision } : {}),
    });
  };
  return (
    <div className="actions">
      <button type="button" className="button primary" onClick={() => decide()}>
        {t('continue.resolve')}
      </button>
      <button type="button" className="button secondary" onClick={() => decide('continue')}>
        {t('continue.forceContinue')}
      </button>
      <button type="button" className="button secondary" onClick={() => decide('close')}>
        {t('continue.forceClose')}
      </button>
      <ErrorText code={resolve.error} />
    </div>
  );
};

/** Time is up: thumbs up / sideways / down, with the live count and what the majority says. */
export const ContinueVote = () => {
  const t = useT();
  const discussion = useScopeDiscussion();
  const tableId = useScopeTableId();
  const settings = useAppStore((state) => state.view?.settings ?? null);
  const myVote = useAppStore((state) => state.me?.myContinueVote ?? null);
  const leads = useLeadsScope();
  const vote = useCommand();
  const focusTarget = useFocusTarget<HTMLElement>(
    'continue-vote',
    discussion?.continueVote ? discussion.round : null,
  );
  const open = discussion?.continueVote;
  if (!discussion || !open || !settings) return null;

  const outcome = continueOutcome(open.tally);
  const minutes = extensionMinutesAfter(settings, discussion.round);
  return (
    <section className="continue-vote stack" aria-labelledby="continue-heading" {...focusTarget}>
      <h4 id="continue-heading">{t('continue.title')}</h4>
      <fieldset className="thumbs">
        <legend className="visually-hidden">{t('continue.title')}</legend>
        {CONTINUE_CHOICES.map((choice) => (
          <button
            key={choice}
            type="button"
            className="thumb"
            aria-pressed={myVote === choice}
            onClick={() => void vote.run({ type: 'continue:vote', choice, ...atScope(tableId) })}
          >
            <span className="thumb-icon">
              <ThumbIcon direction={choice} />
            </span>
            <span className="thumb-label">{t(`continue.${choice}`)}</span>
            <span className="thumb-count">{open.tally[choice]}</span>
            <span className="visually-hidden">
              {' '}
              {t('continue.voteUnit', { count: open.tally[choice] })}
            </span>
          </button>
        ))}
      </fieldset>
      <ErrorText code={vote.error} />
      <p aria-live="polite" className="continue-outcome">
        {t('continue.voters', { count: open.voters })}{' '}
        {open.voters > 0
          ? outcome === 'continue'
            ? t('continue.outcomeContinue', { minutes })
            : t('continue.outcomeClose')
          : null}
      </p>
      {leads ? <ModeratorResolve /> : null}
    </section>
  );
};
