/**
 * The minutes over REST, with a secret as `Authorization: Bearer`: the facilitator key (every
 * format, and the read-only links) or a reader's link secret (the minutes and their downloads).
 */
import type {
  CreatedMinutesLink,
  Minutes,
  MinutesFormat,
  MinutesLinkList,
} from '@percolate/shared';
import { type DownloadedFile, downloadedFile } from '../../api/downloadedFile.js';

/**
 * Who reads: a secret sent as Bearer (facilitator key, read-only link, a community's organiser
 * key), or in a community's meeting a member's token of that community.
 */
export type MinutesAuth = string | { memberToken: string };

const authHeaders = (auth: MinutesAuth): Record<string, string> =>
  typeof auth === 'string'
    ? { authorization: `Bearer ${auth}` }
    : { 'x-member-token': auth.memberToken };

/** Why a request failed, in words the UI can translate. */
export type MinutesFailure = 'forbidden' | 'notFound' | 'tooMany' | 'network';

export class MinutesApiError extends Error {
  constructor(readonly failure: MinutesFailure) {
    super(failure);
  }
}

const failureOf = (status: number): MinutesFailure => {
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 409) return 'tooMany';
  return 'network';
};

const call = async (path: string, auth: MinutesAuth, method = 'GET'): Promise<Response> => {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: { accept: 'application/json', ...authHeaders(auth) },
    });
  } catch {
    throw new MinutesApiError('network');
  }
  if (!response.ok) throw new MinutesApiError(failureOf(response.status));
  return response;
};

const meetingPath = (meetingId: string) => `/api/meetings/${encodeURIComponent(meetingId)}`;

export const fetchMinutes = async (meetingId: string, auth: MinutesAuth): Promise<Minutes> =>
  (await call(`${meetingPath(meetingId)}/minutes`, auth)).json() as Promise<Minutes>;

/** One export as a file, named as the server names it. */
export const downloadMinutes = async (
  meetingId: string,
  format: MinutesFormat,
  auth: MinutesAuth,
): Promise<DownloadedFile> =>
  downloadedFile(
    await call(`${meetingPath(meetingId)}/minutes.${format}`, auth),
    `minutes.${format}`,
  );

export const listMinutesLinks = async (meetingId: string, key: string): Promise<MinutesLinkList> =>
  (await call(`${meetingPath(meetingId)}/minutes-links`, key)).json() as Promise<MinutesLinkList>;

export const createMinutesLink = async (
  meetingId: string,
  key: string,
): Promise<CreatedMinutesLink> =>
  (
    await call(`${meetingPath(meetingId)}/minutes-links`, key, 'POST')
  ).json() as Promise<CreatedMinutesLink>;

export const revokeMinutesLink = async (
  meetingId: string,
  key: string,
  linkId: string,
): Promise<void> => {
  await call(
    `${meetingPath(meetingId)}/minutes-links/${encodeURIComponent(linkId)}`,
    key,
    'DELETE',
  );
};
