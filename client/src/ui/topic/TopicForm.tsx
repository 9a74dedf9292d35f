import type { FormEvent } from 'react';
import { useT } from '../../i18n/useT.js';
import { useCommand } from '../../store/useCommand.js';
import { useDraft } from '../../store/useDraft.js';
import { CommandStatus } from '../CommandStatus.js';
import { TitleFields } from '../TitleFields.js';

interface TopicFormProps {
  /** Editing an existing topic; proposing a new one otherwise. */
  topic?: { id: string; title: string; description: string };
  onDone?: () => void;
}

export const TopicForm = ({ topic, onDone }: TopicFormProps) => {
  const t = useT();
  const draft = useDraft(topic ? `topic:${topic.id}` : 'topic', {
    title: topic?.title ?? '',
    description: topic?.description ?? '',
  });
  const { title, description } = draft.fields;
  const save = useCommand();
  const cancel = () => {
    draft.forget();
    onDone?.();
  };

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
    if (topic) {
      cancel();
      return;
    }
    draft.reset();
    form.querySelector<HTMLElement>('input')?.focus();
    onDone?.();
  };

  return (
    <form className={topic ? 'stack' : 'card stack'} onSubmit={submit}>
      <TitleFields
        of="topic"
        title={title}
        onTitleChange={(value) => draft.update({ title: value })}
        description={description}
        onDescriptionChange={(value) => draft.update({ description: value })}
        readOnly={save.queued}
        autoFocus={Boolean(topic)}
      />
      <CommandStatus command={save} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={save.pending}>
          {topic ? t('common.save') : t('topics.add')}
        </button>
        {topic ? (
          <button type="button" className="button ghost" onClick={cancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
};
