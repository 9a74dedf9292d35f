import type { Command, CommandAck, ParticipantId, ViewPatch } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { clockOffset } from '../../client/src/realtime/clockOffset.js';
import { receivePatchMessage } from '../../client/src/realtime/patchMessage.js';
import { sendWithRetry } from '../../client/src/realtime/sendWithRetry.js';
import type { PatchResult } from '../../client/src/store/transport.js';

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

describe('a patch message', () => {
  const patch: ViewPatch = { from: 4, to: 5, ops: [] };
  const online = ['ann', 'bea'] as ParticipantId[];
  const sinkAnswering = (outcome: PatchResult) => {
    const lists: ParticipantId[][] = [];
    return {
      lists,
      sink: { receivePatch: () => outcome, setOnline: (list: ParticipantId[]) => lists.push(list) },
    };
  };

  it('takes the online list a join brings along with its patch', () => {
    const { sink, lists } = sinkAnswering('applied');
    expect(receivePatchMessage(sink, patch, online)).toBe('applied');
    expect(lists).toEqual([online]);
  });

  it('takes the list after a gap too', () => {
    const { sink, lists } = sinkAnswering('gap');
    expect(receivePatchMessage(sink, patch, online)).toBe('gap');
    expect(lists).toEqual([online]);
  });

  it('ignores the list of a patch it already had: a newer list may have come since', () => {
    const { sink, lists } = sinkAnswering('stale');
    expect(receivePatchMessage(sink, patch, online)).toBe('stale');
    expect(lists).toEqual([]);
  });

  it('leaves the online list alone when the patch carries none', () => {
    const { sink, lists } = sinkAnswering('applied');
    receivePatchMessage(sink, patch, undefined);
    expect(lists).toEqual([]);
  });
});
