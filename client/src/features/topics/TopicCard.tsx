import type { PublicTopicView } from '@percolate/shared';
import { useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { selectIsModerator } from '../../store/selectors.js';
import { useCommand } from '../../store/useCommand.js';
import { usePreVoting } from '../../store/usePreVoting.js';
import { ConfirmButton } from '../../ui/ConfirmButton.js';
import { DotControls } from '../../ui/dots/DotControls.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { TopicForm } from '../../ui/topic/TopicForm.js';
import { TopicSummary } from '../../ui/topic/TopicSummary.js';
import { MergeControl } from './MergeControl.js';
import { useMayChangeTopic } from './useTopicPermissions.js';

/** A proposed topic with what I may do to it: edit and delete (mine, or any as moderator), merge. */
export const TopicCard = ({
  topic,
  others,
}: {
  topic: PublicTopicView;
  others: PublicTopicView[];
}) => {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const mayChange = useMayChangeTopic(topic);
  const isModerator = useAppStore(selectIsModerator);
  const remove = useCommand();
  const preVoting = usePreVoting();

  if (editing) {
    return (
      <li className="card topic-card">
        <TopicForm topic={topic} onDone={() => setEditing(false)} />
      </li>
    );
  }
  return (
    <li className="card topic-card">
      <TopicSummary topic={topic} />
      {preVoting ? <DotControls topic={topic} /> : null}
      {mayChange ? (
        <div className="topic-actions">
          <button
            type="button"
            className="button ghost small"
            aria-label={t('topics.editNamed', { title: topic.title })}
            onClick={() => setEditing(true)}
          >
            {t('common.edit')}
          </button>
          <ConfirmButton
            className="button ghost small"
            label={t('common.delete')}
            confirmLabel={t('topics.deleteConfirm', { title: topic.title })}
            onConfirm={() => void remove.run({ type: 'topic:delete', topicId: topic.id })}
          />
          {isModerator ? <MergeControl topic={topic} targets={others} /> : null}
        </div>
      ) : null}
      <ErrorText code={remove.error} />
    </li>
  );
};
