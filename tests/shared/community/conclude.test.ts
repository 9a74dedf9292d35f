import { concludeMeeting, type OpenAction } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { meeting, type TestMeeting } from '../../helpers/builders.js';
import { BACKLOG_ORIGIN, EARLIER_ACTION } from '../../helpers/community.js';

const ORIGIN = BACKLOG_ORIGIN;
const EARLIER: OpenAction = { ...EARLIER_ACTION, id: 'act-old' };

const importBacklogTopic = (m: TestMeeting, origin = ORIGIN): string => {
  const [event] = m.system({
    type: 'topics:import',
    topics: [{ title: 'Working Out Loud', description: 'circles', origin }],
  }) as { type: string; topicId: string }[];
  if (event?.type !== 'topic:imported') throw new Error('not imported');
  return event.topicId;
};

/** Dots: p1 puts two on `first`, p2 one on `second`; voting then closes into the discussion. */
const voteAndDiscuss = (m: TestMeeting, first: string, second: string) => {
  m.ok('facilitator', { type: 'phase:set', phase: 'vote' });
  m.ok('p1', { type: 'vote:cast', topicId: first });
  m.ok('p1', { type: 'vote:cast', topicId: first });
  m.ok('p2', { type: 'vote:cast', topicId: second });
  m.ok('facilitator', { type: 'phase:set', phase: 'discuss' });
};

describe('concluding a community meeting', () => {
  it('carries the topics not discussed back with their dots, and reports the discussed ones', () => {
    const { m, topicIds } = meeting({
      phase: 'propose',
      topics: ['Hybrid work', 'Burnout', 'OKR'],
    });
    const [hybrid, burnout, okr] = topicIds as [string, string, string];
    voteAndDiscuss(m, burnout, okr);
    m.ok('facilitator', { type: 'discussion:start', topicId: hybrid });
    m.ok('facilitator', { type: 'discussion:close' });
    m.ok('facilitator', { type: 'meeting:end' });

    const result = concludeMeeting(m.state, 5_000);
    expect(result.outcome).toEqual({
      endedAt: 5_000,
      discussed: [{ title: 'Hybrid work', backlogTopicId: null }],
      carriedOver: 2,
    });
    expect(result.carried).toEqual([
      {
        id: burnout,
        title: 'Burnout',
        description: '',
        proposedAt: m.state.topics[burnout]?.proposedAt,
        proposedBy: null,
        proposedByName: 'Person 2',
        history: [{ meetingId: 'm1', meetingTitle: 'CoP meeting', dots: 2 }],
      },
      expect.objectContaining({
        id: okr,
        history: [{ meetingId: 'm1', meetingTitle: 'CoP meeting', dots: 1 }],
      }),
    ]);
  });

  it('counts the topic still under discussion at the end as discussed', () => {
    const { m, topicIds } = meeting({ phase: 'discuss', topics: ['Hybrid work'] });
    m.ok('facilitator', { type: 'discussion:start', topicId: topicIds[0] as string });
    expect(concludeMeeting(m.state, 1).outcome.discussed).toEqual([
      { title: 'Hybrid work', backlogTopicId: null },
    ]);
    expect(concludeMeeting(m.state, 1).carried).toEqual([]);
  });

  it('records null dots when the votes stayed hidden', () => {
    const { m } = meeting({
      phase: 'vote',
      topics: ['Hybrid work'],
      settings: { hiddenVotes: true },
    });
    m.ok('p1', { type: 'vote:cast', topicId: Object.keys(m.state.topics)[0] as string });
    const [topic] = concludeMeeting(m.state, 1).carried;
    expect(topic?.history).toEqual([{ meetingId: 'm1', meetingTitle: 'CoP meeting', dots: null }]);
  });

  it('names nobody as the author when the topics were anonymous', () => {
    const { m } = meeting({
      phase: 'propose',
      topics: ['Burnout'],
      settings: { anonymousTopics: true },
    });
    expect(concludeMeeting(m.state, 1).carried[0]?.proposedByName).toBeNull();
  });

  it('does not carry a merged topic: its dots went to the topic it was merged into', () => {
    const { m, topicIds } = meeting({ phase: 'propose', topics: ['Hybrid', 'Remote work'] });
    const [hybrid, remote] = topicIds as [string, string];
    m.ok('facilitator', { type: 'topic:merge', sourceId: remote, targetId: hybrid });
    expect(concludeMeeting(m.state, 1).carried.map((topic) => topic.id)).toEqual([hybrid]);
  });

  it('brings a topic pulled from the backlog back with the same id and one more history entry', () => {
    const { m } = meeting({ phase: 'propose' });
    const pulled = importBacklogTopic(m);
    m.ok('facilitator', { type: 'topic:edit', topicId: pulled, title: 'Working Out Loud 2' });
    const [topic] = concludeMeeting(m.state, 1).carried;
    expect(topic).toEqual({
      id: 'b1',
      title: 'Working Out Loud 2',
      description: 'circles',
      proposedAt: 1_000,
      proposedBy: null,
      proposedByName: 'Ana',
      history: [
        { meetingId: 'm0', meetingTitle: 'CoP #0', dots: 2 },
        { meetingId: 'm1', meetingTitle: 'CoP meeting', dots: 0 },
      ],
    });
  });

  it('links a discussed backlog topic to its backlog entry', () => {
    const { m } = meeting({ phase: 'propose' });
    const pulled = importBacklogTopic(m);
    m.ok('facilitator', { type: 'phase:set', phase: 'vote' });
    m.ok('facilitator', { type: 'phase:set', phase: 'discuss' });
    m.ok('facilitator', { type: 'discussion:start', topicId: pulled });
    expect(concludeMeeting(m.state, 1).outcome.discussed).toEqual([
      { title: 'Working Out Loud', backlogTopicId: 'b1' },
    ]);
  });

  it('reopens the earlier actions marked done and taken back before the end, and no others', () => {
    const { m } = meeting({ phase: 'lobby' });
    const [back, carried, untouched, done] = [
      'act-back',
      'act-carried',
      'act-untouched',
      'act-done',
    ];
    m.system({
      type: 'actions:import',
      actions: [back, carried, untouched, done].map((id) => ({ ...EARLIER, id })),
    });
    for (const id of [back, carried, done]) {
      m.ok('facilitator', { type: 'action:review', actionId: id, status: 'done' });
    }
    m.ok('facilitator', { type: 'action:review', actionId: back, status: 'open' });
    m.ok('facilitator', { type: 'action:review', actionId: carried, status: 'carried' });
    m.ok('facilitator', { type: 'meeting:end' });
    const result = concludeMeeting(m.state, 1);
    expect(result.reopenedActions).toEqual([
      { ...EARLIER, id: back },
      { ...EARLIER, id: carried },
    ]);
    expect(result.doneActionIds).toEqual([done]);
  });

  it('opens the action items of the meeting and closes the earlier actions marked done', () => {
    const { m } = meeting({ phase: 'lobby' });
    m.system({
      type: 'actions:import',
      actions: [EARLIER, { ...EARLIER, id: 'act-carried' }, { ...EARLIER, id: 'act-unseen' }],
    });
    m.ok('facilitator', { type: 'action:review', actionId: 'act-old', status: 'done' });
    m.ok('facilitator', { type: 'action:review', actionId: 'act-carried', status: 'carried' });
    m.goTo('propose');
    const topic = m.propose('p1', 'Wiki');
    m.ok('facilitator', {
      type: 'item:add',
      topicId: topic,
      kind: 'action',
      text: 'Book a room',
      owner: 'Ben',
      due: '2026-12-01',
    });
    m.ok('facilitator', { type: 'item:add', topicId: topic, kind: 'note', text: 'just a note' });
    const result = concludeMeeting(m.state, 1);
    expect(result.doneActionIds).toEqual(['act-old']);
    expect(result.newActions).toEqual([
      {
        id: expect.any(String),
        text: 'Book a room',
        owner: 'Ben',
        due: '2026-12-01',
        meetingId: 'm1',
        meetingTitle: 'CoP meeting',
        createdAt: m.now,
      },
    ]);
  });
});
