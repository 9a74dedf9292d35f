/**
 * What a browser gets for the built client over real HTTP: the hashed script precompressed in the
 * encoding it prefers and cached for a year, the page itself compressed on the fly, never cached
 * without asking, and already in the visitor's language.
 */
import { rm } from 'node:fs/promises';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import {
  builtClientFixture,
  FIXTURE_SCRIPT,
  FIXTURE_SCRIPT_SOURCE,
  rawRequest,
} from './support/clientFixture.js';

const DECODERS: Record<string, (body: Buffer) => Buffer> = {
  br: brotliDecompressSync,
  gzip: gunzipSync,
  identity: (body) => body,
};

describe('compression and caching of the built client', () => {
  let server: TestServer;
  let dist: string;

  beforeAll(async () => {
    dist = await builtClientFixture();
    server = await startTestServer({ config: { clientDist: dist } });
  });
  afterAll(async () => {
    await server.close();
    await rm(dist, { recursive: true, force: true });
  });

  it.each([
    ['br, gzip', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['', 'identity'],
  ])(
    'sends the main script to "Accept-Encoding: %s" as %s, cached for a year',
    async (accept, expected) => {
      const response = await rawRequest(server.url, FIXTURE_SCRIPT, {
        headers: accept ? { 'Accept-Encoding': accept } : {},
      });
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding'] ?? 'identity').toBe(expected);
      expect(response.headers['content-type']).toMatch(/^text\/javascript/);
      expect(response.headers.vary).toContain('Accept-Encoding');
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const decode = DECODERS[expected] ?? DECODERS.identity;
      expect(decode?.(response.body).toString()).toBe(FIXTURE_SCRIPT_SOURCE);
      if (expected !== 'identity') {
        expect(response.body.length).toBeLessThan(FIXTURE_SCRIPT_SOURCE.length / 4);
      }
    },
  );

  it('compresses the page on the fly and makes the browser ask before reusing it', async () => {
    const response = await rawRequest(server.url, '/m/some-meeting', {
      headers: { 'Accept-Encoding': 'br, gzip' },
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers.vary).toContain('Accept-Encoding');
    expect(brotliDecompressSync(response.body).toString()).toContain(FIXTURE_SCRIPT);
  });

  it.each([
    [{ 'Accept-Language': 'de-DE,de;q=0.9,en;q=0.8' }, 'de'],
    [{ 'Accept-Language': 'fr-FR, de;q=0.5' }, 'de'],
    [{ 'Accept-Language': 'en-GB,en;q=0.9,de;q=0.8' }, 'en'],
    [{ 'Accept-Language': 'fr-FR' }, 'en'],
    [{}, 'en'],
    [{ 'Accept-Language': 'de-DE', Cookie: 'theme=dark; percolate-locale=en' }, 'en'],
    [{ 'Accept-Language': 'en-US', Cookie: 'percolate-locale=de' }, 'de'],
    [{ 'Accept-Language': 'de-DE', Cookie: 'percolate-locale=xx' }, 'de'],
  ])('writes <html lang> before any script runs (%o → %s)', async (headers, lang) => {
    const response = await rawRequest(server.url, '/join', { headers });
    expect(response.body.toString()).toMatch(
      new RegExp(`^<!doctype html>\\s*<html lang="${lang}">`),
    );
    expect(response.headers.vary).toMatch(/Accept-Language.*Cookie|Cookie.*Accept-Language/);
  });

  it('serves a robots.txt that keeps meetings, minutes and communities out of search engines', async () => {
    const response = await rawRequest(server.url, '/robots.txt');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    const rules = response.body.toString();
    expect(rules).toContain('User-agent: *');
    for (const path of ['/m/', '/c/', '/join/']) expect(rules).toContain(`Disallow: ${path}`);
    expect(rules).toContain('Allow: /$');
  });
});
