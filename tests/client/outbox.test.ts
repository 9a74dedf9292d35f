import type { Command, CommandAck } from '@percolate/shared';
import { describe, expect, it, vi } from 'vitest';
import { mayWait, Outbox } from '../../client/src/store/outbox.js';
import { connectedStore } from './support/connectedStore.js';

const accepted: CommandAck = { ok: true, seq: 9 };
const proposal = (title: string): Command => ({ id: `id-${title}`, type: 'topic:propose', title });

/** A transport whose every send is recorded and answered by `answer`. */
const recordingStore = (answer: (command: Command) => Promise<CommandAck>) => {
  const sent: Command[] = [];
  const connected = connectedStore(async (command) => {
    sent.push(command);
    return answer(command);
  });
  return { ...connected, sent };
};

describe('what may wait for the connection', () => {
  it('lets typed content wait, and not the moves that act on the meeting as it is now', () => {
    expect(mayWait(proposal('Onboarding'))).toBe(true);
    expect(mayWait({ id: 'a', type: 'item:add', topicId: 't1', kind: 'note', text: 'x' })).toBe(
      true,
    );
    expect(mayWait({ id: 'b', type: 'phase:set', phase: 'vote' })).toBe(false);
    expect(mayWait({ id: 'c', type: 'vote:cast', topicId: 't1' })).toBe(false);
    expect(mayWait({ id: 'd', type: 'continue:vote', choice: 'up' })).toBe(false);
  });
});

describe('the outbox', () => {
  it('sends in the order things were made, and keeps the rest when a send fails', async () => {
    const changes: number[] = [];
    const outbox = new Outbox((size) => changes.push(size));
    const first = outbox.add(proposal('one'));
    const second = outbox.add(proposal('two'));
    const third = outbox.add(proposal('three'));

    const tried: string[] = [];
    await outbox.flush(async (command) => {
      tried.push(command.id);
      if (command.id === 'id-two') throw new Error('dropped again');
      return accepted;
    });
    expect(tried).toEqual(['id-one', 'id-two']);
    expect(await first).toEqual(accepted);
    expect(outbox.size).toBe(2);

    tried.length = 0;
    await outbox.flush(async (command) => {
      tried.push(command.id);
      return accepted;
    });
    expect(tried).toEqual(['id-two', 'id-three']);
    expect(await Promise.all([second, third])).toEqual([accepted, accepted]);
    expect(changes).toEqual([1, 2, 3, 2, 1, 0]);
  });

  it('answers everything waiting with null when it is dropped, even mid-flush', async () => {
    const outbox = new Outbox();
    const first = outbox.add(proposal('one'));
    const second = outbox.add(proposal('two'));
    let release: (ack: CommandAck) => void = () => {};
    const flushing = outbox.flush(() => new Promise((resolve) => (release = resolve)));
    outbox.drop();
    const later = outbox.add(proposal('three'));
    release(accepted);
    await flushing;
    expect(await first).toBeNull();
    expect(await second).toBeNull();
    expect(outbox.size).toBe(1);
    outbox.drop();
    expect(await later).toBeNull();
  });
});

describe('sending while the connection is down', () => {
  it('keeps a new topic while reconnecting and sends it, with its first id, once back', async () => {
    const { store, sink, sent } = recordingStore(async () => accepted);
    sink.setStatus('reconnecting');
    const onQueued = vi.fn();
    const outcome = store
      .getState()
      .send({ type: 'topic:propose', title: 'Onboarding' }, { onQueued, onRefused() {} });
    await Promise.resolve();
    expect(sent).toEqual([]);
    expect(onQueued).toHaveBeenCalledOnce();
    expect(store.getState().waitingCount).toBe(1);

    sink.setStatus('online');
    expect(await outcome).toEqual(accepted);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: 'topic:propose', title: 'Onboarding' });
    expect(store.getState().waitingCount).toBe(0);
  });

  it('refuses a facilitator move at once, saying it needs the connection', async () => {
    const { store, sink, sent } = recordingStore(async () => accepted);
    sink.setStatus('lost');
    expect(await store.getState().send({ type: 'phase:set', phase: 'vote' })).toEqual({
      ok: false,
      code: 'OFFLINE',
    });
    sink.setStatus('online');
    await Promise.resolve();
    expect(sent).toEqual([]);
  });

  it('resends a note whose answer never came with the same id, so it counts once', async () => {
    let calls = 0;
    const { store, sink, sent } = recordingStore(async () => {
      calls += 1;
      if (calls === 1) throw new Error('no answer');
      return accepted;
    });
    sink.setStatus('online');
    const outcome = await store
      .getState()
      .send({ type: 'item:add', topicId: 't1', kind: 'note', text: 'Ask HR' });
    expect(outcome).toEqual(accepted);
    expect(sent).toHaveLength(2);
    expect(sent[1]?.id).toBe(sent[0]?.id);
  });

  it('lists what waited and was refused, and tells its control which one it was', async () => {
    const refused: CommandAck = {
      ok: false,
      error: { code: 'WRONG_PHASE', message: 'no new topics in phase vote' },
    };
    const { store, sink, sent } = recordingStore(async () => refused);
    sink.setStatus('reconnecting');
    const onRefused = vi.fn();
    const outcome = store
      .getState()
      .send({ type: 'round:post', round: 'checkin', text: 'Late' }, { onQueued() {}, onRefused });
    sink.setStatus('online');

    expect(await outcome).toEqual({ ok: false, code: 'WRONG_PHASE' });
    const { unsent } = store.getState();
    expect(unsent).toEqual([{ command: sent[0], code: 'WRONG_PHASE', claimed: false }]);
    expect(onRefused).toHaveBeenCalledWith(sent[0]?.id);
    store.getState().claimUnsent(sent[0]?.id ?? '', true);
    expect(store.getState().unsent[0]?.claimed).toBe(true);
    store.getState().dismissUnsent(sent[0]?.id ?? '');
    expect(store.getState().unsent).toEqual([]);
  });

  it('gives up on what waits when the meeting is left, as a network failure', async () => {
    const { store, sink } = recordingStore(async () => accepted);
    sink.setStatus('lost');
    const outcome = store.getState().send({ type: 'summary:set', text: 'Good meeting' });
    store.getState().disconnect();
    expect(await outcome).toEqual({ ok: false, code: 'NETWORK' });
    expect(store.getState().waitingCount).toBe(0);
  });
});
