import { LIMITS } from '@percolate/shared';
import { type FormEvent, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { useCommand } from '../../store/useCommand.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { TextField } from '../../ui/TextField.js';

interface TopicFormProps {
  /** Editing an existing topic; proposing a new one otherwise. */
  topic?: { id: string; title: string; description: string };
  onDone?: () => void;
}

export const TopicForm = ({ topic, onDone }: TopicFormProps) => {
  const t = useT();
  const [title, setTitle] = useState(topic?.title ?? '');
  const [description, setDescription] = useState(topic?.description ?? '');
  const save = useCommand();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    if (!title.trim()) return;
    const ok = await save.run(
      topic
        ? {
            type: 'topic:edit',
            topicId: topic.id,
            title: title.trim(),
            description: description.trim(),
          }
        : { type: 'topic:propose', title: title.trim(), description: description.trim() },
    );
    if (!ok) return;
    if (!topic) {
      setTitle('');
      setDescription('');
      form.querySelector<HTMLElement>('input')?.focus();
    }
    onDone?.();
  };

  return (
    <form className={topic ? 'stack' : 'card stack'} onSubmit={submit}>
      <TextField
        label={t('topics.titleLabel')}
        value={title}
        onChange={setTitle}
        maxLength={LIMITS.topicTitle}
        required
        autoFocus={Boolean(topic)}
      />
      <TextField
        label={t('topics.descriptionLabel')}
        value={description}
        onChange={setDescription}
        maxLength={LIMITS.topicDescription}
        multiline
      />
      <ErrorText code={save.error} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={save.pending}>
          {topic ? t('common.save') : t('topics.add')}
        </button>
        {topic ? (
          <button type="button" className="button ghost" onClick={onDone}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
};
