/** /metrics in Prometheus's text format, scraped from its own port while a meeting runs. */
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetrics } from '../../server/src/metrics/metrics.js';
import { serveMetrics } from '../../server/src/metrics/metricsServer.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import { openRoom } from './support/room.js';

/** The value of one sample line, e.g. `percolate_connected_sockets 2`. */
const sample = (text: string, series: string): number | undefined => {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describe('metrics', () => {
  let server: TestServer;
  let metricsServer: Server;
  let scrapeUrl: string;

  beforeAll(async () => {
    const metrics = createMetrics();
    server = await startTestServer({ metrics });
    const served = await serveMetrics(metrics, { port: 0, host: '127.0.0.1' });
    metricsServer = served.server;
    scrapeUrl = `http://127.0.0.1:${served.port}/metrics`;
  });
  afterAll(async () => {
    metricsServer.close();
    await server.close();
  });

  const scrape = async () => {
    const response = await fetch(scrapeUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    return response.text();
  };

  it('counts commands by type and outcome, sockets, meetings and timings', async () => {
    const room = await openRoom(server.url, { participants: 1 });
    try {
      await room.facilitator.ok({ type: 'phase:set', phase: 'checkin' });
      const refused = await room.participants[0]?.send({ type: 'phase:set', phase: 'vote' });
      expect(refused?.ok).toBe(false);
      const text = await scrape();
      expect(sample(text, 'percolate_commands_total{type="phase:set",outcome="ok"}')).toBe(1);
      const refusal = refused?.ok === false ? refused.error.code : '';
      expect(sample(text, `percolate_commands_total{type="phase:set",outcome="${refusal}"}`)).toBe(
        1,
      );
      expect(sample(text, 'percolate_connected_sockets')).toBe(2);
      expect(sample(text, 'percolate_active_meetings')).toBe(1);
      expect(sample(text, 'percolate_command_ack_seconds_count{type="phase:set"}')).toBe(2);
      expect(sample(text, 'percolate_store_append_seconds_count{kind="meeting"}')).toBeGreaterThan(
        0,
      );
      expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
      expect(text).toContain('nodejs_eventloop_lag_p99_seconds');
    } finally {
      room.close();
    }
  });

  it('is not served on the public port', async () => {
    const response = await fetch(`${server.url}/metrics`);
    expect(await response.text()).not.toContain('percolate_commands_total');
  });
});
