/** Plain JSON requests of the REST API, their failures named so the UI can translate them. */
import { ErrorCode } from '@percolate/shared';

/** Why a REST call failed, in words the UI can translate. */
export type ApiFailure = 'notFound' | 'rateLimited' | 'creationRestricted' | 'invalid' | 'network';

export class ApiError extends Error {
  constructor(readonly failure: ApiFailure) {
    super(failure);
  }
}

const failureOf = (status: number): ApiFailure => {
  if (status === 404) return 'notFound';
  if (status === 429) return 'rateLimited';
  if (status >= 400 && status < 500) return 'invalid';
  return 'network';
};

/** The domain's code from `{ error: { code } }`, if the answer has one. */
const errorCodeOf = async (response: Response): Promise<unknown> => {
  try {
    return ((await response.json()) as { error?: { code?: unknown } }).error?.code;
  } catch {
    return undefined;
  }
};

export const request = async <T>(path: string, init?: RequestInit): Promise<T> => {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: {
        accept: 'application/json',
        ...(init?.body ? { 'content-type': 'application/json' } : {}),
        ...(init?.headers as Record<string, string> | undefined),
      },
    });
  } catch {
    throw new ApiError('network');
  }
  if (!response.ok) {
    const code = await errorCodeOf(response);
    throw new ApiError(
      code === ErrorCode.CreationRestricted ? 'creationRestricted' : failureOf(response.status),
    );
  }
  return (await response.json()) as T;
};
