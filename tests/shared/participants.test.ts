import { facilitatorOf, LIMITS, participantDots, participantIdForToken } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { clientActor, meeting, resultCode, TestMeeting } from '../helpers/builders.js';

describe('joining and leaving', () => {
  it('makes the first key holder facilitator and everyone else a participant', () => {
    const { m } = meeting({ participants: 1 });
    expect(m.state.participants[m.id('facilitator')]?.role).toBe('facilitator');
    expect(m.state.participants[m.id('p1')]?.role).toBe('participant');
  });

  it('makes a second key holder a participant while someone facilitates', () => {
    const { m } = meeting({ participants: 0 });
    const [event] = m.ok('other', { type: 'participant:join', name: 'Other' });
    expect(event).toMatchObject({ type: 'participant:joined', role: 'participant' });
    expect(m.as('keyholder', { type: 'participant:join', name: 'K' }, true)).toMatchObject([
      { role: 'participant' },
    ]);
  });

  it('recognises a returning browser by its token and only renames it', () => {
    const { m } = meeting({ participants: 1 });
    const before = m.state.participants[m.id('p1')];
    expect(m.ok('p1', { type: 'participant:join', name: 'Person 1' })).toEqual([]);
    expect(m.ok('p1', { type: 'participant:join', name: 'Pat' })).toEqual([
      { type: 'participant:renamed', participantId: before?.id, name: 'Pat' },
    ]);
  });

  it('welcomes back someone who left, under a new name if they give one', () => {
    const { m } = meeting({ participants: 1 });
    m.ok('p1', { type: 'participant:leave' });
    expect(m.state.participants[m.id('p1')]?.left).toBe(true);
    const events = m.ok('p1', { type: 'participant:join', name: 'Pat' });
    expect(events.map((e) => e.type)).toEqual(['participant:rejoined', 'participant:renamed']);
    expect(m.state.participants[m.id('p1')]).toMatchObject({ left: false, name: 'Pat' });
  });

  it('refuses commands from someone who has not joined or has left', () => {
    const { m } = meeting({ participants: 1, phase: 'propose' });
    expect(resultCode(m.as('stranger', { type: 'topic:propose', title: 'Hi' }))).toBe('NOT_JOINED');
    m.ok('p1', { type: 'participant:leave' });
    expect(resultCode(m.as('p1', { type: 'topic:propose', title: 'Hi' }))).toBe('NOT_JOINED');
  });

  it('keeps the facilitator role for a facilitator who leaves', () => {
    const { m } = meeting({ participants: 1 });
    m.ok('facilitator', { type: 'participant:leave' });
    expect(m.state.participants[m.id('facilitator')]).toMatchObject({
      role: 'facilitator',
      left: true,
    });
  });

  it('renames only when the name changes', () => {
    const { m } = meeting({ participants: 1 });
    expect(m.ok('p1', { type: 'participant:rename', name: 'Person 1' })).toEqual([]);
    m.ok('p1', { type: 'participant:rename', name: 'Pia' });
    expect(m.state.participants[m.id('p1')]?.name).toBe('Pia');
  });

  it('finds a participant by token hash and nothing for unknown or hostile hashes', () => {
    const { m } = meeting({ participants: 1 });
    expect(participantIdForToken(m.state, 'hash-p1')).toBe(m.id('p1'));
    expect(participantIdForToken(m.state, 'nope')).toBeNull();
    expect(participantIdForToken(m.state, 'constructor')).toBeNull();
    expect(participantIdForToken(m.state, '__proto__')).toBeNull();
  });

  it(`refuses a participant beyond ${LIMITS.maxParticipants}`, () => {
    const m = new TestMeeting();
    for (let i = 0; i < LIMITS.maxParticipants; i += 1) m.join(`x${i}`);
    expect(resultCode(m.as('onemore', { type: 'participant:join', name: 'One more' }))).toBe(
      'TOO_MANY',
    );
  });
});

describe('facilitation and roles', () => {
  it('lets the key holder claim facilitation, making the previous facilitator a co-facilitator', () => {
    const { m } = meeting({ participants: 1 });
    const events = m.as('p1', { type: 'facilitation:claim' }, true);
    expect(events).toEqual([
      {
        type: 'facilitation:handedOver',
        from: m.id('facilitator'),
        to: m.id('p1'),
        reason: 'claim',
      },
    ]);
    expect(m.state.participants[m.id('p1')]?.role).toBe('facilitator');
    expect(m.state.participants[m.id('facilitator')]?.role).toBe('cofacilitator');
  });

  it('refuses a claim without the key', () => {
    const { m } = meeting({ participants: 1 });
    expect(resultCode(m.as('p1', { type: 'facilitation:claim' }))).toBe('KEY_REQUIRED');
  });

  it('lets the facilitator hand over to someone present', () => {
    const { m } = meeting({ participants: 2 });
    m.ok('facilitator', { type: 'facilitation:handover', to: m.id('p2') });
    expect(m.state.participants[m.id('p2')]?.role).toBe('facilitator');
    expect(m.state.participants[m.id('facilitator')]?.role).toBe('cofacilitator');
    expect(
      Object.values(m.state.participants).filter((p) => p.role === 'facilitator'),
    ).toHaveLength(1);
  });

  it('names the new facilitator after a handover, and the old one for the state before it', () => {
    const { m } = meeting({ participants: 2 });
    const before = m.state;
    expect(facilitatorOf(before)?.id).toBe(m.id('facilitator'));
    m.ok('facilitator', { type: 'facilitation:handover', to: m.id('p2') });
    expect(facilitatorOf(m.state)?.id).toBe(m.id('p2'));
    expect(facilitatorOf(before)?.id).toBe(m.id('facilitator'));
    expect(facilitatorOf({ participants: {} })).toBeNull();
  });

  it('refuses a handover to someone who is not there', () => {
    const { m } = meeting({ participants: 1 });
    m.ok('p1', { type: 'participant:leave' });
    expect(resultCode(m.as('facilitator', { type: 'facilitation:handover', to: m.id('p1') }))).toBe(
      'PARTICIPANT_NOT_FOUND',
    );
    expect(
      resultCode(m.as('facilitator', { type: 'facilitation:handover', to: 'constructor' })),
    ).toBe('PARTICIPANT_NOT_FOUND');
  });

  it('fails over to a co-facilitator only while the absent facilitator still holds the role', () => {
    const { m } = meeting({ participants: 2 });
    m.makeRole('p1', 'cofacilitator');
    const failover = {
      type: 'facilitation:failover',
      from: m.id('facilitator'),
      to: m.id('p1'),
    } as const;
    expect(m.system(failover)).toEqual([
      { ...failover, type: 'facilitation:handedOver', reason: 'failover' },
    ]);
    expect(m.system(failover)).toEqual([]);
    expect(m.system({ type: 'facilitation:failover', from: m.id('p1'), to: m.id('p2') })).toEqual(
      [],
    );
  });

  it('refuses failover sent by a client', () => {
    const { m } = meeting({ participants: 1 });
    const result = m.run(clientActor('facilitator'), {
      type: 'facilitation:failover',
      from: m.id('facilitator'),
      to: m.id('p1'),
    });
    expect(resultCode(result)).toBe('FORBIDDEN');
  });

  it('sets roles but never the facilitator’s', () => {
    const { m } = meeting({ participants: 1 });
    m.makeRole('p1', 'scribe');
    expect(m.state.participants[m.id('p1')]?.role).toBe('scribe');
    expect(
      resultCode(
        m.as('facilitator', {
          type: 'role:set',
          participantId: m.id('facilitator'),
          role: 'participant',
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      resultCode(m.as('facilitator', { type: 'role:set', participantId: 'ghost', role: 'scribe' })),
    ).toBe('PARTICIPANT_NOT_FOUND');
  });

  it('lets a key holder set roles without being facilitator', () => {
    const { m } = meeting({ participants: 2 });
    const result = m.as(
      'p1',
      { type: 'role:set', participantId: m.id('p2'), role: 'scribe' },
      true,
    );
    expect(resultCode(result)).toBe('ok');
  });
});

describe('moderators removing someone', () => {
  it('takes back their dots while voting is open, keeps their topics and notes, forgets their browser', () => {
    const { m, topicIds } = meeting({ participants: 2, phase: 'vote', topics: ['A'] });
    const a = topicIds[0] as string;
    const p2 = m.id('p2');
    m.ok('p2', { type: 'vote:cast', topicId: a });
    const own = m.propose('p2', 'Mine');
    expect(m.ok('facilitator', { type: 'participant:remove', participantId: p2 })).toEqual([
      { type: 'participant:removed', participantId: p2, dotsWithdrawn: true },
    ]);
    expect(m.state.participants[p2]?.left).toBe(true);
    expect(participantDots(m.state.dots, p2)).toBeUndefined();
    expect(m.state.topics[own]?.authorId).toBe(p2);
    expect(participantIdForToken(m.state, 'hash-p2')).toBeNull();
    expect(resultCode(m.as('p2', { type: 'vote:cast', topicId: a }))).toBe('NOT_JOINED');
  });

  it('keeps their dots once voting closed: the order was decided with them', () => {
    const { m, topicIds } = meeting({ participants: 2, phase: 'vote', topics: ['A'] });
    const p2 = m.id('p2');
    m.ok('p2', { type: 'vote:cast', topicId: topicIds[0] as string });
    m.ok('facilitator', { type: 'vote:close' });
    m.makeRole('p1', 'cofacilitator');
    m.ok('p1', { type: 'participant:remove', participantId: p2 });
    expect(participantDots(m.state.dots, p2)).toEqual({ [topicIds[0] as string]: 1 });
  });

  it('removes neither oneself nor the facilitator, nor someone unknown', () => {
    const { m } = meeting({ participants: 2 });
    m.makeRole('p1', 'cofacilitator');
    const remove = (who: string, participantId: string) =>
      resultCode(m.as(who, { type: 'participant:remove', participantId }));
    expect(remove('p1', m.id('p1'))).toBe('FORBIDDEN');
    expect(remove('p1', m.id('facilitator'))).toBe('FORBIDDEN');
    expect(remove('p1', 'nobody')).toBe('PARTICIPANT_NOT_FOUND');
    expect(remove('p2', m.id('p1'))).toBe('FORBIDDEN');
  });
});
