import type { ReviewAction, ReviewStatus } from '@percolate/shared';
import { formatIsoDate } from '../../i18n/format.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { selectCanWriteNotes } from '../../store/selectors.js';
import { useCommand } from '../../store/useCommand.js';
import { ErrorText } from '../../ui/ErrorText.js';
import './meeting.css';

const NONE: ReviewAction[] = [];

const STATUS_KEY = {
  open: 'review.status.open',
  done: 'review.status.done',
  carried: 'review.status.carried',
} as const satisfies Record<ReviewStatus, string>;

/** A pressed choice pressed again takes it back (to "not reviewed"). */
const CHOICES = [
  ['done', 'review.done'],
  ['carried', 'review.carry'],
] as const;

const ReviewRow = ({ review, mayReview }: { review: ReviewAction; mayReview: boolean }) => {
  const t = useT();
  const locale = useLocale();
  const mark = useCommand();
  const { action, status } = review;
  const meta = [
    action.owner ? t('items.ownerIs', { name: action.owner }) : null,
    action.due ? t('items.dueOn', { date: formatIsoDate(action.due, locale) }) : null,
    t('community.actionFrom', { meeting: action.meetingTitle }),
  ].filter((part) => part !== null);
  const set = (next: ReviewStatus) =>
    void mark.run({ type: 'action:review', actionId: action.id, status: next });

  return (
    <li className="card review-action" data-status={status}>
      <div className="stack">
        <p className="item-text">{action.text}</p>
        <p className="muted small">{meta.join(' · ')}</p>
        <p className="small">
          <span className={status === 'open' ? 'badge subtle' : 'badge'}>
            {t(STATUS_KEY[status])}
          </span>
        </p>
        <ErrorText code={mark.error} />
      </div>
      {mayReview ? (
        <fieldset className="segmented review-choice">
          <legend className="visually-hidden">
            {t('review.choiceFor', { text: action.text })}
          </legend>
          {CHOICES.map(([choice, key]) => (
            <button
              key={choice}
              type="button"
              aria-pressed={status === choice}
              onClick={() => set(status === choice ? 'open' : choice)}
            >
              {t(key)}
            </button>
          ))}
        </fieldset>
      ) : null}
    </li>
  );
};

/** The community's open actions from earlier meetings: note writers mark them done or carried on. */
export const ReviewActionsPanel = ({ boxed = false }: { boxed?: boolean }) => {
  const t = useT();
  const reviews = useAppStore((state) => state.view?.reviewActions ?? NONE);
  const mayReview = useAppStore(selectCanWriteNotes);
  if (reviews.length === 0) return null;
  const pending = reviews.filter((review) => review.status === 'open').length;
  return (
    <section
      className={boxed ? 'card stack review-actions' : 'stack review-actions'}
      aria-labelledby="review-heading"
    >
      <h3 id="review-heading">{t('review.title')}</h3>
      <p className="muted" aria-live="polite">
        {t('review.pending', { count: pending })}
      </p>
      <ul className="review-list">
        {reviews.map((review) => (
          <ReviewRow key={review.action.id} review={review} mayReview={mayReview} />
        ))}
      </ul>
    </section>
  );
};
