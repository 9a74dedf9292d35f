import { useEffect } from 'react';
import { PageShell } from '../../app/PageShell.js';
import { useT } from '../../i18n/useT.js';
import { useDocumentTitle } from '../../ui/useDocumentTitle.js';
import { JoinCodeForm } from './JoinCodeForm.js';
import { useJoinCode } from './useJoinCode.js';

/** `/join` asks for a code; `/join/:code` looks it up straight away. */
export const JoinByCodePage = ({ code }: { code: string | null }) => {
  const t = useT();
  useDocumentTitle(t('join.title'));
  const { join, failure } = useJoinCode();

  useEffect(() => {
    if (code) void join(code, { replace: true });
  }, [code, join]);

  const looking = code !== null && failure === null;
  return (
    <PageShell>
      <div className="narrow">
        {looking ? (
          <>
            <h1>{t('join.title')}</h1>
            <p role="status">{t('join.lookingUp')}</p>
          </>
        ) : (
          <JoinCodeForm initialCode={code ?? ''} headingLevel={1} initialFailure={failure} />
        )}
      </div>
    </PageShell>
  );
};
