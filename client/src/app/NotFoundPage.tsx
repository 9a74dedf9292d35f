import { useT } from '../i18n/useT.js';
import { Link } from './Link.js';
import { MessagePage } from './MessagePage.js';
import { paths } from './routes.js';

export const NotFoundPage = ({ what = 'page' }: { what?: 'page' | 'meeting' }) => {
  const t = useT();
  return (
    <MessagePage
      title={t(what === 'meeting' ? 'notFound.meetingTitle' : 'notFound.pageTitle')}
      actions={
        <>
          <Link href={paths.join()} className="button primary">
            {t('notFound.joinByCode')}
          </Link>
          <Link href={paths.home()} className="button secondary">
            {t('notFound.home')}
          </Link>
        </>
      }
    >
      <p>{t(what === 'meeting' ? 'notFound.meetingText' : 'notFound.pageText')}</p>
    </MessagePage>
  );
};
