import type {
  Command,
  CommandAck,
  ParticipantId,
  PrivateView,
  Snapshot,
  ViewPatch,
} from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { clockOffset } from '../../client/src/realtime/clockOffset.js';
import { sendWithRetry } from '../../client/src/realtime/sendWithRetry.js';
import {
  type MessageReceiver,
  receiveServerMessage,
} from '../../client/src/realtime/serverMessage.js';

describe('the clock offset', () => {
  it('assumes the server read its clock halfway through the round trip', () => {
    expect(clockOffset([{ sentAt: 1000, serverNow: 6050, receivedAt: 1100 }])).toBe(5000);
  });

  it('trusts the sample with the shortest round trip', () => {
    const offset = clockOffset([
      { sentAt: 0, serverNow: 10_400, receivedAt: 800 },
      { sentAt: 1000, serverNow: 11_010, receivedAt: 1020 },
      { sentAt: 2000, serverNow: 12_300, receivedAt: 2500 },
    ]);
    expect(offset).toBe(10_000);
  });

  it('has no answer without samples', () => {
    expect(clockOffset([])).toBeNull();
  });
});

describe('sending a command', () => {
  const command: Command = { id: 'cmd-1', type: 'vote:close' };

  it('retries after a timeout with the same command id', async () => {
    const ids: string[] = [];
    const ack = await sendWithRetry(
      async (sent) => {
        ids.push(sent.id);
        if (ids.length < 3) throw new Error('operation has timed out');
        return { ok: true, seq: 9 } satisfies CommandAck;
      },
      command,
      { attempts: 3, timeoutMs: 10 },
    );
    expect(ack).toEqual({ ok: true, seq: 9 });
    expect(ids).toEqual(['cmd-1', 'cmd-1', 'cmd-1']);
  });

  it('gives up after the last attempt', async () => {
    let attempts = 0;
    const sending = sendWithRetry(
      async () => {
        attempts += 1;
        throw new Error('operation has timed out');
      },
      command,
      { attempts: 2, timeoutMs: 10 },
    );
    await expect(sending).rejects.toThrow('timed out');
    expect(attempts).toBe(2);
  });

  it('does not retry a refusal: the server has answered', async () => {
    let attempts = 0;
    const ack = await sendWithRetry(async () => {
      attempts += 1;
      return { ok: false, error: { code: 'FORBIDDEN', message: 'no' } } satisfies CommandAck;
    }, command);
    expect(ack.ok).toBe(false);
    expect(attempts).toBe(1);
  });
});

describe('a message from the server', () => {
  const patch: ViewPatch = { from: 4, to: 5, ops: [] };
  const online = ['ann', 'bea'] as ParticipantId[];
  const recording = () => {
    const calls: [string, unknown][] = [];
    const receiver: MessageReceiver = {
      applySnapshot: (snapshot) => calls.push(['snapshot', snapshot]),
      receivePatch: (received) => calls.push(['patch', received]),
      applyPrivate: (seq, me) => calls.push(['private', { seq, me }]),
      setOnline: (list) => calls.push(['online', list]),
    };
    return { calls, receiver };
  };

  it('hands a patch to the gap handling, and the online list stays as it was', () => {
    const { calls, receiver } = recording();
    receiveServerMessage(receiver, { type: 'patch', patch });
    expect(calls).toEqual([['patch', patch]]);
  });

  it('takes the online list of a presence message', () => {
    const { calls, receiver } = recording();
    receiveServerMessage(receiver, { type: 'presence', online });
    expect(calls).toEqual([['online', online]]);
  });

  it('applies a snapshot and a private view', () => {
    const { calls, receiver } = recording();
    const snapshot = { seq: 5, serverNow: 0, online } as unknown as Snapshot;
    const me = { participantId: 'ann' } as unknown as PrivateView;
    receiveServerMessage(receiver, { type: 'snapshot', snapshot });
    receiveServerMessage(receiver, { type: 'private', seq: 5, me });
    expect(calls).toEqual([
      ['snapshot', snapshot],
      ['private', { seq: 5, me }],
    ]);
  });
});
