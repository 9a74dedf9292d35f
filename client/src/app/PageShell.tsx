import type { ReactNode } from 'react';
import { useT } from '../i18n/useT.js';
import { LanguageSwitch, ThemeToggle } from '../ui/PreferenceControls.js';
import { Link } from './Link.js';
import { paths } from './routes.js';
import { SiteFooter } from './SiteFooter.js';

interface PageShellProps {
  children: ReactNode;
  /** Extra controls in the header (meeting tools). */
  tools?: ReactNode;
  /** Shown under the header, above the content (connection state, facilitator bar). */
  top?: ReactNode;
  wide?: boolean;
}

export const PageShell = ({ children, tools, top, wide }: PageShellProps) => {
  const t = useT();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link href={paths.home()} className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">{t('app.name')}</span>
        </Link>
        <div className="header-tools">
          {tools}
          <LanguageSwitch />
          <ThemeToggle />
        </div>
      </header>
      {top}
      <main id="main" tabIndex={-1} className={wide ? 'page page-wide' : 'page'}>
        {children}
      </main>
      <SiteFooter />
    </div>
  );
};
