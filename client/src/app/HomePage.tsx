import { CreateCommunityForm } from '../features/home/CreateCommunityForm.js';
import { CreateMeetingForm } from '../features/home/CreateMeetingForm.js';
import { ImportCommunityForm } from '../features/home/ImportCommunityForm.js';
import { JoinCodeForm } from '../features/join/JoinCodeForm.js';
import { useT } from '../i18n/useT.js';
import { useDocumentTitle } from '../ui/useDocumentTitle.js';
import { PageShell } from './PageShell.js';

export const HomePage = () => {
  const t = useT();
  useDocumentTitle(null);
  return (
    <PageShell>
      <section className="hero">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
      </section>
      <div className="home-grid">
        <CreateMeetingForm />
        <div className="stack">
          <JoinCodeForm />
          <CreateCommunityForm />
          <ImportCommunityForm />
          <section className="card stack" aria-labelledby="how-heading">
            <h2 id="how-heading">{t('home.howTitle')}</h2>
            <ol className="how-list">
              <li>{t('home.how1')}</li>
              <li>{t('home.how2')}</li>
              <li>{t('home.how3')}</li>
              <li>{t('home.how4')}</li>
            </ol>
          </section>
        </div>
      </div>
    </PageShell>
  );
};
