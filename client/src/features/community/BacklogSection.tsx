import { mayAddBacklogTopic, mayPull, takesTopics } from '@percolate/shared';
import { useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { BacklogForm } from './BacklogForm.js';
import { BacklogTopicRow } from './BacklogTopicRow.js';
import { useCommunityView } from './CommunityContext.js';
import { PullControls } from './PullControls.js';

/** The meetings this viewer may pull backlog topics into: organisers any, a facilitator theirs. */
const usePullTargets = () => {
  const community = useCommunityView();
  return community.upcomingMeetings.filter(
    (meeting) => takesTopics(meeting) && mayPull(community, meeting),
  );
};

/** Topics waiting for a meeting: add, remove, and pull some or all into a scheduled meeting. */
export const BacklogSection = () => {
  const t = useT();
  const community = useCommunityView();
  const { backlog } = community;
  const targets = usePullTargets();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [targetId, setTargetId] = useState<string | null>(null);
  const target = targets.find((meeting) => meeting.meetingId === targetId) ?? targets[0] ?? null;
  const selectedIds = backlog.map((topic) => topic.id).filter((id) => selected.has(id));

  const select = (topicId: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(topicId);
      else next.delete(topicId);
      return next;
    });

  return (
    <section className="stack" aria-labelledby="backlog-heading">
      <h2 id="backlog-heading">{t('community.backlog', { count: backlog.length })}</h2>
      <p className="muted">{t('community.backlogIntro')}</p>
      {mayAddBacklogTopic(community) ? <BacklogForm /> : null}
      {backlog.length === 0 ? (
        <p className="muted">{t('community.backlogEmpty')}</p>
      ) : (
        <>
          {target ? (
            <PullControls
              meetings={targets}
              target={target}
              onTarget={setTargetId}
              selectedIds={selectedIds}
              allSelected={selectedIds.length === backlog.length}
              onSelectAll={(all) =>
                setSelected(new Set(all ? backlog.map((topic) => topic.id) : []))
              }
              onPulled={() => setSelected(new Set())}
            />
          ) : null}
          <ul className="backlog-list">
            {backlog.map((topic) => (
              <BacklogTopicRow
                key={topic.id}
                topic={topic}
                selected={target ? selected.has(topic.id) : null}
                onSelect={(on) => select(topic.id, on)}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
};
