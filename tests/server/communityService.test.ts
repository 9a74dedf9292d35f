/** The community service on a real store, when another node writes the same community meanwhile. */
import type { CommunityActor } from '@percolate/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../server/src/clock.js';
import { createCommunityService } from '../../server/src/communities/communityService.js';
import { randomIds } from '../../server/src/ids.js';
import { openSqliteStore, type Store } from '../../server/src/store/index.js';

const member = (name: string): CommunityActor => ({
  isOrganiser: false,
  tokenHash: `hash-${name}`,
});

describe('running community commands', () => {
  let store: Store;
  beforeEach(() => {
    store = openSqliteStore({ file: ':memory:' });
  });
  afterEach(() => store.close());

  const serviceOn = (on: Store) =>
    createCommunityService({ store: on, clock: systemClock, ids: randomIds });

  /** A service whose first append loses the race: another node lets `name` join just before it. */
  const serviceRacedBy = (name: string) => {
    const otherNode = serviceOn(store);
    let raced = false;
    return serviceOn({
      ...store,
      async appendCommunityEvents(id, expectedSeq, events, command) {
        if (!raced) {
          raced = true;
          await otherNode.execute(id, `other-${name}`, { type: 'member:join', name }, member(name));
        }
        return store.appendCommunityEvents(id, expectedSeq, events, command);
      },
    });
  };

  it('decides again on the newer state when another node appended first, keeping both', async () => {
    const service = serviceRacedBy('Ben');
    const { record } = await service.create('HR CoP', '');

    const ack = await service.execute(
      record.id,
      'join-ana',
      { type: 'member:join', name: 'Ana' },
      member('Ana'),
    );

    expect(ack).toEqual({ ok: true, seq: 3 });
    const loaded = await service.load(record.id);
    expect(loaded?.state.members.map((each) => each.name)).toEqual(['Ben', 'Ana']);
  });

  it('answers a refusal decided on the newer state, without writing anything', async () => {
    const service = serviceRacedBy('Ana');
    const { record } = await service.create('HR CoP', '');

    const ack = await service.execute(
      record.id,
      'join-ana',
      { type: 'member:join', name: 'Ana' },
      member('Ana'),
    );

    expect(ack).toMatchObject({ ok: false, error: { code: 'ALREADY_JOINED' } });
    expect(await store.loadCommunityEvents(record.id)).toHaveLength(2);
  });
});
