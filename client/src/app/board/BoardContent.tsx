import {
  assertNever,
  Phase,
  type PublicDiscussionView,
  type PublicTopicView,
  TopicStatus,
} from '@percolate/shared';
import { SpeakingOrder } from '../../features/checkin/SpeakingOrder.js';
import { QrCode } from '../../features/share/QrCode.js';
import { useInvite } from '../../features/share/useInvite.js';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { useQueueTopics } from '../../store/useQueueTopics.js';
import { Countdown } from '../../ui/timer/Countdown.js';
import { BoardContinueTally } from './BoardContinueTally.js';
import { BoardItems } from './BoardItems.js';

const JoinInvite = ({ meetingId }: { meetingId: string }) => {
  const t = useT();
  const { joinUrl: url, joinCode } = useInvite(meetingId);
  return (
    <section className="board-invite" aria-label={t('share.title')}>
      <QrCode text={url} label={t('share.qrLabel')} />
      <div>
        <p className="board-big">{url}</p>
        {joinCode ? <p className="board-big">{t('board.code', { code: joinCode })}</p> : null}
      </div>
    </section>
  );
};

/** Topics in the order they will be discussed, with their dots once they may be seen. */
export const BoardTopics = ({
  topics,
  heading = 'board.topics',
}: {
  topics: readonly PublicTopicView[];
  heading?: 'board.topics' | 'board.upNext';
}) => {
  const t = useT();
  if (heading === 'board.upNext' && topics.length === 0) return null;
  return (
    <section aria-labelledby="board-topics-heading">
      <h2 id="board-topics-heading">{t(heading, { count: topics.length })}</h2>
      <ol className="board-topics">
        {topics.map((topic) => (
          <li key={topic.id}>
            <span>{topic.title}</span>
            {topic.dots !== null ? (
              <span className="board-dots">{t('vote.total', { count: topic.dots })}</span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
};

const TopicBoard = ({ heading }: { heading?: 'board.topics' | 'board.upNext' }) => (
  <BoardTopics topics={useQueueTopics()} heading={heading} />
);

/** A topic under discussion: its title, the big clock, the thumbs, its notes and what comes next. */
export const BoardDiscussing = ({
  topic,
  discussion,
  upNext,
}: {
  topic: PublicTopicView;
  discussion: PublicDiscussionView;
  upNext: readonly PublicTopicView[];
}) => {
  const t = useT();
  return (
    <div className="board-discussing">
      <div className="board-discussion">
        <h2 className="board-topic-title">{topic.title}</h2>
        <div className="board-clock">
          <Countdown
            timer={discussion.timer}
            size="huge"
            label={t('discuss.timeLeftFor', { title: topic.title })}
          />
          <BoardContinueTally vote={discussion.continueVote} />
        </div>
      </div>
      <div className="board-side">
        <BoardItems topicId={topic.id} />
        <BoardTopics topics={upNext} heading="board.upNext" />
      </div>
    </div>
  );
};

const Discussion = () => {
  const queued = useQueueTopics();
  const discussion = useAppStore((state) => state.view?.discussion ?? null);
  const topic = useAppStore((state) =>
    state.view?.topics.find(
      (candidate) =>
        candidate.id === state.view?.discussion?.topicId &&
        candidate.status === TopicStatus.Discussing,
    ),
  );
  if (!discussion || !topic) return <BoardTopics topics={queued} />;
  return <BoardDiscussing topic={topic} discussion={discussion} upNext={queued} />;
};

export const BoardContent = ({ phase, meetingId }: { phase: Phase; meetingId: string }) => {
  switch (phase) {
    case Phase.Lobby:
    case Phase.Propose:
      return (
        <>
          <JoinInvite meetingId={meetingId} />
          <TopicBoard />
        </>
      );
    case Phase.Checkin:
      return (
        <>
          <SpeakingOrder kind="checkin" headingLevel={2} editable={false} />
          <JoinInvite meetingId={meetingId} />
        </>
      );
    case Phase.Vote:
      return <TopicBoard />;
    case Phase.Discuss:
      return <Discussion />;
    case Phase.Wrapup:
      return <SpeakingOrder kind="closing" headingLevel={2} editable={false} />;
    case Phase.Ended:
      return null;
    default:
      return assertNever(phase);
  }
};
