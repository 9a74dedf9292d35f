import { type BacklogTopic, mayRemoveBacklogTopic } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';
import { ConfirmButton } from '../../ui/ConfirmButton.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { BacklogHistory } from './BacklogHistory.js';
import { useCommunityCommand, useCommunityView } from './CommunityContext.js';
import '../../ui/topic/topic.css';

/** One backlog topic: selectable for pulling, removable by its proposer and organisers. */
export const BacklogTopicRow = ({
  topic,
  selected,
  onSelect,
}: {
  topic: BacklogTopic;
  /** null when this viewer may not pull topics. */
  selected: boolean | null;
  onSelect: (selected: boolean) => void;
}) => {
  const t = useT();
  const community = useCommunityView();
  const remove = useCommunityCommand();
  const titleId = `backlog-${topic.id}`;
  const mayRemove = mayRemoveBacklogTopic(community, topic);

  return (
    <li className="card backlog-topic">
      {selected === null ? null : (
        <input
          type="checkbox"
          className="backlog-select"
          checked={selected}
          aria-labelledby={titleId}
          onChange={(event) => onSelect(event.target.checked)}
        />
      )}
      <div className="stack backlog-body">
        <h3 id={titleId} className="topic-title">
          {topic.title}
        </h3>
        {topic.description ? <p className="topic-description">{topic.description}</p> : null}
        <BacklogHistory topic={topic} />
        {mayRemove ? (
          <div className="topic-actions">
            <ConfirmButton
              className="button ghost small"
              label={t('common.delete')}
              confirmLabel={t('topics.deleteConfirm', { title: topic.title })}
              onConfirm={() => void remove.run({ type: 'backlog:remove', topicId: topic.id })}
              disabled={remove.pending}
            />
          </div>
        ) : null}
        <ErrorText code={remove.error} />
      </div>
    </li>
  );
};
