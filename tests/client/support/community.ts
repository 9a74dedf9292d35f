import type {
  BacklogTopic,
  CommunityLookupResponse,
  CommunityPreview,
  DeliveryOverview,
  OpenAction,
  ScheduledMeeting,
} from '@percolate/shared';
import { vi } from 'vitest';

/** A community as GET /api/communities/:id answers, with one member (Anna) and her token. */
export const communityView = (
  overrides: Partial<CommunityLookupResponse> = {},
): CommunityLookupResponse => ({
  id: 'c1',
  name: 'CoP Testing',
  description: 'We test things.',
  createdAt: Date.UTC(2026, 10, 1),
  members: [
    { id: 'anna', name: 'Anna', joinedAt: Date.UTC(2026, 10, 1) },
    { id: 'ben', name: 'Ben', joinedAt: Date.UTC(2026, 10, 2) },
  ],
  rotation: ['anna', 'ben'],
  suggestedFacilitatorId: 'ben',
  backlog: [],
  upcomingMeetings: [],
  pastMeetings: [],
  openActions: [],
  meetingDefaults: {},
  me: 'anna',
  isOrganiser: false,
  inviteCode: 'ABC234',
  ...overrides,
});

/** What a visitor who is neither a member nor the organiser is shown of that community. */
export const communityPreview: CommunityPreview = {
  id: 'c1',
  name: 'CoP Testing',
  description: 'We test things.',
  me: null,
  isOrganiser: false,
};

export const scheduled = (overrides: Partial<ScheduledMeeting> = {}): ScheduledMeeting => ({
  meetingId: 'm1',
  title: 'CoP #1',
  startsAt: '2030-12-03T16:00:00+01:00',
  durationMinutes: 120,
  videoUrl: null,
  facilitatorId: 'anna',
  scheduledAt: Date.UTC(2026, 10, 1),
  outcome: null,
  deleted: false,
  ...overrides,
});

/** A backlog topic Anna proposed, once on CoP #0 with 4 dots. */
export const backlogTopic = (
  id: string,
  title: string,
  overrides: Partial<BacklogTopic> = {},
): BacklogTopic => ({
  id,
  title,
  description: '',
  proposedAt: Date.UTC(2026, 10, 3, 12),
  proposedBy: null,
  proposedByName: 'Anna',
  history: [{ meetingId: 'm0', meetingTitle: 'CoP #0', dots: 4 }],
  ...overrides,
});

export const openAction = (): OpenAction => ({
  id: 'a1',
  text: 'Write the FAQ',
  owner: 'Ben',
  due: '2026-12-01',
  meetingId: 'm0',
  meetingTitle: 'CoP #0',
  createdAt: 0,
});

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export interface SentCommand {
  commandId: string;
  command: { type: string } & Record<string, unknown>;
  headers: Record<string, string>;
}

/**
 * The community API at `fetch`: GET answers the current view, POST …/commands records the command
 * and answers `answer(command)` (ok by default) then lets `apply` change the view.
 */
/** What an organiser's page also reads: a server that delivers nowhere. */
export const NO_DELIVERIES: DeliveryOverview = {
  mail: false,
  webhooks: false,
  targets: [],
  deliveries: [],
};

export const stubCommunityApi = (
  initial: CommunityLookupResponse,
  options: {
    answer?: (command: SentCommand['command']) => Response | Promise<Response>;
    apply?: (
      view: CommunityLookupResponse,
      command: SentCommand['command'],
    ) => CommunityLookupResponse;
    other?: (url: string, init: RequestInit) => Response | undefined;
  } = {},
) => {
  let view = initial;
  const sent: SentCommand[] = [];
  const fetchMock = vi.fn(async (url: string, init: RequestInit = {}) => {
    const other = options.other?.(url, init);
    if (other) return other;
    if (url.endsWith('/delivery')) return json(NO_DELIVERIES);
    if (url.endsWith('/commands') && init.method === 'POST') {
      const body = JSON.parse(String(init.body));
      sent.push({ ...body, headers: init.headers as Record<string, string> });
      const response = (await options.answer?.(body.command)) ?? json({ ok: true, seq: 1 });
      if (response.ok && options.apply) view = options.apply(view, body.command);
      return response;
    }
    return json(view);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, sent };
};
