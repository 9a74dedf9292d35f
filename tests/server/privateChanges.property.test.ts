/**
 * Over random meetings and random connections, the private views sent after each commit are the
 * ones the server sent before it indexed its viewers by participant: every connected viewer whose
 * participant the events concern (everyone's, for some events), projected afresh and compared as
 * JSON with what it was last sent. Sockets connect before and after their person joins, people
 * leave, are removed and join again, and the state sometimes moves on without a word (the
 * connections are told of the other changes, as the server tells them).
 */
import {
  EVERYONE,
  type Impact,
  isDomainError,
  type MeetingState,
  type PrivateView,
  participantIdForToken,
  privateImpact,
} from '@percolate/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Connections,
  privateViewOf,
  type ViewerIdentity,
  viewerKey,
} from '../../server/src/meetings/connections.js';
import { clientActor } from '../helpers/builders.js';
import { PEOPLE, playStep, randomStart, startMeeting, step } from '../helpers/randomSteps.js';

const identityOf = (person: number, hasFacilitatorKey: boolean): ViewerIdentity => ({
  tokenHash: `hash-${PEOPLE[person] ?? 'stranger'}`,
  hasFacilitatorKey,
});

const person = fc.nat(PEOPLE.length - 1);

const action = fc.oneof(
  { arbitrary: fc.record({ play: step }), weight: 4 },
  { arbitrary: fc.record({ join: person, announced: fc.boolean() }), weight: 2 },
  { arbitrary: fc.record({ connect: fc.nat(5), person, withKey: fc.boolean() }), weight: 3 },
  { arbitrary: fc.record({ disconnect: fc.nat(5) }), weight: 2 },
  { arbitrary: fc.record({ unannounced: step }), weight: 1 },
);

/** The way it was: every viewer looked at, and the JSON of its view last sent kept. */
class EveryViewer {
  private readonly sockets = new Map<string, ViewerIdentity>();
  private readonly lastSent = new Map<string, string>();

  add(socketId: string, identity: ViewerIdentity, state: MeetingState): void {
    const key = viewerKey(identity);
    if (!this.lastSent.has(key))
      this.lastSent.set(key, JSON.stringify(privateViewOf(state, identity)));
    this.sockets.set(socketId, identity);
  }

  remove(socketId: string): void {
    this.sockets.delete(socketId);
    const keys = new Set([...this.sockets.values()].map(viewerKey));
    for (const key of this.lastSent.keys()) if (!keys.has(key)) this.lastSent.delete(key);
  }

  privateChanges(state: MeetingState, impact: Impact): Map<string, PrivateView> {
    const changes = new Map<string, PrivateView>();
    for (const identity of new Map(
      [...this.sockets.values()].map((i) => [viewerKey(i), i]),
    ).values()) {
      const participantId = participantIdForToken(state, identity.tokenHash);
      if (impact !== EVERYONE && (participantId === null || !impact.has(participantId))) continue;
      const me = privateViewOf(state, identity);
      const json = JSON.stringify(me);
      if (json === this.lastSent.get(viewerKey(identity))) continue;
      this.lastSent.set(viewerKey(identity), json);
      changes.set(viewerKey(identity), me);
    }
    return changes;
  }
}

describe('private views sent after each commit', () => {
  it('are the ones looking at every viewer would send', () => {
    fc.assert(
      fc.property(randomStart, fc.array(action, { maxLength: 120 }), (start, actions) => {
        const m = startMeeting(start);
        const connections = new Connections();
        const reference = new EveryViewer();
        const sent = (state: MeetingState, impact: Impact) =>
          new Map(
            connections.privateChanges(state, impact).map(({ socketIds, me }) => {
              const [socketId = ''] = socketIds;
              const identity = connections.identityOf(socketId);
              return [identity ? viewerKey(identity) : 'no socket', me];
            }),
          );
        for (const a of actions) {
          if ('connect' in a) {
            const socketId = `s${a.connect}`;
            if (connections.identityOf(socketId)) continue;
            const identity = identityOf(a.person, a.withKey);
            connections.add(socketId, identity, m.state);
            reference.add(socketId, identity, m.state);
          } else if ('disconnect' in a) {
            connections.remove(`s${a.disconnect}`, m.state);
            reference.remove(`s${a.disconnect}`);
          } else {
            const before = m.state;
            const name = 'join' in a ? (PEOPLE[a.join] ?? 'stranger') : '';
            const result =
              'join' in a
                ? m.run(clientActor(name), { type: 'participant:join', name })
                : playStep(m, 'play' in a ? a.play : a.unannounced);
            if (isDomainError(result) || 'unannounced' in a || ('join' in a && !a.announced)) {
              continue;
            }
            connections.advance(before, m.state, result);
            const impact = privateImpact(result);
            expect(sent(m.state, impact)).toEqual(reference.privateChanges(m.state, impact));
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
