/** Creates the bench's meetings through the public REST API, as a facilitator would. */
import type { CreateMeetingResponse } from '@percolate/shared';
import { BENCH_ORIGIN, type RoomPlan } from './messages.js';
import { createLimiter } from './pacer.js';

/** The facilitator key travels in the facilitator URL's fragment. */
const facilitatorKeyOf = (facilitatorUrl: string): string => {
  const fragment = new URL(facilitatorUrl).hash.slice(1);
  const key = new URLSearchParams(fragment).get('key') ?? fragment;
  if (!key) throw new Error(`no facilitator key in ${facilitatorUrl}`);
  return key;
};

const createMeeting = async (baseUrl: string, title: string): Promise<RoomPlan> => {
  const response = await fetch(`${baseUrl}/api/meetings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: BENCH_ORIGIN },
    body: JSON.stringify({ title }),
  });
  if (!response.ok) {
    throw new Error(`POST /api/meetings: ${response.status} ${await response.text()}`);
  }
  const meeting = (await response.json()) as CreateMeetingResponse;
  return { id: meeting.id, facilitatorKey: facilitatorKeyOf(meeting.facilitatorUrl) };
};

export const createMeetings = (
  baseUrl: string,
  count: number,
  label: string,
): Promise<RoomPlan[]> => {
  const limit = createLimiter(8);
  return Promise.all(
    Array.from({ length: count }, (_, index) =>
      limit(() => createMeeting(baseUrl, `Bench ${label} ${index + 1}`)),
    ),
  );
};
