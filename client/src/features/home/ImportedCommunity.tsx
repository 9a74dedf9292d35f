import type { ImportCommunityResponse } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';
import { CopyButton } from '../../ui/CopyButton.js';
import { useFocusTarget } from '../../ui/focus.js';
import { openAddress } from './useCreateAndOpen.js';

/**
 * The community moved in: each member's own link (a new secret, shown only now, for the organiser
 * to send on) and the way into it as its organiser.
 */
export const ImportedCommunity = ({ imported }: { imported: ImportCommunityResponse }) => {
  const t = useT();
  const focus = useFocusTarget<HTMLHeadingElement>('imported-community', imported.id);
  return (
    <section className="card stack" aria-labelledby="community-imported-heading">
      <h2 id="community-imported-heading" tabIndex={-1} {...focus}>
        {t('home.importedTitle')}
      </h2>
      {imported.memberLinks.length > 0 ? (
        <>
          <p>{t('home.importedMembers')}</p>
          <ul className="stack imported-members">
            {imported.memberLinks.map((link) => (
              <li key={link.memberId}>
                <span>{link.name}</span>{' '}
                <CopyButton text={link.url} label={t('home.copyMemberLink', { name: link.name })} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="note">{t('home.importedInvite')}</p>
      <div>
        <button
          type="button"
          className="button primary"
          onClick={() => openAddress(imported.organiserUrl)}
        >
          {t('home.importedOpen')}
        </button>
      </div>
    </section>
  );
};
