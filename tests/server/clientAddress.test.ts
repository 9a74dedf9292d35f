import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress } from '../../server/src/realtime/handshakeLimit.js';

const request = (remoteAddress: string, forwarded?: string) =>
  ({
    socket: { remoteAddress },
    headers: forwarded ? { 'x-forwarded-for': forwarded } : {},
  }) as unknown as IncomingMessage;

describe('the address a handshake is counted against', () => {
  it('is the peer address when no proxy is trusted, whatever the headers claim', () => {
    expect(clientAddress(request('10.0.0.5', '1.2.3.4'), 0)).toBe('10.0.0.5');
  });

  it('is the entry the trusted proxy added, not one the client made up', () => {
    expect(clientAddress(request('10.0.0.5', 'forged, 203.0.113.7'), 1)).toBe('203.0.113.7');
  });
});
