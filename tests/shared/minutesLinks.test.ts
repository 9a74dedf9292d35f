/**
 * Read-only links to the minutes: the server creates and revokes them on the facilitator's
 * behalf, at any point of the meeting and after its end; the public view never carries them.
 */
import {
  type EventBody,
  LIMITS,
  minutes,
  projectPrivate,
  projectPublic,
  replay,
} from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { clientActor, meeting, resultCode } from '../helpers/builders.js';

const HASH = 'ab'.repeat(32);
const create = (linkId: string, secretHash = HASH) =>
  ({ type: 'minutesLink:create', linkId, secretHash }) as const;
const revoke = (linkId: string) => ({ type: 'minutesLink:revoke', linkId }) as const;

describe('read-only minutes links', () => {
  it('records a new link with only the hash of its secret', () => {
    const { m } = meeting({ phase: 'discuss' });
    m.advance(5_000);
    const events = m.system(create('link1'));
    expect(events).toEqual<EventBody[]>([
      { type: 'minutesLink:created', linkId: 'link1', secretHash: HASH },
    ]);
    expect(m.state.minutesLinks).toEqual({
      link1: { id: 'link1', secretHash: HASH, createdAt: m.now },
    });
  });

  it('hands out and revokes links after the meeting has ended', () => {
    const { m } = meeting({ phase: 'discuss' });
    m.goTo('ended');
    expect(resultCode(m.system(create('link1')))).toBe('ok');
    expect(resultCode(m.system(revoke('link1')))).toBe('ok');
    expect(m.state.minutesLinks).toEqual({});
  });

  it('still refuses everything else once the meeting has ended', () => {
    const { m } = meeting({ phase: 'discuss' });
    m.goTo('ended');
    const summary = m.as('facilitator', { type: 'summary:set', text: 'x' });
    expect(resultCode(summary)).toBe('MEETING_ENDED');
  });

  it('forgets a revoked link, so its secret opens nothing any more', () => {
    const { m } = meeting();
    m.system(create('link1'));
    m.system(create('link2', 'cd'.repeat(32)));
    m.system(revoke('link1'));
    expect(Object.keys(m.state.minutesLinks)).toEqual(['link2']);
    expect(replay('m1', m.events).minutesLinks).toEqual(m.state.minutesLinks);
  });

  it('says so when the link to revoke does not exist (any more)', () => {
    const { m } = meeting();
    m.system(create('link1'));
    m.system(revoke('link1'));
    expect(resultCode(m.system(revoke('link1')))).toBe('MINUTES_LINK_NOT_FOUND');
    expect(resultCode(m.system(revoke('constructor')))).toBe('MINUTES_LINK_NOT_FOUND');
  });

  it('refuses a reused id and anything that is not a sha256 hash', () => {
    const { m } = meeting();
    m.system(create('link1'));
    expect(resultCode(m.system(create('link1', 'cd'.repeat(32))))).toBe('INVALID_PAYLOAD');
    expect(resultCode(m.system(create('link2', 'the-secret-itself')))).toBe('INVALID_PAYLOAD');
    expect(resultCode(m.system(create('', 'cd'.repeat(32))))).toBe('INVALID_PAYLOAD');
  });

  it(`keeps at most ${LIMITS.maxMinutesLinks} live links`, () => {
    const { m } = meeting();
    for (let i = 0; i < LIMITS.maxMinutesLinks; i += 1) m.system(create(`link${i}`));
    expect(resultCode(m.system(create('one-more')))).toBe('TOO_MANY');
    m.system(revoke('link0'));
    expect(resultCode(m.system(create('one-more')))).toBe('ok');
  });

  it('lets no participant, not even the key holder, issue link commands over the socket', () => {
    const { m } = meeting();
    const before = m.state;
    expect(resultCode(m.run(clientActor('facilitator', true), create('link1')))).toBe('FORBIDDEN');
    expect(m.state).toBe(before);
  });

  it('never shows links or their hashes to anyone in the meeting or in the minutes', () => {
    const { m } = meeting({ participants: 1 });
    m.system(create('link1'));
    const seen = [
      projectPublic(m.state),
      projectPrivate(m.state, { participantId: m.id('facilitator'), hasFacilitatorKey: true }),
      minutes(m.events),
    ].map((value) => JSON.stringify(value));
    for (const text of seen) {
      expect(text).not.toContain(HASH);
      expect(text).not.toContain('link1');
    }
  });
});
