import type { ReactNode } from 'react';
import { useDocumentTitle } from '../ui/useDocumentTitle.js';
import { PageShell } from './PageShell.js';

/** A calm full page for "not found", "ended", "connection lost" and the like. */
export const MessagePage = ({
  title,
  children,
  actions,
}: {
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
}) => {
  useDocumentTitle(title);
  return (
    <PageShell>
      <section className="message-card">
        <h1>{title}</h1>
        {children}
        {actions ? <div className="actions">{actions}</div> : null}
      </section>
    </PageShell>
  );
};
