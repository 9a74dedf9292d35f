import type { Command, PrivateView, PublicView, Snapshot } from '@percolate/shared';
import { projectPrivate, projectPublic } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { meeting } from '../helpers/builders.js';
import { connectedStore } from './support/connectedStore.js';

const me = (overrides: Partial<PrivateView> = {}): PrivateView => ({
  participantId: 'p1',
  role: 'participant',
  hasFacilitatorKey: false,
  dots: {},
  dotsLeft: 3,
  myTopicIds: [],
  myContinueVote: null,
  ...overrides,
});

const snapshotAt = (seq: number, view: PublicView): Snapshot => ({
  seq,
  serverNow: 0,
  view,
  me: me(),
  online: [],
});

describe('the meeting store', () => {
  const { m } = meeting({ participants: 1, phase: 'propose', topics: ['Onboarding'] });
  const view = projectPublic(m.state);

  it('applies a patch that continues its sequence', () => {
    const { store, sink } = connectedStore();
    sink.applySnapshot(snapshotAt(5, view));
    const result = sink.receivePatch({
      from: 5,
      to: 6,
      ops: [{ op: 'replace', path: ['title'], value: 'Renamed' }],
    });
    expect(result).toBe('applied');
    expect(store.getState().view?.title).toBe('Renamed');
    expect(store.getState().seq).toBe(6);
  });

  it('reports a gap, and changes nothing, when a patch skips a sequence number', () => {
    const { store, sink } = connectedStore();
    sink.applySnapshot(snapshotAt(5, view));
    const result = sink.receivePatch({
      from: 6,
      to: 7,
      ops: [{ op: 'replace', path: ['title'], value: 'Too early' }],
    });
    expect(result).toBe('gap');
    expect(store.getState().view?.title).toBe(view.title);
    expect(store.getState().seq).toBe(5);
  });

  it('ignores a patch it has already applied', () => {
    const { store, sink } = connectedStore();
    sink.applySnapshot(snapshotAt(5, view));
    expect(sink.receivePatch({ from: 4, to: 5, ops: [] })).toBe('stale');
    expect(store.getState().seq).toBe(5);
  });

  it('catches up from a sync answer of patches and takes the private view and presence with it', () => {
    const { store, sink } = connectedStore();
    sink.applySnapshot(snapshotAt(5, view));
    const result = sink.applySync({
      kind: 'patches',
      patches: [
        { from: 5, to: 6, ops: [{ op: 'replace', path: ['title'], value: 'A' }] },
        { from: 6, to: 8, ops: [{ op: 'replace', path: ['summary'], value: 'B' }] },
      ],
      me: me({ dotsLeft: 1 }),
      online: ['p1'],
    });
    expect(result).toBe('applied');
    expect(store.getState()).toMatchObject({ seq: 8, online: ['p1'], me: { dotsLeft: 1 } });
    expect(store.getState().view).toMatchObject({ title: 'A', summary: 'B' });
  });

  it('keeps the newer private view when an older one arrives late', () => {
    const { store, sink } = connectedStore();
    sink.applySnapshot(snapshotAt(5, view));
    sink.receivePatch({ from: 5, to: 7, ops: [] });
    sink.applyPrivate(7, me({ dotsLeft: 1 }));
    sink.applyPrivate(6, me({ dotsLeft: 2 }));
    expect(store.getState().me?.dotsLeft).toBe(1);
  });

  it("holds a private view ahead of the public one until that commit's patch arrives", () => {
    const { store, sink } = connectedStore();
    sink.applySnapshot(snapshotAt(5, view));
    // The acknowledgement of my dot carries my view at 6 just before the patch of 6.
    sink.applyPrivate(6, me({ dotsLeft: 2 }));
    expect(store.getState().me?.dotsLeft).toBe(3);
    sink.applyPrivate(5, me({ dotsLeft: 3 }));
    sink.receivePatch({ from: 5, to: 6, ops: [{ op: 'replace', path: ['title'], value: 'Six' }] });
    expect(store.getState()).toMatchObject({ seq: 6, privateSeq: 6, me: { dotsLeft: 2 } });
    expect(store.getState().view?.title).toBe('Six');
  });

  it('lets a snapshot or sync answer replace a held private view that is not newer', () => {
    const { store, sink } = connectedStore();
    sink.applySnapshot(snapshotAt(5, view));
    sink.applyPrivate(7, me({ dotsLeft: 1 }));
    sink.applySnapshot(snapshotAt(6, view));
    expect(store.getState().me?.dotsLeft).toBe(3);
    // Still ahead of the snapshot: shown once a patch reaches it.
    sink.receivePatch({ from: 6, to: 7, ops: [] });
    expect(store.getState().me?.dotsLeft).toBe(1);

    sink.applyPrivate(9, me({ dotsLeft: 0 }));
    sink.applySync({
      kind: 'patches',
      patches: [{ from: 7, to: 9, ops: [] }],
      me: me({ dotsLeft: 2 }),
      online: [],
    });
    expect(store.getState()).toMatchObject({ seq: 9, me: { dotsLeft: 2 }, heldPrivate: null });
  });

  it('gives each command a fresh id and turns a refusal into its error code', async () => {
    const sent: Command[] = [];
    const { store } = connectedStore(async (command) => {
      sent.push(command);
      return { ok: false, error: { code: 'VOTE_BUDGET_EXHAUSTED', message: 'no dots left' } };
    });
    const outcome = await store.getState().send({ type: 'vote:cast', topicId: 't1' });
    await store.getState().send({ type: 'vote:cast', topicId: 't1' });
    expect(outcome).toEqual({ ok: false, code: 'VOTE_BUDGET_EXHAUSTED' });
    expect(sent[0]?.id).toMatch(/^[\w-]{21}$/);
    expect(sent[0]?.id).not.toBe(sent[1]?.id);
  });

  it('says NETWORK when the server cannot be reached', async () => {
    const { store } = connectedStore(async () => {
      throw new Error('timeout');
    });
    expect(await store.getState().send({ type: 'vote:close' })).toEqual({
      ok: false,
      code: 'NETWORK',
    });
  });

  it('forgets the meeting when it disconnects', () => {
    const { store, sink } = connectedStore();
    sink.applySnapshot({
      ...snapshotAt(5, view),
      me: projectPrivate(m.state, { participantId: null, hasFacilitatorKey: false }),
    });
    store.getState().disconnect();
    expect(store.getState()).toMatchObject({ view: null, me: null, seq: 0, status: 'idle' });
  });
});
