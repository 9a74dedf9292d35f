/** Plain JSON requests of the REST API, their failures named so the UI can translate them. */
/** Why a REST call failed, in words the UI can translate. */
export type ApiFailure = 'notFound' | 'rateLimited' | 'invalid' | 'network';

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

export const request = async <T>(path: string, init?: RequestInit): Promise<T> => {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: {
        accept: 'application/json',
        ...(init?.body ? { 'content-type': 'application/json' } : {}),
      },
    });
  } catch {
    throw new ApiError('network');
  }
  if (!response.ok) throw new ApiError(failureOf(response.status));
  return (await response.json()) as T;
};
