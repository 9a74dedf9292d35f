import { LIMITS } from '@percolate/shared';
import type { FormEvent } from 'react';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { selectIsModerator } from '../../store/selectors.js';
import { useCommand } from '../../store/useCommand.js';
import { useDraft } from '../../store/useDraft.js';
import { CommandStatus } from '../../ui/CommandStatus.js';
import { TextField } from '../../ui/TextField.js';

/** The meeting's summary for the minutes: moderators write it, everyone reads it. */
export const SummaryEditor = () => {
  const t = useT();
  const summary = useAppStore((state) => state.view?.summary ?? '');
  const isModerator = useAppStore(selectIsModerator);
  const summaryDraft = useDraft('summary', { text: summary });
  const draft = summaryDraft.fields.text;
  const save = useCommand();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await save.run({ type: 'summary:set', text: draft.trim() })) summaryDraft.forget();
  };

  return (
    <section className="card stack" aria-labelledby="summary-heading">
      <h3 id="summary-heading">{t('wrapup.summaryTitle')}</h3>
      {isModerator ? (
        <form className="stack" onSubmit={submit}>
          <TextField
            label={t('wrapup.summaryLabel')}
            hideLabel
            value={draft}
            onChange={(text) => summaryDraft.update({ text })}
            readOnly={save.queued}
            maxLength={LIMITS.summary}
            multiline
          />
          <CommandStatus command={save} />
          <div className="actions">
            <button
              type="submit"
              className="button secondary"
              disabled={save.pending || draft === summary}
            >
              {t('common.save')}
            </button>
          </div>
        </form>
      ) : summary ? (
        <p className="summary-text">{summary}</p>
      ) : (
        <p className="muted">{t('wrapup.noSummary')}</p>
      )}
    </section>
  );
};
