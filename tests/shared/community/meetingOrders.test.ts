/** What a community's events ask of its meetings (carried out by the server before they are appended). */
import {
  type BacklogTopic,
  type CommunityState,
  reactToCommunityDeletion,
  reactToCommunityEvents,
  scheduledMeetingSettings,
  takesReview,
  topicsFromBacklog,
} from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { EARLIER_ACTION } from '../../helpers/community.js';
import { newCommunity, scheduled } from './builders.js';

const TOPIC: BacklogTopic = {
  id: 'b1',
  title: 'Onboarding',
  description: 'How we welcome people',
  proposedAt: 1_000,
  proposedBy: 'ana',
  proposedByName: 'Ana',
  history: [],
};

/** m1 and m2 upcoming, m0 concluded, m9 deleted; one open action and two backlog topics. */
const community = (): CommunityState => ({
  ...newCommunity(),
  meetings: [
    scheduled('m0', { outcome: { endedAt: 0, discussed: [], carriedOver: 0 } }),
    scheduled('m1'),
    scheduled('m2'),
    scheduled('m9', { deleted: true }),
  ],
  backlog: [TOPIC, { ...TOPIC, id: 'b2', title: 'Tooling' }],
  openActions: [EARLIER_ACTION],
});

describe('what community events ask of meetings', () => {
  it('creates a scheduled meeting with its settings, then brings in the open actions', () => {
    const state = community();
    const meeting = scheduled('m3');
    expect(reactToCommunityEvents(state, [{ type: 'meeting:scheduled', meeting }])).toEqual([
      {
        type: 'meeting:create',
        meetingId: 'm3',
        title: 'CoP m3',
        settings: scheduledMeetingSettings(meeting),
        community: { id: state.id, name: state.name },
      },
      {
        type: 'meeting:execute',
        meetingId: 'm3',
        command: { type: 'actions:import', actions: [EARLIER_ACTION] },
        bestEffort: false,
      },
    ]);
  });

  it('imports nothing into a new meeting when no action is open', () => {
    const state = { ...community(), openActions: [] };
    const orders = reactToCommunityEvents(state, [
      { type: 'meeting:scheduled', meeting: scheduled('m3') },
    ]);
    expect(orders.map((order) => order.type)).toEqual(['meeting:create']);
  });

  it('imports the pulled backlog topics with where they came from', () => {
    expect(
      reactToCommunityEvents(community(), [
        { type: 'backlog:pulled', meetingId: 'm1', topicIds: ['b2'] },
      ]),
    ).toEqual([
      {
        type: 'meeting:execute',
        meetingId: 'm1',
        command: {
          type: 'topics:import',
          topics: [
            {
              title: 'Tooling',
              description: 'How we welcome people',
              origin: {
                backlogTopicId: 'b2',
                proposedAt: 1_000,
                proposedByName: 'Ana',
                history: [],
              },
            },
          ],
        },
        bestEffort: false,
      },
    ]);
  });

  it("offers a conclusion's new actions to the other upcoming meetings and reopens there what it took back", () => {
    const newAction = { ...EARLIER_ACTION, id: 'act2', meetingId: 'm1' };
    const orders = reactToCommunityEvents(community(), [
      {
        type: 'meeting:concluded',
        meetingId: 'm1',
        outcome: { endedAt: 0, discussed: [], carriedOver: 0 },
        carried: [],
        newActions: [newAction],
        doneActionIds: [],
        reopenedActions: [EARLIER_ACTION],
      },
    ]);
    expect(orders).toEqual([
      {
        type: 'meeting:execute',
        meetingId: 'm2',
        command: { type: 'actions:import', actions: [newAction] },
        bestEffort: true,
      },
      { type: 'action:review', meetingId: 'm2', actionId: 'act1', status: 'open', from: 'done' },
    ]);
  });

  it('marks an action done in every upcoming meeting', () => {
    expect(
      reactToCommunityEvents(community(), [{ type: 'action:done', actionId: 'act1' }]),
    ).toEqual([
      { type: 'action:review', meetingId: 'm1', actionId: 'act1', status: 'done', from: null },
      { type: 'action:review', meetingId: 'm2', actionId: 'act1', status: 'done', from: null },
    ]);
  });

  it('deletes a removed meeting, and every meeting of a deleted community', () => {
    expect(
      reactToCommunityEvents(community(), [{ type: 'meeting:removed', meetingId: 'm1' }]),
    ).toEqual([{ type: 'meeting:remove', meetingId: 'm1' }]);
    expect(reactToCommunityDeletion(community()).map((order) => order.meetingId)).toEqual([
      'm0',
      'm1',
      'm2',
      'm9',
    ]);
  });

  it('asks nothing of meetings for the rest', () => {
    expect(
      reactToCommunityEvents(community(), [{ type: 'backlog:removed', topicId: 'b1' }]),
    ).toEqual([]);
  });
});

describe('backlog topics as a meeting imports them', () => {
  it('keeps the backlog order and skips ids not in it', () => {
    const topics = topicsFromBacklog(community().backlog, ['b2', 'gone', 'b1']);
    expect(topics.map((topic) => topic.origin.backlogTopicId)).toEqual(['b1', 'b2']);
  });
});

describe("a meeting's review by the community's word", () => {
  const review = { type: 'action:review', meetingId: 'm1', actionId: 'act1' } as const;
  const reviewing = (status: 'open' | 'done' | 'carried') => [{ action: EARLIER_ACTION, status }];

  it('changes a review that differs, from any status when none is named', () => {
    expect(takesReview(reviewing('open'), { ...review, status: 'done', from: null })).toBe(true);
    expect(takesReview(reviewing('carried'), { ...review, status: 'done', from: null })).toBe(true);
  });

  it('leaves alone a meeting that already agrees, never imported the action or reviewed it otherwise', () => {
    expect(takesReview(reviewing('done'), { ...review, status: 'done', from: null })).toBe(false);
    expect(takesReview([], { ...review, status: 'done', from: null })).toBe(false);
    expect(takesReview(reviewing('carried'), { ...review, status: 'open', from: 'done' })).toBe(
      false,
    );
    expect(takesReview(reviewing('done'), { ...review, status: 'open', from: 'done' })).toBe(true);
  });
});
