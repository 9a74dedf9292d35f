/** The community's permission rules, as the page and the rules both ask them. */
import {
  mayAddBacklogTopic,
  mayMarkActionDone,
  mayPull,
  mayRemoveBacklogTopic,
  maySearch,
  takesTopics,
  viewerOf,
} from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { organiser, stranger, visitor, withMembers } from './builders.js';

const ORGANISER = { me: null, isOrganiser: true };
const ANA = { me: 'ana', isOrganiser: false };
const BEN = { me: 'ben', isOrganiser: false };
const STRANGER = { me: null, isOrganiser: false };

describe('who may do what in a community', () => {
  it('lets members and organisers bring topics, mark actions done and search; strangers none of it', () => {
    for (const rule of [mayAddBacklogTopic, mayMarkActionDone, maySearch]) {
      expect([ORGANISER, ANA, STRANGER].map(rule)).toEqual([true, true, false]);
    }
  });

  it('lets the proposer and organisers remove a backlog topic, nobody else and nobody an anonymous one', () => {
    const anas = { proposedBy: 'ana' };
    expect([ORGANISER, ANA, BEN, STRANGER].map((v) => mayRemoveBacklogTopic(v, anas))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    const anonymous = { proposedBy: null };
    expect([ORGANISER, ANA, STRANGER].map((v) => mayRemoveBacklogTopic(v, anonymous))).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('lets organisers pull into any meeting and a member only into the one they facilitate', () => {
    const bens = { facilitatorId: 'ben' };
    expect([ORGANISER, ANA, BEN, STRANGER].map((v) => mayPull(v, bens))).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect(mayPull(STRANGER, { facilitatorId: null })).toBe(false);
  });

  it('takes topics into a meeting only until it ended or was deleted', () => {
    const open = { outcome: null, deleted: false };
    expect(takesTopics(open)).toBe(true);
    expect(takesTopics({ ...open, deleted: true })).toBe(false);
    expect(takesTopics({ ...open, outcome: { endedAt: 1, discussed: [], carriedOver: 0 } })).toBe(
      false,
    );
  });

  it('sees a sender as the active member of its token, and as organiser by its key', () => {
    const state = withMembers('Ana');
    expect(viewerOf(state, visitor('Ana'))).toEqual({ me: 'm-Ana', isOrganiser: false });
    expect(viewerOf(state, stranger)).toEqual({ me: null, isOrganiser: false });
    expect(viewerOf(state, organiser)).toEqual({ me: null, isOrganiser: true });
  });
});
