import type { PublicTopicView } from '@percolate/shared';
import { DotControls } from '../../ui/dots/DotControls.js';
import { TopicSummary } from '../../ui/topic/TopicSummary.js';

/** One topic in the vote: what it is about, and my dots on it. */
export const VoteRow = ({ topic }: { topic: PublicTopicView }) => (
  <li className="card vote-row">
    <TopicSummary topic={topic} headingLevel={3} />
    <DotControls topic={topic} />
  </li>
);
