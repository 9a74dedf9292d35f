/**
 * A participant behind an office proxy that refuses WebSockets still takes part: the page tries a
 * WebSocket first (fewer round trips for everyone else), is refused, and carries on by HTTP
 * long-polling. In Chromium, against the real server process, through a small HTTP proxy that
 * forwards every request but answers each WebSocket upgrade 403, as such proxies do.
 */
import { once } from 'node:events';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  type AppServer,
  chromiumCheck,
  launchChromium,
  startAppServer,
} from '../helpers/browser.js';
import { describeWithService } from '../helpers/services.js';
import { createMeeting } from '../helpers/testServer.js';
import { openPerson, PageTraffic, type Person } from './support/people.js';
import { storySteps } from './support/sequence.js';
import { enterName, moveOn, postLine, seen } from './support/steps.js';

/** Forwards plain HTTP to `target`; refuses every upgrade. Counts what it refused. */
const startProxyWithoutWebSockets = async (target: URL) => {
  let refusedUpgrades = 0;
  const proxy: Server = createServer((incoming, answer) => {
    const forwarded = request(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers,
      },
      (reply) => {
        reply.on('error', () => answer.destroy());
        answer.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(answer);
      },
    );
    forwarded.on('error', () => answer.destroy());
    incoming.pipe(forwarded);
  });
  proxy.on('upgrade', (_request, socket) => {
    refusedUpgrades += 1;
    // The socket is ours once upgraded, without Node's handlers: the browser may reset it after
    // the refusal, and an 'error' nobody listens for would end the test process.
    socket.on('error', () => socket.destroy());
    socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  });
  proxy.listen(0, '127.0.0.1');
  await once(proxy, 'listening');
  const { port } = proxy.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    refusedUpgrades: () => refusedUpgrades,
    close: () => new Promise<void>((resolve) => proxy.close(() => resolve())),
  };
};

describeWithService(chromiumCheck(), 'A network that refuses WebSockets', () => {
  const traffic = new PageTraffic();
  const behindProxy = new PageTraffic();
  let server: AppServer;
  let proxy: Awaited<ReturnType<typeof startProxyWithoutWebSockets>>;
  let browser: Browser;
  let fiona: Person;
  let ben: Person;

  const step = storySteps();

  beforeAll(async () => {
    [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
    proxy = await startProxyWithoutWebSockets(new URL(server.origin));
    [fiona, ben] = await Promise.all([
      openPerson(browser, traffic, { name: 'Fiona' }),
      openPerson(browser, behindProxy, { name: 'Ben' }),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await server?.stop();
  });

  step('a participant behind it joins, checks in and is seen by the others', async () => {
    const created = await createMeeting(server.origin, 'CoP Personalentwicklung');
    await fiona.page.goto(created.facilitatorUrl);
    await enterName(fiona);
    await ben.page.goto(created.joinUrl.replace(server.origin, proxy.origin));
    await enterName(ben);
    await seen(fiona.page.getByText('2 of 2 online'));

    await moveOn(fiona, 'checkin', [fiona, ben]);
    await postLine(ben, 'checkin', 'Through the town hall proxy');
    await seen(fiona.page.getByRole('listitem').filter({ hasText: 'Through the town hall proxy' }));

    expect(proxy.refusedUpgrades()).toBeGreaterThan(0);
    expect(behindProxy.urls.some((url) => url.includes('transport=polling'))).toBe(true);
    // Everyone else goes straight to a WebSocket, without the long-polling handshake.
    expect(traffic.urls.some((url) => url.startsWith('ws://'))).toBe(true);
    expect(traffic.urls.some((url) => url.includes('transport=polling'))).toBe(false);
  });
});
