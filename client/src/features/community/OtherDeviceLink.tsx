import { useT } from '../../i18n/useT.js';
import { persistence } from '../../store/persistence.js';
import { CopyButton } from '../../ui/CopyButton.js';

/**
 * A member's own link for another device (`/c/:id#member=<token>`): opening it there makes that
 * browser this member too. The token goes in the fragment, which no request and no Referer carry;
 * the link itself is not shown, only copied.
 */
export const OtherDeviceLink = ({ communityId }: { communityId: string }) => {
  const t = useT();
  const address = `${window.location.origin}/c/${encodeURIComponent(communityId)}`;
  const link = `${address}#member=${encodeURIComponent(persistence.memberToken(communityId))}`;
  return (
    <details className="advanced other-device">
      <summary>{t('community.otherDevice')}</summary>
      <div className="stack advanced-body">
        <p>{t('community.otherDeviceText')}</p>
        <p className="note">{t('community.otherDeviceWarning')}</p>
        <div>
          <CopyButton text={link} label={t('community.copyOtherDeviceLink')} />
        </div>
      </div>
    </details>
  );
};
