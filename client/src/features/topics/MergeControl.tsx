import type { PublicTopicView } from '@percolate/shared';
import { useId, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { useCommand } from '../../store/useCommand.js';
import { ConfirmButton } from '../../ui/ConfirmButton.js';
import { ErrorText } from '../../ui/ErrorText.js';
import './topics.css';

/**
 * Moderators fold a duplicate into another topic; its dots move along. The choice stays folded
 * away behind "Merge…", and merging asks once more, naming both topics.
 */
export const MergeControl = ({
  topic,
  targets,
}: {
  topic: PublicTopicView;
  targets: PublicTopicView[];
}) => {
  const t = useT();
  const selectId = useId();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [targetId, setTargetId] = useState('');
  const merge = useCommand();
  if (targets.length === 0) return null;
  const target = targets.find((candidate) => candidate.id === targetId);

  return (
    <div className="merge-control">
      <button
        type="button"
        className="button ghost small"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('topics.mergeNamed', { title: topic.title })}
        onClick={() => setOpen(!open)}
      >
        {t('topics.mergeOpen')}
      </button>
      {open ? (
        <div id={panelId} className="merge-choice">
          <label htmlFor={selectId} className="visually-hidden">
            {t('topics.mergeInto', { title: topic.title })}
          </label>
          <select
            id={selectId}
            value={targetId}
            onChange={(event) => setTargetId(event.target.value)}
          >
            <option value="">{t('topics.mergeChoose')}</option>
            {targets.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.title}
              </option>
            ))}
          </select>
          <ConfirmButton
            label={t('topics.merge')}
            confirmLabel={t('topics.mergeConfirm', {
              title: topic.title,
              target: target?.title ?? '',
            })}
            disabled={!target || merge.pending}
            onConfirm={() => void merge.run({ type: 'topic:merge', sourceId: topic.id, targetId })}
          />
        </div>
      ) : null}
      <ErrorText code={merge.error} />
    </div>
  );
};
