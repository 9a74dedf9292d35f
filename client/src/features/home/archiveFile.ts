/** The archive file someone chose, checked before it is sent: not too large, and JSON at all. */
import { COMMUNITY_ARCHIVE_MAX_BYTES } from '@percolate/shared';

export type ArchiveFileProblem = 'NO_FILE' | 'TOO_LARGE' | 'NOT_JSON';

export const readArchiveFile = async (
  file: File | null,
): Promise<{ ok: true; text: string } | { ok: false; problem: ArchiveFileProblem }> => {
  if (!file) return { ok: false, problem: 'NO_FILE' };
  if (file.size > COMMUNITY_ARCHIVE_MAX_BYTES) return { ok: false, problem: 'TOO_LARGE' };
  const text = await file.text();
  try {
    JSON.parse(text);
  } catch {
    return { ok: false, problem: 'NOT_JSON' };
  }
  return { ok: true, text };
};
