import { useT } from '../../i18n/useT.js';
import { persistence } from '../../store/persistence.js';
import { CopyButton } from '../../ui/CopyButton.js';
import { useCommunityView } from './CommunityContext.js';

/** Name, description and the links: the invite for everyone, the organiser link for organisers. */
export const CommunityHeader = () => {
  const t = useT();
  const community = useCommunityView();
  const inviteUrl = `${window.location.origin}/c/${encodeURIComponent(community.id)}`;
  const organiserKey = community.isOrganiser ? persistence.organiserKey(community.id) : null;

  return (
    <header className="community-head stack">
      <p className="eyebrow">{t('community.eyebrow')}</p>
      <h1>{community.name}</h1>
      {community.description ? (
        <p className="lead community-description">{community.description}</p>
      ) : null}
      <dl className="share-list community-links">
        <div>
          <dt>{t('community.inviteLink')}</dt>
          <dd>
            <code className="share-value">{inviteUrl}</code>
            <CopyButton text={inviteUrl} label={t('community.copyInvite')} />
          </dd>
        </div>
      </dl>
      {organiserKey ? (
        <div className="note stack community-organiser">
          <p>{t('community.organiserHint')}</p>
          <div>
            <CopyButton
              text={`${inviteUrl}#key=${encodeURIComponent(organiserKey)}`}
              label={t('community.copyOrganiserLink')}
            />
          </div>
        </div>
      ) : null}
    </header>
  );
};
