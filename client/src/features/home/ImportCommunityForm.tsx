import {
  COMMUNITY_ARCHIVE_MAX_MEGABYTES,
  ErrorCode,
  type ImportCommunityResponse,
} from '@percolate/shared';
import { type FormEvent, useId, useState } from 'react';
import { type ImportOutcome, importCommunityArchive } from '../../api/communitiesApi.js';
import { errorKey } from '../../i18n/errorKey.js';
import { useT } from '../../i18n/useT.js';
import { requestFocus } from '../../ui/focus.js';
import { type ArchiveFileProblem, readArchiveFile } from './archiveFile.js';
import { CreationSubmit } from './CreationSubmit.js';
import { ImportedCommunity } from './ImportedCommunity.js';

type Failure =
  | { kind: 'file'; problem: ArchiveFileProblem }
  | { kind: 'server'; refusal: Extract<ImportOutcome, { ok: false }> };

const FILE_PROBLEM_KEYS = {
  NO_FILE: 'home.importChooseFile',
  TOO_LARGE: 'home.importTooLarge',
  NOT_JSON: 'home.importNotJson',
} as const;

/** Why the import failed, in the person's words; where the archive is wrong, when the server said. */
const FailureText = ({ failure }: { failure: Failure }) => {
  const t = useT();
  if (failure.kind === 'file') {
    return (
      <>{t(FILE_PROBLEM_KEYS[failure.problem], { megabytes: COMMUNITY_ARCHIVE_MAX_MEGABYTES })}</>
    );
  }
  const { code, message } = failure.refusal;
  if (code === 'TOO_LARGE') {
    return <>{t('home.importTooLarge', { megabytes: COMMUNITY_ARCHIVE_MAX_MEGABYTES })}</>;
  }
  if (code !== ErrorCode.InvalidPayload) return <>{t(errorKey(code))}</>;
  return (
    <>
      {t('home.importInvalid')}
      {message ? (
        <>
          {' '}
          {t('home.importWhere')} <code>{message}</code>
        </>
      ) : null}
    </>
  );
};

/** The chosen file checked here, then imported by the server: the new community, or why not. */
const importFile = async (file: File | null): Promise<ImportCommunityResponse | Failure> => {
  const read = await readArchiveFile(file);
  if (!read.ok) return { kind: 'file', problem: read.problem };
  const outcome = await importCommunityArchive(read.text);
  return outcome.ok ? outcome.imported : { kind: 'server', refusal: outcome };
};

/**
 * A community moving in from another Percolate server: its organiser chooses the archive
 * downloaded there, and it becomes a new community here. Member links are shown once, after.
 */
export const ImportCommunityForm = () => {
  const t = useT();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [imported, setImported] = useState<ImportCommunityResponse | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setBusy(true);
    const result = await importFile(file);
    setBusy(false);
    if ('kind' in result) {
      setFailure(result);
      return;
    }
    requestFocus('imported-community');
    setImported(result);
  };

  if (imported) return <ImportedCommunity imported={imported} />;
  return (
    <form
      className="card stack"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="community-import-heading"
    >
      <h2 id="community-import-heading">{t('home.importTitle')}</h2>
      <p className="muted">{t('home.importIntro')}</p>
      <div className="field">
        <label htmlFor={fileId} className="field-label">
          {t('home.importFile')}
        </label>
        <input
          id={fileId}
          type="file"
          accept=".json,application/json"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <CreationSubmit
        failure={failure ? <FailureText failure={failure} /> : null}
        busy={busy}
        label={t('home.importSubmit')}
        busyLabel={t('home.importing')}
      />
    </form>
  );
};
