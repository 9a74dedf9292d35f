import type { CreateMeetingResponse, MeetingLookupResponse, Settings } from '@percolate/shared';

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

const request = async <T>(path: string, init?: RequestInit): Promise<T> => {
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

export const createMeeting = (title: string, settings: Partial<Settings>) =>
  request<CreateMeetingResponse>('/api/meetings', {
    method: 'POST',
    body: JSON.stringify({ title, settings }),
  });

export const lookupMeeting = (meetingId: string) =>
  request<MeetingLookupResponse>(`/api/meetings/${encodeURIComponent(meetingId)}`);

export const lookupMeetingByCode = (code: string) =>
  request<MeetingLookupResponse>(`/api/meetings/by-code/${encodeURIComponent(code)}`);
