import { useT } from '../i18n/useT.js';
import { Link } from './Link.js';
import { MessagePage } from './MessagePage.js';
import { paths } from './routes.js';

const TEXTS = {
  page: ['notFound.pageTitle', 'notFound.pageText'],
  meeting: ['notFound.meetingTitle', 'notFound.meetingText'],
  community: ['notFound.communityTitle', 'notFound.communityText'],
} as const;

export const NotFoundPage = ({ what = 'page' }: { what?: keyof typeof TEXTS }) => {
  const t = useT();
  const [title, text] = TEXTS[what];
  return (
    <MessagePage
      title={t(title)}
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
      <p>{t(text)}</p>
    </MessagePage>
  );
};
