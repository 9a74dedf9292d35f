/** Scheduling, deleting, pulling backlog topics into a meeting, concluding it, open actions. */
import {
  type BacklogTopic,
  type CommunityActor,
  type CommunityCommand,
  type CommunityState,
  communityCommandRequestSchema,
  communityCommandSchema,
  decideCommunity,
  ErrorCode,
  evolveCommunity,
  isDomainError,
  type OpenAction,
  projectCommunity,
  scheduledMeetingSettings,
} from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { EARLIER_ACTION } from '../../helpers/community.js';
import {
  contextAt,
  memberId,
  NOW,
  organiser,
  run,
  stranger,
  visitor,
  withMembers,
} from './builders.js';

const codeOf = (decision: ReturnType<typeof decideCommunity>) =>
  isDomainError(decision) ? decision.code : 'ok';

const STARTS = '2026-12-01T15:00:00+01:00';
const ACTION: OpenAction = { ...EARLIER_ACTION, createdAt: NOW };

/** Ana and Ben are members; m1 is scheduled with Ben as facilitator; Ana added two topics. */
const world = (): { state: CommunityState; topics: string[] } => {
  let state = withMembers('Ana', 'Ben');
  state = run(
    state,
    organiser,
    {
      type: 'meeting:schedule',
      title: 'CoP #1',
      startsAt: STARTS,
      facilitatorId: memberId(state, 'Ben'),
    },
    { now: NOW, newId: () => 'm1' },
  );
  state = run(
    state,
    visitor('Ana'),
    { type: 'backlog:add', title: 'Hybrid work' },
    { now: NOW, newId: () => 't1' },
  );
  state = run(
    state,
    visitor('Ana'),
    { type: 'backlog:add', title: 'Burnout' },
    { now: NOW, newId: () => 't2' },
  );
  return { state, topics: ['t1', 't2'] };
};

const apply = (state: CommunityState, ...events: Parameters<typeof evolveCommunity>[1][]) =>
  events.reduce((next, event) => evolveCommunity(next, event, NOW), state);

const concluded = (state: CommunityState, carried: BacklogTopic[] = []): CommunityState =>
  apply(state, {
    type: 'meeting:concluded',
    meetingId: 'm1',
    outcome: { endedAt: NOW, discussed: [], carriedOver: carried.length },
    carried,
    newActions: [ACTION],
    doneActionIds: [],
  });

const ACTORS: Record<string, CommunityActor> = {
  organiser,
  member: visitor('Ana'),
  'scheduled facilitator': visitor('Ben'),
  stranger,
};

type Case = (state: CommunityState) => CommunityCommand;
const COMMANDS: Record<string, Case> = {
  'meeting:schedule': () => ({ type: 'meeting:schedule', title: 'CoP #2', startsAt: STARTS }),
  'meeting:delete': () => ({ type: 'meeting:delete', meetingId: 'm1' }),
  'backlog:pull': () => ({ type: 'backlog:pull', meetingId: 'm1', topicIds: ['t1'] }),
  'action:done': () => ({ type: 'action:done', actionId: 'act1' }),
};

//                                organiser  member       scheduled facilitator  stranger
const EXPECTED: Record<string, [string, string, string, string]> = {
  'meeting:schedule': ['ok', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
  'meeting:delete': ['ok', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
  'backlog:pull': ['ok', 'FORBIDDEN', 'ok', 'FORBIDDEN'],
  'action:done': ['ok', 'ok', 'ok', 'NOT_JOINED'],
};

describe('who may schedule, delete, pull and mark done', () => {
  const cases = Object.entries(EXPECTED).flatMap(([type, row]) =>
    Object.keys(ACTORS).map((who, i) => [type, who, row[i] as string] as const),
  );
  it.each(cases)('%s by the %s → %s', (type, who, expected) => {
    const { state } = world();
    const withAction = concluded(state);
    const command = (COMMANDS[type] as Case)(withAction);
    const ready = type === 'action:done' ? withAction : state;
    expect(
      codeOf(decideCommunity(ready, command, ACTORS[who] as CommunityActor, contextAt())),
    ).toBe(expected);
  });

  it('does not let a facilitator who left the community pull topics', () => {
    const { state } = world();
    const left = run(state, visitor('Ben'), {
      type: 'member:leave',
      memberId: memberId(state, 'Ben'),
    });
    const pull = COMMANDS['backlog:pull']?.(left) as CommunityCommand;
    expect(codeOf(decideCommunity(left, pull, visitor('Ben'), contextAt()))).toBe(
      ErrorCode.Forbidden,
    );
  });
});

describe('permission before existence', () => {
  it.each([
    [
      'backlog:pull of a meeting that does not exist',
      { type: 'backlog:pull', meetingId: 'nope', topicIds: ['t1'] },
    ],
    [
      'backlog:pull of topics that do not exist',
      { type: 'backlog:pull', meetingId: 'm1', topicIds: ['nope'] },
    ],
    ['backlog:remove of a topic that does not exist', { type: 'backlog:remove', topicId: 'nope' }],
  ] satisfies [string, CommunityCommand][])('answers a stranger FORBIDDEN for %s', (_, command) => {
    const { state } = world();
    expect(codeOf(decideCommunity(state, command, stranger, contextAt()))).toBe(
      ErrorCode.Forbidden,
    );
  });
});

describe('scheduling a meeting', () => {
  it('makes the meeting id, takes the duration and a chosen facilitator', () => {
    const { state } = world();
    const ana = memberId(state, 'Ana');
    const decision = decideCommunity(
      state,
      {
        type: 'meeting:schedule',
        title: 'CoP #2',
        startsAt: STARTS,
        durationMinutes: 90,
        facilitatorId: ana,
      },
      organiser,
      { now: NOW, newId: () => 'fresh' },
    );
    expect(decision).toEqual([
      {
        type: 'meeting:scheduled',
        meeting: {
          meetingId: 'fresh',
          title: 'CoP #2',
          startsAt: STARTS,
          durationMinutes: 90,
          videoUrl: null,
          settings: {},
          facilitatorId: ana,
          scheduledAt: NOW,
          outcome: null,
          deleted: false,
        },
      },
    ]);
  });

  it('defaults the facilitator to the one the rotation suggests, which the view shows beforehand', () => {
    let state = withMembers('Ana', 'Ben');
    const [ana, ben] = [memberId(state, 'Ana'), memberId(state, 'Ben')];
    state = run(state, organiser, { type: 'rotation:set', memberIds: [ana, ben] });
    expect(projectCommunity(state).suggestedFacilitatorId).toBe(ana);
    state = run(state, organiser, { type: 'meeting:schedule', title: 'CoP', startsAt: STARTS });
    expect(state.meetings[0]?.facilitatorId).toBe(ana);
    expect(projectCommunity(state).suggestedFacilitatorId).toBe(ben);
  });

  it("gives a cancelled meeting's turn to its facilitator again", () => {
    let state = withMembers('Ana', 'Ben');
    const [ana, ben] = [memberId(state, 'Ana'), memberId(state, 'Ben')];
    state = run(state, organiser, { type: 'rotation:set', memberIds: [ana, ben] });
    state = run(
      state,
      organiser,
      { type: 'meeting:schedule', title: 'CoP', startsAt: STARTS },
      { now: NOW, newId: () => 'm1' },
    );
    expect(projectCommunity(state).suggestedFacilitatorId).toBe(ben);
    state = run(state, organiser, { type: 'meeting:delete', meetingId: 'm1' });
    expect(projectCommunity(state).suggestedFacilitatorId).toBe(ana);
  });

  it('follows the meetings by start time, not by when they were scheduled', () => {
    let state = withMembers('Ana', 'Ben', 'Cem');
    const [ana, ben, cem] = [
      memberId(state, 'Ana'),
      memberId(state, 'Ben'),
      memberId(state, 'Cem'),
    ];
    state = run(state, organiser, { type: 'rotation:set', memberIds: [ana, ben, cem] });
    const schedule = (startsAt: string, facilitatorId: string | undefined) =>
      run(
        state,
        organiser,
        { type: 'meeting:schedule', title: 'CoP', startsAt, facilitatorId },
        { now: NOW, newId: () => startsAt },
      );
    state = schedule('2026-03-01T10:00:00Z', ben);
    state = schedule('2026-02-01T10:00:00Z', ana);
    expect(projectCommunity(state).suggestedFacilitatorId).toBe(cem);
  });

  it('leaves the facilitator open when the organiser chooses nobody, even with a suggestion', () => {
    let state = withMembers('Ana');
    state = run(state, organiser, { type: 'rotation:set', memberIds: [memberId(state, 'Ana')] });
    state = run(state, organiser, {
      type: 'meeting:schedule',
      title: 'CoP',
      startsAt: STARTS,
      facilitatorId: null,
    });
    expect(state.meetings[0]?.facilitatorId).toBeNull();
  });

  it('refuses a facilitator who is not an active member', () => {
    const { state } = world();
    const decision = decideCommunity(
      state,
      { type: 'meeting:schedule', title: 'CoP', startsAt: STARTS, facilitatorId: 'ghost' },
      organiser,
      contextAt(),
    );
    expect(codeOf(decision)).toBe(ErrorCode.MemberNotFound);
  });

  it('accepts durations from 15 minutes to 10 hours only', () => {
    const base = { type: 'meeting:schedule', title: 'CoP', startsAt: STARTS };
    expect(communityCommandSchema.safeParse({ ...base, durationMinutes: 14 }).success).toBe(false);
    expect(communityCommandSchema.safeParse({ ...base, durationMinutes: 601 }).success).toBe(false);
    expect(communityCommandSchema.safeParse({ ...base, durationMinutes: 15 }).success).toBe(true);
    expect(communityCommandSchema.safeParse({ ...base, meetingId: 'mine' }).success).toBe(false);
  });

  it('takes REST commands with a command id, for retries', () => {
    const command = { type: 'action:done', actionId: 'a' };
    expect(communityCommandRequestSchema.safeParse({ commandId: 'c1', command }).success).toBe(
      true,
    );
    expect(communityCommandRequestSchema.safeParse({ commandId: '', command }).success).toBe(false);
    expect(communityCommandRequestSchema.safeParse({ command }).success).toBe(false);
  });
});

describe('a community’s meeting defaults', () => {
  it('give every meeting scheduled from then on its language, time zone and rules, under what the organiser chose', () => {
    let state = withMembers('Ana');
    state = run(state, organiser, {
      type: 'defaults:set',
      settings: { locale: 'en', timeZone: 'Europe/London', hiddenVotes: true, timeboxMinutes: 6 },
    });
    expect(projectCommunity(state).meetingDefaults).toMatchObject({
      locale: 'en',
      hiddenVotes: true,
    });
    state = run(state, organiser, {
      type: 'meeting:schedule',
      title: 'CoP in English',
      startsAt: STARTS,
      settings: { timeboxMinutes: 10 },
    });
    expect(state.meetings[0]?.settings).toEqual({
      locale: 'en',
      timeZone: 'Europe/London',
      hiddenVotes: true,
      timeboxMinutes: 10,
    });
    expect(scheduledMeetingSettings(state.meetings[0] ?? {})).toMatchObject({
      preVoting: true,
      locale: 'en',
      timeboxMinutes: 10,
    });
  });

  it('are the organiser’s to set, and the same defaults change nothing', () => {
    const state = withMembers('Ana');
    const set = { type: 'defaults:set', settings: {} } as const;
    expect(codeOf(decideCommunity(state, set, visitor('Ana'), contextAt()))).toBe(
      ErrorCode.Forbidden,
    );
    expect(decideCommunity(state, set, organiser, contextAt())).toEqual([]);
    expect(
      communityCommandSchema.safeParse({ ...set, settings: { dotsPerPerson: 0 } }).success,
    ).toBe(false);
  });
});

describe('deleting a meeting', () => {
  it('keeps the entry, marked deleted, among the past meetings', () => {
    const { state } = world();
    const deleted = run(state, organiser, { type: 'meeting:delete', meetingId: 'm1' });
    const view = projectCommunity(deleted);
    expect(view.upcomingMeetings).toEqual([]);
    expect(view.pastMeetings.map((m) => [m.meetingId, m.deleted])).toEqual([['m1', true]]);
  });

  it('changes nothing the second time and says when the meeting is unknown', () => {
    const { state } = world();
    const deleted = run(state, organiser, { type: 'meeting:delete', meetingId: 'm1' });
    expect(
      decideCommunity(deleted, { type: 'meeting:delete', meetingId: 'm1' }, organiser, contextAt()),
    ).toEqual([]);
    expect(
      codeOf(
        decideCommunity(
          state,
          { type: 'meeting:delete', meetingId: 'nope' },
          organiser,
          contextAt(),
        ),
      ),
    ).toBe(ErrorCode.MeetingNotFound);
  });
});

describe('pulling backlog topics into a meeting', () => {
  const pull = (topicIds: string[], meetingId = 'm1'): CommunityCommand => ({
    type: 'backlog:pull',
    meetingId,
    topicIds,
  });

  it('takes them out of the backlog', () => {
    const { state } = world();
    const pulled = run(state, visitor('Ben'), pull(['t2']));
    expect(pulled.backlog.map((topic) => topic.id)).toEqual(['t1']);
  });

  it('refuses a meeting that ended, was deleted or is unknown', () => {
    const { state } = world();
    expect(codeOf(decideCommunity(concluded(state), pull(['t1']), organiser, contextAt()))).toBe(
      ErrorCode.MeetingEnded,
    );
    const deleted = apply(state, { type: 'meeting:removed', meetingId: 'm1' });
    expect(codeOf(decideCommunity(deleted, pull(['t1']), organiser, contextAt()))).toBe(
      ErrorCode.MeetingNotFound,
    );
    expect(codeOf(decideCommunity(state, pull(['t1'], 'nope'), organiser, contextAt()))).toBe(
      ErrorCode.MeetingNotFound,
    );
  });

  it('refuses a topic not in the backlog (or pulled already) and a topic listed twice', () => {
    const { state } = world();
    expect(codeOf(decideCommunity(state, pull(['t1', 'ghost']), organiser, contextAt()))).toBe(
      ErrorCode.TopicNotFound,
    );
    const once = run(state, organiser, pull(['t1']));
    expect(codeOf(decideCommunity(once, pull(['t1']), organiser, contextAt()))).toBe(
      ErrorCode.TopicNotFound,
    );
    expect(codeOf(decideCommunity(state, pull(['t1', 't1']), organiser, contextAt()))).toBe(
      ErrorCode.InvalidPayload,
    );
  });

  it('takes at most 50 topics at once', () => {
    const many = Array.from({ length: 51 }, (_, i) => `t${i}`);
    expect(communityCommandSchema.safeParse(pull(many)).success).toBe(false);
    expect(communityCommandSchema.safeParse(pull([])).success).toBe(false);
  });
});

describe('a meeting that ended', () => {
  it('moves to the past with its outcome, and its actions become open', () => {
    const { state } = world();
    const view = projectCommunity(concluded(state));
    expect(view.upcomingMeetings).toEqual([]);
    expect(view.pastMeetings[0]?.outcome).toEqual({ endedAt: NOW, discussed: [], carriedOver: 0 });
    expect(view.openActions).toEqual([ACTION]);
  });

  it('brings a pulled topic back under the same id, and closes the actions marked done later', () => {
    const { state } = world();
    const pulled = run(state, organiser, {
      type: 'backlog:pull',
      meetingId: 'm1',
      topicIds: ['t1'],
    });
    const back: BacklogTopic = {
      id: 't1',
      title: 'Hybrid work',
      description: '',
      proposedAt: NOW,
      proposedBy: null,
      proposedByName: 'Ana',
      history: [{ meetingId: 'm1', meetingTitle: 'CoP #1', dots: 3 }],
    };
    const after = concluded(pulled, [back]);
    expect(after.backlog.map((topic) => topic.id)).toEqual(['t2', 't1']);
    expect(after.backlog[1]?.history).toHaveLength(1);
    const closing = apply(after, {
      type: 'meeting:concluded',
      meetingId: 'm2',
      outcome: { endedAt: NOW, discussed: [], carriedOver: 0 },
      carried: [],
      newActions: [ACTION],
      doneActionIds: ['act1'],
    });
    expect(closing.openActions).toEqual([]);
  });

  it('stays upcoming until it is concluded or deleted, whatever its start (it may run late)', () => {
    let state = withMembers('Ana');
    for (const [meetingId, startsAt] of [
      ['late', '2020-01-01T10:00:00Z'],
      ['soon', '2026-12-01T10:00:00Z'],
      ['earliest', '2019-06-01T10:00:00Z'],
      ['gone', '2026-11-01T10:00:00Z'],
      ['later', '2027-01-01T10:00:00Z'],
    ] as const) {
      state = run(
        state,
        organiser,
        { type: 'meeting:schedule', title: meetingId, startsAt },
        { now: NOW, newId: () => meetingId },
      );
    }
    state = apply(
      state,
      {
        type: 'meeting:concluded',
        meetingId: 'earliest',
        outcome: { endedAt: NOW, discussed: [], carriedOver: 0 },
        carried: [],
        newActions: [],
        doneActionIds: [],
      },
      { type: 'meeting:removed', meetingId: 'gone' },
    );

    const view = projectCommunity(state);
    expect(view.upcomingMeetings.map((m) => m.meetingId)).toEqual(['late', 'soon', 'later']);
    expect(view.pastMeetings.map((m) => m.meetingId)).toEqual(['gone', 'earliest']);
  });
});

describe('open actions', () => {
  it('come back when a meeting that marked one done took it back before it ended, once', () => {
    const { state } = world();
    const reopening = (meetingId: string) => ({
      type: 'meeting:concluded' as const,
      meetingId,
      outcome: { endedAt: NOW, discussed: [], carriedOver: 0 },
      carried: [],
      newActions: [],
      doneActionIds: [],
      reopenedActions: [ACTION],
    });
    const done = apply(concluded(state), { type: 'action:done', actionId: 'act1' });
    expect(done.openActions).toEqual([]);
    expect(apply(done, reopening('m2')).openActions).toEqual([ACTION]);
    expect(apply(concluded(state), reopening('m2')).openActions).toEqual([ACTION]);
  });

  it('are closed by any member or organiser, once', () => {
    const { state } = world();
    const open = concluded(state);
    const done = run(open, visitor('Ana'), { type: 'action:done', actionId: 'act1' });
    expect(done.openActions).toEqual([]);
    expect(
      codeOf(
        decideCommunity(done, { type: 'action:done', actionId: 'act1' }, organiser, contextAt()),
      ),
    ).toBe(ErrorCode.ItemNotFound);
  });
});
