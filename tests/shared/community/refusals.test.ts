/** What the community routes refuse before any rule runs: joining without the code, deleting as a member. */
import { deletionRefusal, ErrorCode, inviteRefusal } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { organiser, visitor } from './builders.js';

const join = { type: 'member:join' } as const;
const ana = visitor('ana');

describe('joining a community takes its invite code', () => {
  it('refuses a visitor who joins without the code', () => {
    expect(inviteRefusal(join, ana, false)?.code).toBe(ErrorCode.InviteRequired);
  });

  it('lets in a visitor with the code, and an organiser without one', () => {
    expect(inviteRefusal(join, ana, true)).toBeNull();
    expect(inviteRefusal(join, organiser, false)).toBeNull();
  });

  it('asks no code for anything but joining', () => {
    expect(inviteRefusal({ type: 'backlog:add' }, ana, false)).toBeNull();
  });
});

describe('deleting a community', () => {
  it('is for its organiser only', () => {
    expect(deletionRefusal(organiser)).toBeNull();
    expect(deletionRefusal(ana)?.code).toBe(ErrorCode.KeyRequired);
  });
});
