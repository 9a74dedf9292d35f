import { LIMITS, type Mood, type RoundKind } from '@percolate/shared';
import type { FormEvent } from 'react';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { useCommand } from '../../store/useCommand.js';
import { useDraft } from '../../store/useDraft.js';
import { CheckboxField } from '../../ui/CheckboxField.js';
import { CommandStatus } from '../../ui/CommandStatus.js';
import { TextField } from '../../ui/TextField.js';
import { MoodPicker } from './MoodPicker.js';

/** Post (or change) my line of a check-in or closing round. */
export const RoundLineForm = ({ kind }: { kind: RoundKind }) => {
  const t = useT();
  const mine = useAppStore((state) =>
    state.view?.rounds[kind].find((line) => line.participantId === state.me?.participantId),
  );
  const draft = useDraft(`round:${kind}`, {
    text: mine?.text ?? '',
    mood: (mine?.mood ?? null) as Mood | null,
    keepPrivate: mine?.private ?? false,
  });
  const { text, mood, keepPrivate } = draft.fields;
  const post = useCommand();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    const ok = await post.run({
      type: 'round:post',
      round: kind,
      text: text.trim(),
      mood,
      private: keepPrivate,
    });
    if (ok) draft.forget();
  };

  return (
    <form className="card stack" onSubmit={submit}>
      <TextField
        label={t(kind === 'checkin' ? 'round.checkinPrompt' : 'round.closingPrompt')}
        value={text}
        onChange={(value) => draft.update({ text: value })}
        maxLength={LIMITS.roundLine}
        multiline
        required
        readOnly={post.queued}
      />
      {kind === 'checkin' ? (
        <MoodPicker value={mood} onChange={(value) => draft.update({ mood: value })} />
      ) : null}
      <CheckboxField
        label={t('round.keepPrivate')}
        checked={keepPrivate}
        onChange={(value) => draft.update({ keepPrivate: value })}
      />
      <CommandStatus command={post} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={post.pending}>
          {mine ? t('round.update') : t('round.post')}
        </button>
      </div>
    </form>
  );
};
