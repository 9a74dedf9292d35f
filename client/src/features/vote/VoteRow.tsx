import type { PublicTopicView } from '@percolate/shared';
import { TopicSummary } from '../topics/TopicSummary.js';
import { DotControls } from './DotControls.js';

/** One topic in the vote: what it is about, and my dots on it. */
export const VoteRow = ({ topic }: { topic: PublicTopicView }) => (
  <li className="card vote-row">
    <TopicSummary topic={topic} headingLevel={3} />
    <DotControls topic={topic} />
  </li>
);
