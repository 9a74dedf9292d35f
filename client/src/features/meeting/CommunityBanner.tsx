import { Link } from '../../app/Link.js';
import { paths } from '../../app/routes.js';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import './meeting.css';

/** "Part of <community>": the way back from a community's meeting to its page. */
export const CommunityBanner = () => {
  const t = useT();
  const community = useAppStore((state) => state.view?.community ?? null);
  if (!community) return null;
  return (
    <p className="community-banner">
      <Link href={paths.community(community.id)}>
        {t('meeting.partOf', { name: community.name })}
      </Link>
    </p>
  );
};
