import { useT } from '../../i18n/useT.js';
import './topic.css';

/** Marks a topic proposed after the vote closed. */
export const LateBadge = ({ late }: { late: boolean }) => {
  const t = useT();
  return late ? <span className="badge late-badge">{t('topics.late')}</span> : null;
};
