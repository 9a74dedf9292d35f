/**
 * The online list is kept up to date change by change (sockets come and go here and on other
 * nodes, participants join and are removed). Over random meetings and random connections it is
 * always the list made afresh: participants with a connected token, in join order.
 */
import {
  isDomainError,
  type MeetingState,
  type ParticipantId,
  participantIdForToken,
  participantsInJoinOrder,
} from '@percolate/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Connections, type ViewerIdentity } from '../../server/src/meetings/connections.js';
import { clientActor, TestMeeting } from '../helpers/builders.js';
import { PEOPLE, playStep, randomStart, startMeeting, step } from '../helpers/randomSteps.js';

const identityOf = (person: number, hasFacilitatorKey: boolean): ViewerIdentity => {
  const actor = clientActor(PEOPLE[person] ?? 'stranger');
  return { tokenHash: actor.kind === 'client' ? actor.tokenHash : '', hasFacilitatorKey };
};

const person = fc.nat(PEOPLE.length - 1);

const action = fc.oneof(
  { arbitrary: fc.record({ play: step }), weight: 4 },
  { arbitrary: fc.record({ join: person }), weight: 1 },
  {
    arbitrary: fc.record({ connect: fc.nat(5), person, withKey: fc.boolean() }),
    weight: 3,
  },
  { arbitrary: fc.record({ disconnect: fc.nat(5) }), weight: 2 },
  { arbitrary: fc.record({ remote: fc.uniqueArray(person) }), weight: 1 },
  // The state moves on without the connections being told how (they make the list afresh).
  { arbitrary: fc.record({ unannounced: step }), weight: 1 },
);

const madeAfresh = (state: MeetingState, tokenHashes: Iterable<string>): ParticipantId[] => {
  const present = new Set<ParticipantId | null>();
  for (const tokenHash of tokenHashes) present.add(participantIdForToken(state, tokenHash));
  return participantsInJoinOrder(state)
    .filter((participant) => present.has(participant.id))
    .map((participant) => participant.id);
};

describe('who is online', () => {
  it('is the list made afresh after every join, removal, socket and other node change', () => {
    fc.assert(
      fc.property(randomStart, fc.array(action, { maxLength: 120 }), (start, actions) => {
        const m = startMeeting(start);
        const connections = new Connections();
        const sockets = new Map<string, ViewerIdentity>();
        let remote: string[] = [];
        for (const a of actions) {
          if ('join' in a) {
            const [before, name] = [m.state, PEOPLE[a.join] ?? 'stranger'];
            const result = m.run(clientActor(name), { type: 'participant:join', name });
            if (!isDomainError(result)) connections.advance(before, m.state, result);
          } else if ('play' in a || 'unannounced' in a) {
            const before = m.state;
            const result = playStep(m, 'play' in a ? a.play : a.unannounced);
            if (isDomainError(result)) continue;
            if ('play' in a) connections.advance(before, m.state, result);
          } else if ('connect' in a) {
            const socketId = `s${a.connect}`;
            if (sockets.has(socketId)) continue;
            const identity = identityOf(a.person, a.withKey);
            sockets.set(socketId, identity);
            connections.add(socketId, identity, m.state);
          } else if ('disconnect' in a) {
            sockets.delete(`s${a.disconnect}`);
            connections.remove(`s${a.disconnect}`, m.state);
          } else {
            remote = a.remote.map((p) => identityOf(p, false).tokenHash);
            connections.setRemote(remote, m.state);
          }
          const tokens = [...[...sockets.values()].map((i) => i.tokenHash), ...remote];
          expect(connections.online(m.state)).toEqual(madeAfresh(m.state, tokens));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps join order among people who joined in the same millisecond, whoever connects first', () => {
    const m = new TestMeeting();
    const connections = new Connections();
    const names = ['facilitator', 'p1', 'p2', 'p3'];
    // As in a join storm: each socket connects, then its person joins.
    for (const name of names.toReversed()) {
      connections.add(name, identityOf(PEOPLE.indexOf(name as never), false), m.state);
    }
    for (const [i, name] of names.entries()) {
      const [before, seen] = [m.state, m.events.length];
      m.join(name);
      connections.advance(before, m.state, m.events.slice(seen));
      const joined = names.slice(0, i + 1).map((each) => m.id(each));
      expect(connections.online(m.state)).toEqual(joined);
    }
    const inJoinOrder = names.map((name) => m.id(name));

    connections.remove('p1', m.state);
    connections.remove('facilitator', m.state);
    connections.add('p1', identityOf(PEOPLE.indexOf('p1'), true), m.state);
    connections.add('facilitator', identityOf(0, false), m.state);
    expect(connections.online(m.state)).toEqual(inJoinOrder);
  });
});
