/**
 * Hostile and unknown paths over real HTTP against a built client: each gets its 404 or 400 at
 * once, in a few bytes, without a stack trace in the log (anyone can send them, so none may fill it).
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/src/logger.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import { builtClientFixture, rawRequest } from './support/clientFixture.js';

interface HostilePath {
  path: string;
  method?: string;
  status: number;
  /** The API answers in JSON with this code; everything else in plain text. */
  code?: string;
}

const HOSTILE_PATHS: HostilePath[] = [
  { path: '/assets/index-0ld.js', status: 404 },
  { path: '/assets/', status: 404 },
  { path: '/assets', status: 404 },
  { path: '/assets/a%2fb', status: 404 },
  { path: '/assets/%ZZ', status: 400 },
  { path: '/assets/..%2f..%2fetc%2fpasswd', status: 404 },
  { path: '/assets/..%5c..%5cwindows%5cwin.ini', status: 404 },
  { path: '/assets/%2e%2e/%2e%2e/package.json', status: 404 },
  { path: '/assets/index-Bx7Qm2Lp.js%00.png', status: 404 },
  { path: '/assets/index-Bx7Qm2Lp.js', method: 'POST', status: 404 },
  { path: '/%ZZ', status: 400 },
  { path: '/m/%E0%A4%A', status: 400 },
  { path: '/..%2f..%2fetc%2fpasswd', status: 404 },
  { path: '/favicon.ico', status: 404 },
  { path: '/wp-login.php', status: 404 },
  { path: '/.env', status: 404 },
  { path: '/api/nothing-here', status: 404, code: 'NOT_FOUND' },
  { path: '/api/', status: 404, code: 'NOT_FOUND' },
  { path: '/api/meetings/x/nothing', method: 'POST', status: 404, code: 'NOT_FOUND' },
  { path: '/api/meetings/%ZZ', status: 400, code: 'INVALID_PAYLOAD' },
];

describe('unknown and malformed paths', () => {
  let server: TestServer;
  let dist: string;
  const logLines: string[] = [];

  beforeAll(async () => {
    dist = await builtClientFixture();
    server = await startTestServer({
      config: { clientDist: dist },
      logger: createLogger('debug', (line) => logLines.push(line)),
    });
  });
  afterAll(async () => {
    await server.close();
    await rm(dist, { recursive: true, force: true });
  });

  const cases = HOSTILE_PATHS.map((hostile) => ({ method: 'GET', ...hostile }));
  it.each(cases)('answers $method $path with $status', async ({ path, method, status, code }) => {
    logLines.length = 0;
    const response = await rawRequest(server.url, path, { method });
    expect(response.status).toBe(status);
    if (code) {
      expect(response.headers['content-type']).toContain('application/json');
      expect(JSON.parse(response.body.toString()).error.code).toBe(code);
    } else {
      expect(response.headers['content-type']).toContain('text/plain');
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.body.length).toBeLessThan(100);
    }
    expect(logLines.length).toBeLessThanOrEqual(1);
    for (const line of logLines) {
      expect(JSON.parse(line).level).toBe('debug');
      expect(line).not.toContain('stack');
    }
  });

  it('still serves the app for its own routes and the real files', async () => {
    for (const path of ['/', '/join', '/join/ABC234', '/m/V1StGXR8_Z5jdHi6B-myT', '/c/abc/']) {
      const page = await rawRequest(server.url, path);
      expect(page.status, path).toBe(200);
      expect(page.body.toString()).toContain('<div id="root">');
    }
    const robots = await rawRequest(server.url, '/robots.txt');
    expect(robots.status).toBe(200);
    expect(robots.headers['content-type']).toContain('text/plain');
  });
});
