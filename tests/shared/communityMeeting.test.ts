/** A meeting scheduled by a community: pre-voting, topics from the backlog, earlier actions. */
import {
  createMeetingEvent,
  isVotingOpen,
  type OpenAction,
  projectPublic,
  type TopicOrigin,
} from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { meeting, resultCode, SYSTEM, type TestMeeting } from '../helpers/builders.js';
import { BACKLOG_ORIGIN, EARLIER_ACTION } from '../helpers/community.js';

const ORIGIN = BACKLOG_ORIGIN;
const ACTION: OpenAction = { ...EARLIER_ACTION, due: '2026-12-01' };

const importTopics = (m: TestMeeting, ...origins: TopicOrigin[]) =>
  m.system({
    type: 'topics:import',
    topics: origins.map((origin) => ({
      title: `From ${origin.backlogTopicId}`,
      description: '',
      origin,
    })),
  });

describe('pre-voting', () => {
  it('lets participants place and take back dots in the lobby, check-in and proposal', () => {
    const { m, topicIds } = meeting({
      phase: 'propose',
      topics: ['A'],
      settings: { preVoting: true },
    });
    const topicId = topicIds[0] as string;
    expect(isVotingOpen(projectPublic(m.state))).toBe(true);
    m.ok('p1', { type: 'vote:cast', topicId });
    m.ok('p1', { type: 'vote:retract', topicId });
    const early = meeting({ phase: 'lobby', topics: ['B'], settings: { preVoting: true } });
    early.m.ok('p1', { type: 'vote:cast', topicId: early.topicIds[0] as string });
    early.m.goTo('checkin');
    early.m.ok('p2', { type: 'vote:cast', topicId: early.topicIds[0] as string });
  });

  it('keeps dots for the vote phase when the meeting does not pre-vote', () => {
    const { m, topicIds } = meeting({ phase: 'propose', topics: ['A'] });
    expect(isVotingOpen(m.state)).toBe(false);
    expect(resultCode(m.as('p1', { type: 'vote:cast', topicId: topicIds[0] as string }))).toBe(
      'WRONG_PHASE',
    );
  });

  it('never reopens voting after it closed, even back in the proposal phase', () => {
    const { m, topicIds } = meeting({
      phase: 'discuss',
      topics: ['A'],
      settings: { preVoting: true },
    });
    m.ok('facilitator', { type: 'phase:set', phase: 'propose' });
    expect(isVotingOpen(m.state)).toBe(false);
    expect(resultCode(m.as('p1', { type: 'vote:cast', topicId: topicIds[0] as string }))).toBe(
      'VOTING_CLOSED',
    );
  });

  it('is a setting that moderators may switch', () => {
    const { m } = meeting({ phase: 'lobby' });
    expect(m.state.settings.preVoting).toBe(false);
    m.ok('facilitator', { type: 'settings:update', settings: { preVoting: true } });
    expect(projectPublic(m.state).settings.preVoting).toBe(true);
  });
});

describe('the community of a meeting', () => {
  it('is named in the view of a meeting a community created, and null otherwise', () => {
    const event = createMeetingEvent(
      'm9',
      'CoP #1',
      { preVoting: true },
      { id: 'c1', name: 'HR CoP' },
    );
    expect(event).toMatchObject({
      community: { id: 'c1', name: 'HR CoP' },
      settings: { preVoting: true },
    });
    expect(projectPublic(meeting().m.state).community).toBeNull();
  });
});

describe('topics imported from the backlog', () => {
  it('arrive open and queued, with their origin and no author', () => {
    const { m } = meeting({ phase: 'propose' });
    const events = importTopics(m, ORIGIN);
    expect(events).toEqual([
      {
        type: 'topic:imported',
        topicId: expect.any(String),
        title: 'From b1',
        description: '',
        origin: ORIGIN,
      },
    ]);
    const [topic] = projectPublic(m.state).topics;
    expect(topic).toMatchObject({ status: 'open', authorId: null, origin: ORIGIN });
    expect(m.state.queue).toEqual([topic?.id]);
  });

  it('are imported once: a repeated import skips the topics already there', () => {
    const { m } = meeting({ phase: 'propose' });
    importTopics(m, ORIGIN);
    const again = importTopics(
      m,
      ORIGIN,
      { ...ORIGIN, backlogTopicId: 'b2' },
      { ...ORIGIN, backlogTopicId: 'b2' },
    );
    expect(again).toHaveLength(1);
    expect(Object.keys(m.state.topics)).toHaveLength(2);
  });

  it('are only imported by the server', () => {
    const { m } = meeting({ phase: 'propose' });
    const command = {
      type: 'topics:import' as const,
      topics: [{ title: 'x', description: '', origin: ORIGIN }],
    };
    expect(
      resultCode(
        m.run({ kind: 'client', tokenHash: 'facilitator', hasFacilitatorKey: true }, command),
      ),
    ).toBe('FORBIDDEN');
  });

  it('are edited and deleted by moderators, not by participants', () => {
    const { m } = meeting({ phase: 'propose' });
    m.makeRole('p1', 'cofacilitator');
    const [event] = importTopics(m, ORIGIN) as { topicId: string }[];
    const topicId = event?.topicId as string;
    expect(resultCode(m.as('p2', { type: 'topic:edit', topicId, title: 'Mine now' }))).toBe(
      'FORBIDDEN',
    );
    expect(resultCode(m.as('p2', { type: 'topic:delete', topicId }))).toBe('FORBIDDEN');
    m.ok('p1', { type: 'topic:edit', topicId, title: 'Better title' });
    m.ok('facilitator', { type: 'topic:delete', topicId });
    expect(m.state.topics).toEqual({});
  });

  it('are refused after the meeting ended', () => {
    const { m } = meeting({ phase: 'ended' });
    expect(resultCode(importTopics(m, ORIGIN))).toBe('MEETING_ENDED');
  });
});

describe('reviewing the open actions of earlier meetings', () => {
  it('imports them once, in order, not reviewed yet', () => {
    const { m } = meeting({ phase: 'lobby' });
    m.system({ type: 'actions:import', actions: [ACTION] });
    const second = { ...ACTION, id: 'act2' };
    expect(m.system({ type: 'actions:import', actions: [ACTION, second] })).toEqual([
      { type: 'actions:imported', actions: [second] },
    ]);
    expect(m.system({ type: 'actions:import', actions: [ACTION] })).toEqual([]);
    expect(projectPublic(m.state).reviewActions).toEqual([
      { action: ACTION, status: 'open' },
      { action: second, status: 'open' },
    ]);
  });

  it('lets note writers mark one done or carried on, and changes nothing when unchanged', () => {
    const { m } = meeting({ phase: 'checkin' });
    m.system({ type: 'actions:import', actions: [ACTION] });
    m.makeRole('p1', 'scribe');
    m.ok('p1', { type: 'action:review', actionId: 'act1', status: 'carried' });
    expect(m.as('p1', { type: 'action:review', actionId: 'act1', status: 'carried' })).toEqual([]);
    expect(
      resultCode(m.as('p2', { type: 'action:review', actionId: 'act1', status: 'done' })),
    ).toBe('FORBIDDEN');
    expect(projectPublic(m.state).reviewActions[0]?.status).toBe('carried');
  });

  it('says when the action is not under review, and refuses reviews after the end', () => {
    const { m } = meeting({ phase: 'lobby' });
    expect(
      resultCode(m.as('facilitator', { type: 'action:review', actionId: 'nope', status: 'done' })),
    ).toBe('ITEM_NOT_FOUND');
    m.system({ type: 'actions:import', actions: [ACTION] });
    m.ok('facilitator', { type: 'meeting:end' });
    expect(
      resultCode(m.as('facilitator', { type: 'action:review', actionId: 'act1', status: 'done' })),
    ).toBe('MEETING_ENDED');
  });

  it("takes the community's word from the server: done once, a repeat changes nothing", () => {
    const { m } = meeting({ phase: 'checkin' });
    m.system({ type: 'actions:import', actions: [ACTION] });
    const done = { type: 'action:review', actionId: 'act1', status: 'done' } as const;
    expect(m.run(SYSTEM, done)).toEqual([
      { type: 'action:reviewed', actionId: 'act1', status: 'done' },
    ]);
    expect(m.run(SYSTEM, done)).toEqual([]);
    expect(projectPublic(m.state).reviewActions[0]?.status).toBe('done');
    expect(resultCode(m.run(SYSTEM, { ...done, actionId: 'nope' }))).toBe('ITEM_NOT_FOUND');
    expect(resultCode(m.run(SYSTEM, { type: 'topic:propose', title: 'X', description: '' }))).toBe(
      'FORBIDDEN',
    );
    m.ok('facilitator', { type: 'meeting:end' });
    expect(resultCode(m.run(SYSTEM, done))).toBe('MEETING_ENDED');
  });
});
