import { LIMITS, type Mood, type RoundKind } from '@percolate/shared';
import { type FormEvent, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { useCommand } from '../../store/useCommand.js';
import { CheckboxField } from '../../ui/CheckboxField.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { TextField } from '../../ui/TextField.js';
import { MoodPicker } from './MoodPicker.js';

/** Post (or change) my line of a check-in or closing round. */
export const RoundLineForm = ({ kind }: { kind: RoundKind }) => {
  const t = useT();
  const mine = useAppStore((state) =>
    state.view?.rounds[kind].find((line) => line.participantId === state.me?.participantId),
  );
  const [text, setText] = useState(mine?.text ?? '');
  const [mood, setMood] = useState<Mood | null>(mine?.mood ?? null);
  const [keepPrivate, setKeepPrivate] = useState(mine?.private ?? false);
  const post = useCommand();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    void post.run({
      type: 'round:post',
      round: kind,
      text: text.trim(),
      mood,
      private: keepPrivate,
    });
  };

  return (
    <form className="card stack" onSubmit={submit}>
      <TextField
        label={t(kind === 'checkin' ? 'round.checkinPrompt' : 'round.closingPrompt')}
        value={text}
        onChange={setText}
        maxLength={LIMITS.roundLine}
        multiline
        required
      />
      {kind === 'checkin' ? <MoodPicker value={mood} onChange={setMood} /> : null}
      <CheckboxField
        label={t('round.keepPrivate')}
        checked={keepPrivate}
        onChange={setKeepPrivate}
      />
      <ErrorText code={post.error} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={post.pending}>
          {mine ? t('round.update') : t('round.post')}
        </button>
      </div>
    </form>
  );
};
