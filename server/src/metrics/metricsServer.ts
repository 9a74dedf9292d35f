/**
 * The metrics endpoint on its own port (METRICS_PORT), bound to loopback unless METRICS_HOST says
 * otherwise: Prometheus scrapes it, the public port and the reverse proxy never expose it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Metrics } from './metrics.js';

export interface MetricsSettings {
  port: number;
  host: string;
}

export const serveMetrics = async (
  metrics: Metrics,
  { port, host }: MetricsSettings,
): Promise<{ server: Server; port: number }> => {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    metrics.registry.metrics().then(
      (body) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(body),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return { server, port: (server.address() as AddressInfo).port };
};
