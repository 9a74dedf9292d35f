/**
 * The access code for creating meetings and communities on a server that restricts it: typed
 * once, kept for this browser tab's session, sent with each creation request.
 */
import { CREATION_CODE_HEADER } from '@percolate/shared';

const KEY = 'percolate.creationCode';

export const creationCode = {
  get: (): string => {
    try {
      return sessionStorage.getItem(KEY) ?? '';
    } catch {
      return '';
    }
  },
  set: (code: string): void => {
    try {
      sessionStorage.setItem(KEY, code);
    } catch {
      // Storage refused (private mode): the code is simply typed again next time.
    }
  },
};

export const creationHeaders = (): Record<string, string> => {
  const code = creationCode.get().trim();
  return code ? { [CREATION_CODE_HEADER]: code } : {};
};
