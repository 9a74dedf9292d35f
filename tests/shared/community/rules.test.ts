import {
  type CommunityCommand,
  type CommunityState,
  decideCommunity,
  ErrorCode,
  isDomainError,
  LIMITS,
  projectCommunity,
} from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import {
  contextAt,
  memberId,
  NOW,
  newCommunity,
  organiser,
  run,
  stranger,
  visitor,
  withMembers,
} from './builders.js';

const codeOf = (decision: ReturnType<typeof decideCommunity>) =>
  isDomainError(decision) ? decision.code : 'allowed';

const schedule = (name: string, startsAt = '2026-12-01T15:00:00+01:00'): CommunityCommand => ({
  type: 'meeting:schedule',
  title: `Lean Coffee ${name}`,
  startsAt,
  videoUrl: 'https://meet.example.org/cop',
});

/** Schedules as the organiser; the meeting gets `name` as its id. */
const scheduled = (state: CommunityState, name: string, startsAt?: string): CommunityState =>
  run(state, organiser, schedule(name, startsAt), { now: NOW, newId: () => name });

describe('joining a community', () => {
  it('lets anyone with the invite link join with just a display name', () => {
    const state = run(newCommunity(), visitor('ana'), { type: 'member:join', name: 'Ana' });
    expect(projectCommunity(state).members.map((member) => member.name)).toEqual(['Ana']);
  });

  it('refuses a second join from the same browser', () => {
    const state = withMembers('Ana');
    const decision = decideCommunity(
      state,
      { type: 'member:join', name: 'Ana again' },
      visitor('Ana'),
      contextAt(),
    );
    expect(codeOf(decision)).toBe(ErrorCode.AlreadyJoined);
  });

  it('lets a member leave, and no longer shows them', () => {
    const state = withMembers('Ana', 'Ben');
    const left = run(state, visitor('Ana'), {
      type: 'member:leave',
      memberId: memberId(state, 'Ana'),
    });
    expect(projectCommunity(left).members.map((member) => member.name)).toEqual(['Ben']);
  });

  it('does not let a member remove someone else, but an organiser may', () => {
    const state = withMembers('Ana', 'Ben');
    const command: CommunityCommand = { type: 'member:leave', memberId: memberId(state, 'Ben') };
    expect(codeOf(decideCommunity(state, command, visitor('Ana'), contextAt()))).toBe(
      ErrorCode.Forbidden,
    );
    expect(codeOf(decideCommunity(state, command, organiser, contextAt()))).toBe('allowed');
  });

  it('stops growing at the member limit even when members keep leaving and coming back', () => {
    let state = newCommunity();
    for (let i = 0; i < LIMITS.maxParticipants; i += 1) {
      const joined = run(state, visitor(`v${i}`), { type: 'member:join', name: `V${i}` });
      state = run(joined, visitor(`v${i}`), {
        type: 'member:leave',
        memberId: memberId(joined, `V${i}`),
      });
    }
    const decision = decideCommunity(
      state,
      { type: 'member:join', name: 'One more' },
      visitor('late'),
      contextAt(),
    );
    expect(codeOf(decision)).toBe(ErrorCode.TooMany);
  });
});

describe('the facilitation rotation', () => {
  it('is set by an organiser, not by a member or a stranger', () => {
    const state = withMembers('Ana', 'Ben');
    const command: CommunityCommand = {
      type: 'rotation:set',
      memberIds: [memberId(state, 'Ben'), memberId(state, 'Ana')],
    };
    expect(codeOf(decideCommunity(state, command, visitor('Ana'), contextAt()))).toBe(
      ErrorCode.Forbidden,
    );
    expect(codeOf(decideCommunity(state, command, stranger, contextAt()))).toBe(
      ErrorCode.Forbidden,
    );
    const set = run(state, organiser, command);
    expect(projectCommunity(set).rotation).toEqual(command.memberIds);
  });

  it('refuses people who are not members, or someone listed twice', () => {
    const state = withMembers('Ana');
    const ana = memberId(state, 'Ana');
    const unknown = decideCommunity(
      state,
      { type: 'rotation:set', memberIds: [ana, 'ghost'] },
      organiser,
      contextAt(),
    );
    expect(codeOf(unknown)).toBe(ErrorCode.MemberNotFound);
    const twice = decideCommunity(
      state,
      { type: 'rotation:set', memberIds: [ana, ana] },
      organiser,
      contextAt(),
    );
    expect(codeOf(twice)).toBe(ErrorCode.InvalidPayload);
  });

  it('suggests the next facilitator each time a meeting is scheduled, wrapping and skipping who left', () => {
    let state = withMembers('Ana', 'Ben', 'Cem');
    const [ana, ben, cem] = ['Ana', 'Ben', 'Cem'].map((name) => memberId(state, name));
    state = run(state, organiser, { type: 'rotation:set', memberIds: [ana, ben, cem] as string[] });
    state = scheduled(state, 'm1');
    state = run(state, visitor('Ben'), { type: 'member:leave', memberId: ben as string });
    state = scheduled(state, 'm2', '2027-03-01T15:00:00+01:00');
    state = scheduled(state, 'm3', '2027-06-01T15:00:00+02:00');
    expect(state.meetings.map((meeting) => meeting.facilitatorId)).toEqual([ana, cem, ana]);
  });
});

describe('scheduling meetings', () => {
  it('is for organisers only', () => {
    const state = withMembers('Ana');
    expect(codeOf(decideCommunity(state, schedule('m1'), visitor('Ana'), contextAt()))).toBe(
      ErrorCode.Forbidden,
    );
  });

  it('keeps the date, time and video-call link, with no facilitator while the rotation is empty', () => {
    const state = scheduled(newCommunity(), 'm1');
    expect(projectCommunity(state).upcomingMeetings).toEqual([
      {
        meetingId: 'm1',
        title: 'Lean Coffee m1',
        startsAt: '2026-12-01T15:00:00+01:00',
        durationMinutes: 120,
        videoUrl: 'https://meet.example.org/cop',
        settings: {},
        facilitatorId: null,
        scheduledAt: NOW,
        outcome: null,
        deleted: false,
      },
    ]);
  });

  it('makes a fresh meeting id itself and refuses one already taken', () => {
    const state = scheduled(newCommunity(), 'm1');
    const again = decideCommunity(state, schedule('again'), organiser, {
      now: NOW,
      newId: () => 'm1',
    });
    expect(codeOf(again)).toBe(ErrorCode.MeetingAlreadyScheduled);
  });

  it('lists upcoming meetings soonest first and past (here deleted) ones latest first', () => {
    let state = newCommunity();
    for (const [id, at] of [
      ['late', '2027-01-10T10:00:00Z'],
      ['old', '2026-05-01T10:00:00Z'],
      ['soon', '2026-11-30T10:00:00Z'],
      ['older', '2026-02-01T10:00:00Z'],
    ] as const) {
      state = scheduled(state, id, at);
    }
    for (const meetingId of ['older', 'old']) {
      state = run(state, organiser, { type: 'meeting:delete', meetingId });
    }
    const view = projectCommunity(state);
    expect(view.upcomingMeetings.map((meeting) => meeting.meetingId)).toEqual(['soon', 'late']);
    expect(view.pastMeetings.map((meeting) => meeting.meetingId)).toEqual(['old', 'older']);
  });
});

describe('the topic backlog', () => {
  it('takes topics from members with who proposed them and when', () => {
    const state = withMembers('Ana');
    const added = run(state, visitor('Ana'), {
      type: 'backlog:add',
      title: 'Working Out Loud',
      description: 'LernOS circles',
    });
    expect(projectCommunity(added).backlog).toEqual([
      {
        id: expect.any(String),
        title: 'Working Out Loud',
        description: 'LernOS circles',
        proposedAt: NOW,
        proposedBy: memberId(state, 'Ana'),
        proposedByName: 'Ana',
        history: [],
      },
    ]);
  });

  it('hides the author of an anonymous topic', () => {
    const state = run(withMembers('Ana'), visitor('Ana'), {
      type: 'backlog:add',
      title: 'Burnout',
      anonymous: true,
    });
    expect(state.backlog[0]?.proposedBy).toBeNull();
    expect(state.backlog[0]?.proposedByName).toBeNull();
  });

  it('refuses topics from strangers who have not joined', () => {
    const decision = decideCommunity(
      withMembers('Ana'),
      { type: 'backlog:add', title: 'Spam' },
      stranger,
      contextAt(),
    );
    expect(codeOf(decision)).toBe(ErrorCode.NotJoined);
  });

  it('lets the author or an organiser remove a topic, but not another member', () => {
    const state = run(withMembers('Ana', 'Ben'), visitor('Ana'), {
      type: 'backlog:add',
      title: 'Hybrid work',
    });
    const topicId = state.backlog[0]?.id as string;
    const remove: CommunityCommand = { type: 'backlog:remove', topicId };
    expect(codeOf(decideCommunity(state, remove, visitor('Ben'), contextAt()))).toBe(
      ErrorCode.Forbidden,
    );
    expect(run(state, visitor('Ana'), remove).backlog).toEqual([]);
    expect(run(state, organiser, remove).backlog).toEqual([]);
  });

  it('says when a topic to remove is not in the backlog', () => {
    const decision = decideCommunity(
      newCommunity(),
      { type: 'backlog:remove', topicId: 'nope' },
      organiser,
      contextAt(),
    );
    expect(codeOf(decision)).toBe(ErrorCode.TopicNotFound);
  });
});

describe('what the public view leaves out', () => {
  it('never shows member tokens', () => {
    const view = projectCommunity(withMembers('Ana'));
    expect(JSON.stringify(view)).not.toContain('hash-of-');
  });
});
