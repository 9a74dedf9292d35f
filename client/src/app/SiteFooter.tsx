import { useInstance } from '../api/instanceApi.js';
import { useT } from '../i18n/useT.js';

/** The release, and the operator's imprint and privacy policy where the server names them. */
export const SiteFooter = () => {
  const t = useT();
  const instance = useInstance();
  if (!instance) return null;
  return (
    <footer className="site-footer">
      <span>{t('footer.version', { version: instance.version })}</span>
      {instance.imprintUrl ? (
        <a href={instance.imprintUrl} rel="noopener">
          {t('footer.imprint')}
        </a>
      ) : null}
      {instance.privacyUrl ? (
        <a href={instance.privacyUrl} rel="noopener">
          {t('footer.privacy')}
        </a>
      ) : null}
    </footer>
  );
};
