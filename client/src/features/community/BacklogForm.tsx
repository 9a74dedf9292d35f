import { type FormEvent, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { CheckboxField } from '../../ui/CheckboxField.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { TitleFields } from '../../ui/TitleFields.js';
import { useCommunityCommand } from './CommunityContext.js';

/** A topic for a later meeting: title, optional description, optionally without one's name. */
export const BacklogForm = () => {
  const t = useT();
  const add = useCommunityCommand();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [anonymous, setAnonymous] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    const done = await add.run({
      type: 'backlog:add',
      title: title.trim(),
      ...(description.trim() ? { description: description.trim() } : {}),
      ...(anonymous ? { anonymous } : {}),
    });
    if (done) {
      setTitle('');
      setDescription('');
    }
  };

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="backlog-add-heading">
      <h3 id="backlog-add-heading">{t('community.backlogAddTitle')}</h3>
      <TitleFields
        of="topic"
        title={title}
        onTitleChange={setTitle}
        description={description}
        onDescriptionChange={setDescription}
      />
      <CheckboxField
        label={t('community.backlogAnonymous')}
        checked={anonymous}
        onChange={setAnonymous}
      />
      <ErrorText code={add.error} />
      <div>
        <button type="submit" className="button primary" disabled={add.pending}>
          {t('community.backlogAdd')}
        </button>
      </div>
    </form>
  );
};
