import { useCallback } from 'react';
import { downloadCommunityArchive } from '../../api/communitiesApi.js';
import { useT } from '../../i18n/useT.js';
import { useAction } from '../../store/useAction.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { saveFile } from '../../ui/saveFile.js';
import { useCommunityView } from './CommunityContext.js';

/**
 * Organisers download the whole community as one file: to keep it, or to import it on another
 * Percolate server (the way off a host). It holds no secret link, so it opens nothing by itself.
 */
export const DownloadArchive = () => {
  const t = useT();
  const { id } = useCommunityView();
  const save = useCallback(async (communityId: string) => {
    const outcome = await downloadCommunityArchive(communityId);
    if (outcome.ok) saveFile(outcome.file.blob, outcome.file.fileName);
    return outcome;
  }, []);
  const download = useAction(save);

  return (
    <section className="card stack" aria-labelledby="community-archive-heading">
      <h2 id="community-archive-heading">{t('community.archiveFileTitle')}</h2>
      <p className="muted small">{t('community.archiveFileText')}</p>
      <div>
        <button
          type="button"
          className="button secondary small"
          disabled={download.pending}
          aria-describedby="community-archive-error"
          onClick={() => void download.run(id)}
        >
          {download.pending ? t('community.archiveFilePending') : t('community.archiveFile')}
        </button>
      </div>
      <ErrorText id="community-archive-error" code={download.error} />
    </section>
  );
};
