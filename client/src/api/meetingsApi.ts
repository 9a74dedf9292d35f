import type { CreateMeetingResponse, MeetingLookupResponse, Settings } from '@percolate/shared';
import { creationHeaders } from './creationCode.js';
import { request } from './request.js';

export { ApiError, type ApiFailure } from './request.js';

export const createMeeting = (
  title: string,
  settings: Partial<Settings>,
  schedule: { startsAt: string; durationMinutes: number; videoUrl?: string } | null = null,
) =>
  request<CreateMeetingResponse>('/api/meetings', {
    method: 'POST',
    headers: creationHeaders(),
    body: JSON.stringify({ title, settings, ...(schedule ? { schedule } : {}) }),
  });

export const lookupMeeting = (meetingId: string) =>
  request<MeetingLookupResponse>(`/api/meetings/${encodeURIComponent(meetingId)}`);

export const lookupMeetingByCode = (code: string) =>
  request<MeetingLookupResponse>(`/api/meetings/by-code/${encodeURIComponent(code)}`);
