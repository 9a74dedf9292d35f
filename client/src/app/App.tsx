import { assertNever } from '@percolate/shared';
import { lazy, Suspense } from 'react';
import { JoinByCodePage } from '../features/join/JoinByCodePage.js';
import { useT } from '../i18n/useT.js';
import { DocumentPreferences } from './DocumentPreferences.js';
import { HomePage } from './HomePage.js';
import { MeetingPage } from './meeting/MeetingPage.js';
import { NotFoundPage } from './NotFoundPage.js';
import { usePathname } from './router.js';
import { matchRoute, type Route } from './routes.js';

const BoardPage = lazy(() =>
  import('./board/BoardPage.js').then((module) => ({ default: module.BoardPage })),
);
const MinutesView = lazy(() =>
  import('../features/minutes/MinutesView.js').then((module) => ({ default: module.MinutesView })),
);

const CommunityPage = lazy(() =>
  import('../features/community/CommunityPage.js').then((module) => ({
    default: module.CommunityPage,
  })),
);

const Loading = () => {
  const t = useT();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
};

const RouteView = ({ route }: { route: Route }) => {
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'join':
      return <JoinByCodePage code={route.code} />;
    case 'meeting':
      return <MeetingPage meetingId={route.meetingId} />;
    case 'board':
      return <BoardPage meetingId={route.meetingId} tableId={route.tableId} />;
    case 'minutes':
      return <MinutesView meetingId={route.meetingId} />;
    case 'community':
      return <CommunityPage communityId={route.communityId} />;
    case 'notFound':
      return <NotFoundPage />;
    default:
      return assertNever(route);
  }
};

export const App = () => {
  const route = matchRoute(usePathname());
  return (
    <>
      <DocumentPreferences />
      <Suspense fallback={<Loading />}>
        <RouteView route={route} />
      </Suspense>
    </>
  );
};
