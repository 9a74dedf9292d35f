/**
 * A community with two scheduled meetings, and the first one held to its end through a real
 * socket: a check-in (Bernd's line private), one topic discussed with a decision and an action
 * item (owner, due date), a summary.
 */
import { TestClient } from '../../helpers/testClient.js';
import { type CommunityApi, type CreatedCommunity, communityApi } from './communityApi.js';

export interface ScheduledCommunity {
  api: CommunityApi;
  community: CreatedCommunity;
  organiser: { key: string };
  meetingId: string;
  nextMeetingId: string;
}

export const communityWithTwoMeetings = async (url: string): Promise<ScheduledCommunity> => {
  const api = communityApi(url);
  const community = await api.create();
  const organiser = { key: community.organiserKey };
  for (const [title, startsAt] of [
    ['CoP Januar', '2099-01-01T10:00:00Z'],
    ['CoP Februar', '2099-02-01T10:00:00Z'],
  ]) {
    await api.send(community.id, { type: 'meeting:schedule', title, startsAt }, organiser);
  }
  const [first, second] = (await api.look(community.id, organiser)).upcomingMeetings;
  return {
    api,
    community,
    organiser,
    meetingId: first?.meetingId ?? '',
    nextMeetingId: second?.meetingId ?? '',
  };
};

export const MEETING_CONTENT = {
  topic: 'Onboarding im Homeoffice',
  decision: 'Wir schreiben eine Checkliste für den ersten Monat.',
  action: 'Entwurf der Checkliste',
  owner: 'Bernd Keller',
  due: '2099-01-15',
  summary: 'Onboarding besprochen.',
  checkin: 'Viel los mit dem Haushalt.',
  privateCheckin: 'Mein Team wird aufgelöst, bitte vertraulich.',
};

/** Holds the meeting in `locale` as its facilitator (the organiser key) and ends it. */
export const holdAndEnd = async (
  url: string,
  meetingId: string,
  facilitatorKey: string,
  locale: 'de' | 'en',
): Promise<void> => {
  const c = MEETING_CONTENT;
  const anna = await TestClient.connect(url, { meetingId, facilitatorKey });
  try {
    await anna.join('Anna');
    await anna.ok({ type: 'settings:update', settings: { locale } });
    await anna.ok({ type: 'phase:set', phase: 'checkin' });
    await anna.ok({ type: 'round:post', round: 'checkin', text: c.checkin });
    const bernd = await TestClient.connect(url, { meetingId });
    await bernd.join('Bernd');
    await bernd.ok({ type: 'round:post', round: 'checkin', text: c.privateCheckin, private: true });
    bernd.close();
    await anna.ok({ type: 'phase:set', phase: 'propose' });
    await anna.ok({ type: 'topic:propose', title: c.topic });
    await anna.waitFor((client) => client.view?.topics.length === 1);
    const topicId = anna.view?.topics[0]?.id ?? '';
    await anna.ok({ type: 'phase:set', phase: 'vote' });
    await anna.ok({ type: 'vote:cast', topicId });
    await anna.ok({ type: 'vote:close' });
    await anna.ok({ type: 'phase:set', phase: 'discuss' });
    await anna.ok({ type: 'discussion:start', topicId });
    await anna.ok({ type: 'item:add', topicId, kind: 'decision', text: c.decision });
    await anna.ok({
      type: 'item:add',
      topicId,
      kind: 'action',
      text: c.action,
      owner: c.owner,
      due: c.due,
    });
    await anna.ok({ type: 'discussion:close' });
    await anna.ok({ type: 'summary:set', text: c.summary });
    await anna.ok({ type: 'meeting:end' });
  } finally {
    anna.close();
  }
};
