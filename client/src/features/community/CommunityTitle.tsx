import { useT } from '../../i18n/useT.js';

/** The community's name and description, as everyone who has its address sees them. */
export const CommunityTitle = ({ name, description }: { name: string; description: string }) => {
  const t = useT();
  return (
    <>
      <p className="eyebrow">{t('community.eyebrow')}</p>
      <h1>{name}</h1>
      {description ? <p className="lead community-description">{description}</p> : null}
    </>
  );
};
