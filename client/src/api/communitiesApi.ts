/**
 * Communities over REST. Every request says who is asking: this browser's member token of the
 * community as `X-Member-Token`, and the organiser key (when held) as `Authorization: Bearer`;
 * commands also carry the invite code (when held) as `X-Invite-Code`, which joining needs.
 * A command goes as `{ commandId, command }` and is retried with the same id when the server could
 * not be reached: the server answers a repeated id with its first answer, so nothing happens twice.
 * A community also moves as one archive: its organiser downloads it, another server imports it.
 */
import {
  type CommunityCommand,
  type CommunityLookupAnswer,
  type CommunitySearchResponse,
  type CreateCommunityResponse,
  ErrorCode,
  type ImportCommunityResponse,
  INVITE_CODE_HEADER,
  type SearchHit,
  type SettingsPatch,
} from '@percolate/shared';
import { nanoid } from 'nanoid';
import type { FailureCode } from '../store/commandInput.js';
import { persistence } from '../store/persistence.js';
import { creationHeaders } from './creationCode.js';
import { type DownloadedFile, downloadedFile } from './downloadedFile.js';
import { request } from './request.js';

export type CommunityOutcome = { ok: true } | { ok: false; code: FailureCode };

export class CommunityApiError extends Error {
  constructor(
    readonly code: FailureCode,
    readonly status: number | null,
  ) {
    super(code);
  }
}

/** Waits before each attempt; the first goes at once. */
const RETRY_DELAYS_MS = [0, 400, 1_500];
/** Answers that say "not now" rather than "no": worth the same request again. */
const TRANSIENT = new Set([502, 503, 504]);
const ERROR_CODES = new Set<string>(Object.values(ErrorCode));

export const communityPath = (communityId: string) =>
  `/api/communities/${encodeURIComponent(communityId)}`;

export const headersFor = (communityId: string, json: boolean): Record<string, string> => {
  const key = persistence.organiserKey(communityId);
  return {
    accept: 'application/json',
    'x-member-token': persistence.memberToken(communityId),
    ...(key ? { authorization: `Bearer ${key}` } : {}),
    ...(json ? { 'content-type': 'application/json' } : {}),
  };
};

const commandHeadersFor = (communityId: string): Record<string, string> => {
  const invite = persistence.inviteCode(communityId);
  return {
    ...headersFor(communityId, true),
    ...(invite ? { [INVITE_CODE_HEADER]: invite } : {}),
  };
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Only for requests that may safely be repeated (reads, and commands with their id). */
const fetchRetrying = async (path: string, init: RequestInit): Promise<Response> => {
  let last: Response | null = null;
  for (const delay of RETRY_DELAYS_MS) {
    if (delay > 0) await pause(delay);
    try {
      last = await fetch(path, init);
      if (!TRANSIENT.has(last.status)) return last;
    } catch {
      last = null;
    }
  }
  if (last) return last;
  throw new CommunityApiError('NETWORK', null);
};

interface Refusal {
  code: FailureCode;
  /** The server's words, for API users (the page translates the code). */
  message: string | null;
}

/** The domain's error from `{ error: { code, message } }` (errors and refused acks share that shape). */
const refusalOf = async (response: Response): Promise<Refusal> => {
  try {
    const error = ((await response.json()) as { error?: { code?: unknown; message?: unknown } })
      .error;
    const message = typeof error?.message === 'string' ? error.message : null;
    if (typeof error?.code === 'string' && ERROR_CODES.has(error.code)) {
      return { code: error.code as ErrorCode, message };
    }
  } catch {
    // Not JSON (a proxy's error page): judged by its status below.
  }
  if (response.status === 429) return { code: ErrorCode.RateLimited, message: null };
  if (response.status === 404) return { code: ErrorCode.CommunityNotFound, message: null };
  return { code: response.status >= 500 ? 'NETWORK' : ErrorCode.InvalidPayload, message: null };
};

/** The domain's code from `{ error: { code } }` (errors and refused acks share that shape). */
export const failureOf = async (response: Response): Promise<FailureCode> =>
  (await refusalOf(response)).code;

export const readJson = async <T>(response: Response): Promise<T> => {
  if (!response.ok) throw new CommunityApiError(await failureOf(response), response.status);
  return (await response.json()) as T;
};

export const createCommunity = (
  name: string,
  description: string,
  meetingDefaults: SettingsPatch = {},
) =>
  request<CreateCommunityResponse>('/api/communities', {
    method: 'POST',
    headers: creationHeaders(),
    body: JSON.stringify({ name, description, meetingDefaults }),
  });

/** The community an invite code belongs to (the join page tries meeting codes first). */
export const lookupCommunityByCode = (code: string) =>
  request<{ id: string }>(`/api/communities/by-code/${encodeURIComponent(code)}`);

/** The whole view for members and organisers, a preview for anyone else. */
export const fetchCommunity = async (communityId: string): Promise<CommunityLookupAnswer> =>
  readJson(
    await fetchRetrying(communityPath(communityId), {
      headers: headersFor(communityId, false),
    }),
  );

export const sendCommunityCommand = async (
  communityId: string,
  command: CommunityCommand,
): Promise<CommunityOutcome> => {
  const body = JSON.stringify({ commandId: nanoid(), command });
  try {
    const response = await fetchRetrying(`${communityPath(communityId)}/commands`, {
      method: 'POST',
      headers: commandHeadersFor(communityId),
      body,
    });
    return response.ok ? { ok: true } : { ok: false, code: await failureOf(response) };
  } catch {
    return { ok: false, code: 'NETWORK' };
  }
};

export const searchCommunity = async (communityId: string, query: string): Promise<SearchHit[]> =>
  (
    await readJson<CommunitySearchResponse>(
      await fetchRetrying(`${communityPath(communityId)}/search?q=${encodeURIComponent(query)}`, {
        headers: headersFor(communityId, false),
      }),
    )
  ).hits;

export const deleteCommunity = async (communityId: string): Promise<CommunityOutcome> => {
  try {
    const response = await fetch(communityPath(communityId), {
      method: 'DELETE',
      headers: headersFor(communityId, false),
    });
    return response.ok ? { ok: true } : { ok: false, code: await failureOf(response) };
  } catch {
    return { ok: false, code: 'NETWORK' };
  }
};

/** The meeting's calendar entry (the server makes it for a community's meetings). */
export const calendarUrl = (meetingId: string) =>
  `/api/meetings/${encodeURIComponent(meetingId)}/calendar.ics`;

/** The whole community as one archive file, for its organiser to keep or to move it. */
export const downloadCommunityArchive = async (
  communityId: string,
): Promise<{ ok: true; file: DownloadedFile } | { ok: false; code: FailureCode }> => {
  try {
    const response = await fetch(`${communityPath(communityId)}/archive`, {
      headers: headersFor(communityId, false),
    });
    if (!response.ok) return { ok: false, code: await failureOf(response) };
    return { ok: true, file: await downloadedFile(response, 'community.json') };
  } catch {
    return { ok: false, code: 'NETWORK' };
  }
};

export type ImportOutcome =
  | { ok: true; imported: ImportCommunityResponse }
  /** `TOO_LARGE`: over the server's limit (413); `message` says where an invalid archive is wrong. */
  | { ok: false; code: FailureCode | 'TOO_LARGE'; message: string | null };

/** Imports a community archive (the file's text, sent as it is) as a new community here. */
export const importCommunityArchive = async (archive: string): Promise<ImportOutcome> => {
  try {
    const response = await fetch('/api/communities/import', {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        ...creationHeaders(),
      },
      body: archive,
    });
    if (response.ok) {
      return { ok: true, imported: (await response.json()) as ImportCommunityResponse };
    }
    if (response.status === 413) return { ok: false, code: 'TOO_LARGE', message: null };
    return { ok: false, ...(await refusalOf(response)) };
  } catch {
    return { ok: false, code: 'NETWORK', message: null };
  }
};
