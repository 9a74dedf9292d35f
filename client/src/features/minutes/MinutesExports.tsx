import { type Minutes, type MinutesFormat, minutesMarkdown } from '@percolate/shared';
import { useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { CopyButton } from '../../ui/CopyButton.js';
import { saveFile } from '../../ui/saveFile.js';
import {
  downloadMinutes,
  MinutesApiError,
  type MinutesAuth,
  type MinutesFailure,
} from './minutesApi.js';
import { printMinutes } from './printMinutes.js';

/** The facilitator gets every format; a reader the minutes, but not the raw log. */
export const FACILITATOR_FORMATS: readonly MinutesFormat[] = ['md', 'html', 'docx', 'csv', 'json'];
export const READER_FORMATS: readonly MinutesFormat[] = ['md', 'html', 'docx', 'csv'];

interface MinutesExportsProps {
  minutes: Minutes;
  meetingId: string;
  /** The facilitator key, a read-only link's secret or community credentials; without, only copy and print remain. */
  secret: MinutesAuth | null;
  formats: readonly MinutesFormat[];
}

/** Downloads in the meeting's language, copy as Markdown, and print (to paper or PDF). */
export const MinutesExports = ({ minutes, meetingId, secret, formats }: MinutesExportsProps) => {
  const t = useT();
  const [busy, setBusy] = useState<MinutesFormat | null>(null);
  const [failure, setFailure] = useState<MinutesFailure | null>(null);

  const download = async (format: MinutesFormat, key: MinutesAuth) => {
    setBusy(format);
    setFailure(null);
    try {
      const file = await downloadMinutes(meetingId, format, key);
      saveFile(file.blob, file.fileName);
    } catch (error) {
      setFailure(error instanceof MinutesApiError ? error.failure : 'network');
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="card stack minutes-exports" aria-labelledby="minutes-exports-heading">
      <h2 id="minutes-exports-heading">{t('minutes.exportTitle')}</h2>
      <div className="actions">
        <CopyButton text={minutesMarkdown(minutes)} label={t('minutes.copyMarkdown')} />
        <button type="button" className="button secondary small" onClick={printMinutes}>
          {t('minutes.print')}
        </button>
      </div>
      {secret === null ? null : (
        <div className="actions">
          {formats.map((format) => (
            <button
              key={format}
              type="button"
              className="button secondary small"
              disabled={busy !== null}
              onClick={() => void download(format, secret)}
            >
              {t(`minutes.download.${format}`)}
            </button>
          ))}
        </div>
      )}
      <p role="status" className="error-text">
        {failure ? t(`minutes.failure.${failure}`) : ''}
      </p>
    </section>
  );
};
