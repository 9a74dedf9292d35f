/**
 * The outbox across processes (#17): a server killed while it was sending delivers after the
 * restart, once; two nodes on one PostgreSQL deliver each minutes once. Real server processes,
 * a real SMTP server and a local HTTP receiver in the test process. The test clock runs 60 times
 * faster in both processes (one origin), so the two-minute lease runs out in two seconds.
 */
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { createServer, type Socket } from 'node:net';
import type { DeliveryOverview } from '@percolate/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { type Mailbox, startMailbox } from '../../helpers/mailbox.js';
import { dropSchema } from '../../helpers/pgSchema.js';
import { describeWithService, POSTGRES, requireService } from '../../helpers/services.js';
import { type ServerProcess, spawnServer, tempDataDir } from '../../helpers/testServer.js';
import { startWebhookReceiver } from '../../helpers/webhookReceiver.js';
import { headersFor } from '../support/communityApi.js';
import { communityWithTwoMeetings, holdAndEnd } from '../support/endedMeeting.js';

const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

const TIME = { PERCOLATE_TEST_TIME_SCALE: '60', PERCOLATE_TEST_TIME_ORIGIN: String(Date.now()) };

const deliveryEnv = (smtpUrl: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  ...TIME,
  PUBLIC_URL: 'http://percolate.test',
  SMTP_URL: smtpUrl,
  SMTP_FROM: 'percolate@city.test',
  ...extra,
});

const spawn = async (dataDir: string, env: NodeJS.ProcessEnv) => {
  const node = await spawnServer(dataDir, env);
  closers.push(() => node.crash());
  return node;
};

/** An SMTP server that accepts connections and never greets: a send hangs there. */
const silentSmtp = async () => {
  const sockets: Socket[] = [];
  const server = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
  return { url: `smtp://127.0.0.1:${(server.address() as AddressInfo).port}`, sockets };
};

const mailbox = async (): Promise<Mailbox> => {
  const box = await startMailbox();
  closers.push(box.close);
  return box;
};

const deliveryStates = async (node: ServerProcess, communityId: string, key: string) => {
  const response = await fetch(`${node.url}/api/communities/${communityId}/delivery`, {
    headers: headersFor({ key }),
  });
  return ((await response.json()) as DeliveryOverview).deliveries;
};

const addTarget = async (node: ServerProcess, communityId: string, key: string, body: unknown) => {
  const response = await fetch(`${node.url}/api/communities/${communityId}/delivery/targets`, {
    method: 'POST',
    headers: headersFor({ key }),
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(201);
};

describe('delivering across a crash', () => {
  it('delivers after the restart, once, when the server was killed while sending', async () => {
    const dataDir = await tempDataDir();
    closers.push(() => rm(dataDir, { recursive: true, force: true }));
    const silent = await silentSmtp();
    const box = await mailbox();

    const first = await spawn(dataDir, deliveryEnv(silent.url));
    const { community, organiser, meetingId } = await communityWithTwoMeetings(first.url);
    await addTarget(first, community.id, organiser.key, {
      channel: 'email',
      address: 'cop@lists.city.test',
    });
    await holdAndEnd(first.url, meetingId, organiser.key, 'de');
    await expect.poll(() => silent.sockets.length, { timeout: 10_000 }).toBe(1);
    await first.crash();
    expect(box.mails).toHaveLength(0);

    const second = await spawn(dataDir, deliveryEnv(box.url));
    await expect.poll(() => box.mails.length, { timeout: 20_000 }).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(box.mails).toHaveLength(1);
    expect(box.mails[0]?.subject).toBe('Protokoll: CoP Januar');
    expect(await deliveryStates(second, community.id, organiser.key)).toMatchObject([
      { state: 'sent', attempts: 2 },
    ]);
  });
});

const postgres = await requireService(POSTGRES);

describeWithService(postgres, 'delivering from two nodes on one PostgreSQL', (databaseUrl) => {
  it('mails each address once and posts each webhook once, whichever node sends', async () => {
    const schema = `percolate_delivery_${randomBytes(6).toString('hex')}`;
    closers.push(() => dropSchema(databaseUrl, schema));
    const box = await mailbox();
    const hook = await startWebhookReceiver();
    closers.push(hook.close);
    const env = deliveryEnv(box.url, {
      DATABASE_URL: databaseUrl,
      DATABASE_SCHEMA: schema,
      WEBHOOK_ALLOWED_HOSTS: `127.0.0.1:${hook.port}`,
    });
    const dirs = [await tempDataDir(), await tempDataDir()];
    closers.push(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));
    const [a, b] = [await spawn(dirs[0] ?? '', env), await spawn(dirs[1] ?? '', env)];
    if (!a || !b) throw new Error('two nodes');

    const { community, organiser, meetingId, nextMeetingId } = await communityWithTwoMeetings(
      a.url,
    );
    const addresses = ['cop@lists.city.test', 'hr@lists.city.test', 'board@city.test'];
    for (const address of addresses) {
      await addTarget(a, community.id, organiser.key, { channel: 'email', address });
    }
    await addTarget(a, community.id, organiser.key, { channel: 'matrix', address: hook.url() });
    // Each node ends one meeting; both poll every 83 ms of real time meanwhile.
    await holdAndEnd(b.url, meetingId, organiser.key, 'en');
    await holdAndEnd(a.url, nextMeetingId, organiser.key, 'de');

    await expect.poll(() => box.mails.length + hook.posts.length, { timeout: 20_000 }).toBe(8);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(box.mails).toHaveLength(6);
    expect(hook.posts).toHaveLength(2);
    const sent = box.recipients.map((to, index) => `${to.join()} ${box.mails[index]?.subject}`);
    expect(sent.sort()).toEqual(
      addresses
        .flatMap((address) => [
          `${address} Minutes: CoP Januar`,
          `${address} Protokoll: CoP Februar`,
        ])
        .sort(),
    );
    const states = await deliveryStates(b, community.id, organiser.key);
    expect(states.map((each) => `${each.state} ${each.attempts}`)).toEqual(
      Array.from({ length: 8 }, () => 'sent 1'),
    );
  });
});
