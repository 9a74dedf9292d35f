/**
 * A community with a past, built over HTTP and real sockets as its people would: Ana, Ben and Cem
 * are members in a rotation; a topic waits in the backlog; meeting 1 discussed a topic, left an
 * open action and sent two topics back to the backlog with their dots; meeting 2 promised
 * anonymous topics and hidden votes, heard a private check-in line, had a backlog topic pulled
 * into it and ended in the vote, its dots never revealed; meeting 3 is still to come.
 */
import type { CommunityLookupResponse } from '@percolate/shared';
import { TestClient } from '../../helpers/testClient.js';
import {
  type Caller,
  type CommunityApi,
  type CreatedCommunity,
  communityApi,
  memberToken,
} from './communityApi.js';

export const PRIVATE_LINE = 'Umzug nach Kassel, bitte vertraulich';
export const ANONYMOUS_TOPIC = 'Beförderungen: wer entscheidet?';
export const PUBLIC_LINE = 'Haushaltsplanung läuft';

const NAMES = ['Ana', 'Ben', 'Cem'] as const;
type Name = (typeof NAMES)[number];

export interface CommunityWithHistory {
  api: CommunityApi;
  community: CreatedCommunity;
  organiser: Caller;
  tokens: Record<Name, string>;
  memberIds: Record<Name, string>;
  /** Meeting ids by title: CoP #1 and CoP #2 were held, CoP #3 is to come. */
  meetings: Record<'CoP #1' | 'CoP #2' | 'CoP #3', string>;
  look(): Promise<CommunityLookupResponse>;
}

export const buildCommunityWithHistory = async (url: string): Promise<CommunityWithHistory> => {
  const api = communityApi(url);
  const community = await api.create({ name: 'HR CoP', description: 'Personalentwicklung' });
  const organiser = { key: community.organiserKey };
  const tokens = { Ana: memberToken(), Ben: memberToken(), Cem: memberToken() };
  const sockets: TestClient[] = [];
  const look = () => api.look(community.id, organiser);
  const ok = async (command: unknown, who: Caller = organiser) => {
    const { ack } = await api.send(community.id, command, who);
    if (!ack.ok) throw new Error(`${JSON.stringify(command)}: ${ack.error.code}`);
  };
  const schedule = async (title: keyof CommunityWithHistory['meetings'], startsAt: string) => {
    await ok({
      type: 'meeting:schedule',
      title,
      startsAt,
      videoUrl: 'https://video.example.org/hr',
    });
    const meeting = (await look()).upcomingMeetings.find((each) => each.title === title);
    if (!meeting) throw new Error(`${title} not scheduled`);
    return meeting.meetingId;
  };
  const connect = async (meetingId: string, name: Name) => {
    const client = await TestClient.connect(url, { meetingId, memberToken: tokens[name] });
    sockets.push(client);
    await client.join(name);
    return client;
  };
  const topicId = (client: TestClient, title: string) =>
    client.view?.topics.find((topic) => topic.title === title)?.id ?? '';
  /** Waits for the community to hear that the meeting ended (it concludes it after the commit). */
  const concluded = async (meetingId: string) => {
    const deadline = Date.now() + 5000;
    while (!(await look()).pastMeetings.some((each) => each.meetingId === meetingId)) {
      if (Date.now() > deadline) throw new Error(`${meetingId} was not concluded`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  try {
    for (const name of NAMES) {
      await ok(
        { type: 'member:join', name },
        { token: tokens[name], invite: community.inviteCode },
      );
    }
    const members = (await look()).members;
    const memberIds = Object.fromEntries(
      members.map((member) => [member.name, member.id]),
    ) as Record<Name, string>;
    await ok({ type: 'rotation:set', memberIds: [memberIds.Ben, memberIds.Cem, memberIds.Ana] });
    await ok({ type: 'backlog:add', title: 'Working Out Loud' }, { token: tokens.Ana });

    const first = await schedule('CoP #1', '2026-01-20T18:00:00+01:00');
    const ben = await connect(first, 'Ben');
    const ana = await connect(first, 'Ana');
    await ben.ok({ type: 'phase:set', phase: 'checkin' });
    await ana.ok({ type: 'round:post', round: 'checkin', text: 'Viel los im Amt', mood: 'sunny' });
    await ben.ok({ type: 'phase:set', phase: 'propose' });
    for (const title of ['Onboarding', 'KI in der Personalarbeit', 'Jobrotation']) {
      await ana.ok({ type: 'topic:propose', title });
    }
    await ben.waitFor((client) => client.view?.topics.length === 3);
    const onboarding = topicId(ben, 'Onboarding');
    await ana.ok({ type: 'vote:cast', topicId: onboarding });
    await ben.ok({ type: 'vote:cast', topicId: topicId(ben, 'Jobrotation') });
    await ben.ok({ type: 'phase:set', phase: 'vote' });
    await ben.ok({ type: 'vote:close' });
    await ben.ok({ type: 'phase:set', phase: 'discuss' });
    await ben.ok({ type: 'discussion:start', topicId: onboarding });
    await ben.ok({ type: 'item:add', topicId: onboarding, kind: 'note', text: 'Paten helfen' });
    await ben.ok({
      type: 'item:add',
      topicId: onboarding,
      kind: 'action',
      text: 'Checkliste entwerfen',
      owner: 'Ana',
      due: '2026-02-15',
    });
    await ben.ok({ type: 'discussion:close' });
    await ben.ok({ type: 'meeting:end' });
    await concluded(first);

    const second = await schedule('CoP #2', '2026-02-20T18:00:00+01:00');
    const backlogTopic = (await look()).backlog.find((topic) => topic.title === 'Jobrotation');
    await ok({ type: 'backlog:pull', meetingId: second, topicIds: [backlogTopic?.id] });
    const cem = await connect(second, 'Cem');
    const ana2 = await connect(second, 'Ana');
    const ben2 = await connect(second, 'Ben');
    await cem.ok({
      type: 'settings:update',
      settings: { anonymousTopics: true, hiddenVotes: true, locale: 'de' },
    });
    await cem.ok({ type: 'phase:set', phase: 'checkin' });
    await ana2.ok({ type: 'round:post', round: 'checkin', text: PRIVATE_LINE, private: true });
    await ben2.ok({ type: 'round:post', round: 'checkin', text: PUBLIC_LINE });
    await cem.ok({ type: 'phase:set', phase: 'propose' });
    await ana2.ok({ type: 'topic:propose', title: ANONYMOUS_TOPIC });
    await cem.ok({ type: 'phase:set', phase: 'vote' });
    await ana2.waitFor((client) => client.view?.topics.length === 2);
    await ana2.ok({ type: 'vote:cast', topicId: topicId(ana2, ANONYMOUS_TOPIC) });
    await ana2.ok({ type: 'vote:cast', topicId: topicId(ana2, ANONYMOUS_TOPIC) });
    await cem.ok({ type: 'meeting:end' });
    await concluded(second);

    const third = await schedule('CoP #3', '2026-03-20T18:00:00+01:00');
    return {
      api,
      community,
      organiser,
      tokens,
      memberIds,
      meetings: { 'CoP #1': first, 'CoP #2': second, 'CoP #3': third },
      look,
    };
  } finally {
    for (const socket of sockets) socket.close();
  }
};
