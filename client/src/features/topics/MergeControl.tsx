import type { PublicTopicView } from '@percolate/shared';
import { type FormEvent, useId, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { useCommand } from '../../store/useCommand.js';
import { ErrorText } from '../../ui/ErrorText.js';

/** Moderators fold a duplicate into another topic; its dots move along. */
export const MergeControl = ({
  topic,
  targets,
}: {
  topic: PublicTopicView;
  targets: PublicTopicView[];
}) => {
  const t = useT();
  const selectId = useId();
  const [targetId, setTargetId] = useState('');
  const merge = useCommand();
  if (targets.length === 0) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (targetId) void merge.run({ type: 'topic:merge', sourceId: topic.id, targetId });
  };

  return (
    <form className="merge-control" onSubmit={submit}>
      <label htmlFor={selectId} className="visually-hidden">
        {t('topics.mergeInto', { title: topic.title })}
      </label>
      <select id={selectId} value={targetId} onChange={(event) => setTargetId(event.target.value)}>
        <option value="">{t('topics.mergeChoose')}</option>
        {targets.map((target) => (
          <option key={target.id} value={target.id}>
            {target.title}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className="button secondary small"
        disabled={!targetId || merge.pending}
      >
        {t('topics.merge')}
      </button>
      <ErrorText code={merge.error} />
    </form>
  );
};
