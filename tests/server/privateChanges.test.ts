/**
 * After a commit, the viewers connected to a meeting are sent their private views when, and only
 * when, those changed: looking only at the viewers of the participants the events concern, kept
 * right as browsers connect before or after joining, leave, come back and are removed.
 */
import { type EventBody, type PrivateView, privateImpact } from '@percolate/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { Connections, type ViewerIdentity } from '../../server/src/meetings/connections.js';
import { type CommandInput, meeting, type TestMeeting } from '../helpers/builders.js';

const viewer = (name: string, hasFacilitatorKey = false): ViewerIdentity => ({
  tokenHash: `hash-${name}`,
  hasFacilitatorKey,
});

describe('private views sent after a commit', () => {
  let m: TestMeeting;
  let topicId: string;
  let connections: Connections;

  beforeEach(() => {
    const built = meeting({
      participants: 2,
      settings: { dotsPerPerson: 5, maxDotsPerTopic: 3 },
      phase: 'vote',
      topics: ['A'],
    });
    m = built.m;
    topicId = built.topicIds[0] as string;
    connections = new Connections();
  });

  /** Runs a command as `name`; the views sent after it, by their viewers' sockets (joined by +). */
  const commit = (name: string, command: CommandInput): Map<string, PrivateView> => {
    const before = m.state;
    const events: EventBody[] = m.ok(name, command);
    connections.advance(before, m.state, events);
    const changes = connections.privateChanges(m.state, privateImpact(events));
    return new Map(changes.map(({ socketIds, me }) => [[...socketIds].join('+'), me]));
  };

  it("sends a voter's new dots to the voter's sockets only", () => {
    connections.add('p1-tab', viewer('p1'), m.state);
    connections.add('p2-tab', viewer('p2'), m.state);

    const sent = commit('p1', { type: 'vote:cast', topicId });

    expect([...sent.keys()]).toEqual(['p1-tab']);
    expect(sent.get('p1-tab')?.dots).toEqual({ [topicId]: 1 });
  });

  it('sends nothing when a concerned view did not change', () => {
    connections.add('p1-tab', viewer('p1'), m.state);

    // Leaving changes presence, not what p1 sees of their own.
    expect(commit('p1', { type: 'participant:leave' }).size).toBe(0);
  });

  it('tells both of a browser’s viewers, with and without the facilitator key', () => {
    connections.add('plain', viewer('p1'), m.state);
    connections.add('keyed', viewer('p1', true), m.state);

    const sent = commit('p1', { type: 'vote:cast', topicId });

    expect(sent.get('plain')).toMatchObject({ hasFacilitatorKey: false, dots: { [topicId]: 1 } });
    expect(sent.get('keyed')).toMatchObject({ hasFacilitatorKey: true, dots: { [topicId]: 1 } });
  });

  it('follows a browser that connected before it joined through its join and its dots', () => {
    connections.add('newcomer-tab', viewer('newcomer'), m.state);
    expect(commit('p1', { type: 'vote:cast', topicId }).has('newcomer-tab')).toBe(false);

    const joined = commit('newcomer', { type: 'participant:join', name: 'Newcomer' });
    const voted = commit('newcomer', { type: 'vote:cast', topicId });

    expect(joined.get('newcomer-tab')?.participantId).not.toBeNull();
    expect(voted.get('newcomer-tab')?.dots).toEqual({ [topicId]: 1 });
  });

  it('follows a join it was not told of (the state moved on without it)', () => {
    connections.add('newcomer-tab', viewer('newcomer'), m.state);
    commit('p1', { type: 'vote:cast', topicId });
    m.ok('newcomer', { type: 'participant:join', name: 'Newcomer' });
    commit('p1', { type: 'vote:cast', topicId });

    expect(commit('newcomer', { type: 'vote:cast', topicId }).get('newcomer-tab')?.dots).toEqual({
      [topicId]: 1,
    });
  });

  it('follows a participant who left and came back', () => {
    connections.add('p1-tab', viewer('p1'), m.state);
    commit('p1', { type: 'participant:leave' });
    commit('p1', { type: 'participant:join', name: 'Person 1' });

    expect(commit('p1', { type: 'vote:cast', topicId }).get('p1-tab')?.dots).toEqual({
      [topicId]: 1,
    });
  });

  it('leaves a removed browser out of its old participant until it joins afresh', () => {
    connections.add('p2-tab', viewer('p2'), m.state);
    commit('p2', { type: 'vote:cast', topicId });
    const p2 = m.id('p2');

    // As before the viewers were indexed: the removal concerns a participant the token no
    // longer belongs to, so nothing goes to it then.
    const removed = commit('facilitator', { type: 'participant:remove', participantId: p2 });
    const rejoined = commit('p2', { type: 'participant:join', name: 'Person 2 again' });

    expect(removed.size).toBe(0);
    expect(rejoined.get('p2-tab')).toMatchObject({ dots: {}, role: 'participant' });
    expect(rejoined.get('p2-tab')?.participantId).not.toBe(p2);
  });

  it('sends a change for everyone to browsers that have not joined', () => {
    connections.add('stranger-tab', viewer('stranger'), m.state);
    connections.add('p1-tab', viewer('p1'), m.state);

    const sent = commit('facilitator', {
      type: 'settings:update',
      settings: { dotsPerPerson: 7 },
    });

    expect(sent.get('stranger-tab')).toMatchObject({ participantId: null, dotsLeft: 7 });
    expect(sent.get('p1-tab')?.dotsLeft).toBe(7);
  });

  it('stops sending to a viewer whose last socket went, and starts again when one comes', () => {
    connections.add('p1-tab', viewer('p1'), m.state);
    connections.add('p1-phone', viewer('p1'), m.state);
    connections.remove('p1-tab', m.state);
    expect([...commit('p1', { type: 'vote:cast', topicId }).keys()]).toEqual(['p1-phone']);

    connections.remove('p1-phone', m.state);
    expect(commit('p1', { type: 'vote:cast', topicId }).size).toBe(0);

    connections.add('p1-tab', viewer('p1'), m.state);
    expect(commit('p1', { type: 'vote:retract', topicId }).get('p1-tab')?.dots).toEqual({
      [topicId]: 1,
    });
  });
});
