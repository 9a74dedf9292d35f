/**
 * Minutes delivered when a community's meeting ends (#17): a real SMTP server and a local HTTP
 * receiver in the test process, a real server on an ephemeral port.
 */
import { createHmac } from 'node:crypto';
import type { DeliveryOverview, DeliveryTargetView } from '@percolate/shared';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeliveryConfig } from '../../../server/src/delivery/deliveryConfig.js';
import { type Mailbox, startMailbox } from '../../helpers/mailbox.js';
import { TestClient } from '../../helpers/testClient.js';
import { startTestServer, type TestServer } from '../../helpers/testServer.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../helpers/webhookReceiver.js';
import { headersFor } from '../support/communityApi.js';
import { communityWithTwoMeetings, holdAndEnd, MEETING_CONTENT } from '../support/endedMeeting.js';

const PUBLIC_URL = 'http://percolate.test';
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

const mailbox = async () => {
  const box = await startMailbox();
  closers.push(box.close);
  return box;
};
const receiver = async () => {
  const hook = await startWebhookReceiver();
  closers.push(hook.close);
  return hook;
};
const server = async (delivery: Partial<DeliveryConfig>, dataDir?: string) => {
  const started = await startTestServer({
    ...(dataDir ? { dataDir } : {}),
    config: {
      publicUrl: PUBLIC_URL,
      delivery: { pollMs: 100, retryBaseMs: 50, ...delivery },
    },
  });
  closers.push(() => started.close());
  return started;
};

const smtp = (box: Mailbox) => ({
  url: box.url,
  from: 'Percolate <percolate@city.test>',
  requireTls: false,
});

const addTarget = async (
  s: TestServer,
  communityId: string,
  key: string,
  body: { channel: string; address: string },
) =>
  fetch(`${s.url}/api/communities/${communityId}/delivery`.concat('/targets'), {
    method: 'POST',
    headers: headersFor({ key }),
    body: JSON.stringify(body),
  });

const added = async (...args: Parameters<typeof addTarget>) => {
  const response = await addTarget(...args);
  expect(response.status).toBe(201);
  return (await response.json()) as DeliveryTargetView;
};

const overview = async (s: TestServer, communityId: string, key: string) =>
  (await (
    await fetch(`${s.url}/api/communities/${communityId}/delivery`, {
      headers: headersFor({ key }),
    })
  ).json()) as DeliveryOverview;

/** Waits a few poll rounds more, so a second send would have happened. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 600));

const verify = (secret: string, timestamp: string, body: string) =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;

describe('delivering the minutes when a meeting ends', () => {
  for (const [locale, subject, readOnline] of [
    ['de', 'Protokoll: CoP Januar', 'Das Protokoll können Sie hier online lesen:'],
    ['en', 'Minutes: CoP Januar', 'Read the minutes online:'],
  ] as const) {
    it(`mails each address once and posts to each webhook once, in ${locale}`, async () => {
      const box = await mailbox();
      const hook = await receiver();
      const s = await server({ smtp: smtp(box), webhookAllowedHosts: [`127.0.0.1:${hook.port}`] });
      const { community, organiser, meetingId } = await communityWithTwoMeetings(s.url);
      const key = organiser.key;
      for (const address of ['cop@lists.city.test', 'hr@lists.city.test']) {
        await added(s, community.id, key, { channel: 'email', address });
      }
      const json = await added(s, community.id, key, {
        channel: 'json',
        address: hook.url('/json'),
      });
      await added(s, community.id, key, { channel: 'slack', address: hook.url('/slack') });
      expect(json.secret).toMatch(/^[\w-]{32}$/);

      await holdAndEnd(s.url, meetingId, key, locale);
      await expect.poll(() => box.mails.length + hook.posts.length, { timeout: 10_000 }).toBe(4);
      await settle();
      expect(box.mails).toHaveLength(2);
      expect(box.recipients.flat().sort()).toEqual(['cop@lists.city.test', 'hr@lists.city.test']);
      expect(hook.posts.map((post) => post.path).sort()).toEqual(['/json', '/slack']);

      const [mail] = box.mails;
      expect(mail?.subject).toBe(subject);
      expect(mail?.from?.text).toContain('percolate@city.test');
      const link = new RegExp(`${PUBLIC_URL}/m/${meetingId}/minutes#view=([\\w-]{32})`);
      expect(mail?.text).toContain(readOnline);
      const secret = mail?.text?.match(link)?.[1] ?? '';
      expect(secret).not.toBe('');
      for (const part of [mail?.text, mail?.html || '']) {
        expect(part).toContain(MEETING_CONTENT.decision);
        expect(part).toContain(MEETING_CONTENT.action);
        expect(part).toContain(MEETING_CONTENT.owner);
      }
      // The record keeps no private check-in line: the mail is the minutes anyone may read.
      expect(mail?.text).toContain('Viel los mit dem Haushalt');
      for (const part of [
        mail?.text,
        mail?.html || '',
        hook.posts.map((post) => post.body).join(),
      ]) {
        expect(part).not.toContain('Mein Team wird aufgelöst');
      }
      expect(mail?.html).toContain(`href="${PUBLIC_URL}/m/${meetingId}/minutes#view=${secret}"`);
      expect(mail?.headers.get('content-language')).toBe(locale);
      const [ics] = mail?.attachments ?? [];
      expect(ics?.contentType).toBe('text/calendar');
      expect(ics?.content.toString()).toContain('SUMMARY:CoP Februar');
      expect(ics?.content.toString()).toContain('DTSTART:20990201T100000Z');

      // Every mail carries the same read-only link, and it opens the minutes.
      expect(box.mails[1]?.text).toContain(secret);
      const minutes = await fetch(`${s.url}/api/meetings/${meetingId}/minutes`, {
        headers: { authorization: `Bearer ${secret}` },
      });
      expect(minutes.status).toBe(200);

      const signed = hook.posts.find((post) => post.path === '/json');
      const timestamp = String(signed?.headers['x-percolate-timestamp']);
      expect(signed?.headers['x-percolate-signature']).toBe(
        verify(json.secret ?? '', timestamp, signed?.body ?? ''),
      );
      expect(JSON.parse(signed?.body ?? '{}')).toMatchObject({
        meetingId,
        locale,
        decisions: [MEETING_CONTENT.decision],
        summary: MEETING_CONTENT.summary,
        link: expect.stringContaining(secret),
      });
      expect(JSON.parse(signed?.body ?? '{}').actions[0]).toContain(MEETING_CONTENT.owner);
      const slack = JSON.parse(hook.posts.find((post) => post.path === '/slack')?.body ?? '{}');
      expect(slack.text).toContain(MEETING_CONTENT.decision);
      expect(
        hook.posts.find((post) => post.path === '/slack')?.headers['x-percolate-signature'],
      ).toBeUndefined();

      const { deliveries } = await overview(s, community.id, key);
      expect(deliveries.map((each) => each.state)).toEqual(['sent', 'sent', 'sent', 'sent']);
    });
  }

  it('retries a failing receiver with backoff, then shows it failed with the reason; a resend delivers', async () => {
    const hook = await receiver();
    hook.answerWith(503);
    const s = await server({ webhookAllowedHosts: [`127.0.0.1:${hook.port}`], maxAttempts: 3 });
    const { community, organiser, meetingId } = await communityWithTwoMeetings(s.url);
    const target = await added(s, community.id, organiser.key, {
      channel: 'teams',
      address: hook.url(),
    });

    await holdAndEnd(s.url, meetingId, organiser.key, 'en');
    await expect
      .poll(async () => (await overview(s, community.id, organiser.key)).deliveries[0]?.state, {
        timeout: 10_000,
      })
      .toBe('failed');
    expect(hook.posts).toHaveLength(3);
    expect((await overview(s, community.id, organiser.key)).deliveries[0]).toMatchObject({
      targetId: target.id,
      attempts: 3,
      lastError: 'HTTP 503',
    });

    hook.answerWith(200);
    const resend = await fetch(`${s.url}/api/communities/${community.id}/delivery/send`, {
      method: 'POST',
      headers: headersFor(organiser),
      body: JSON.stringify({ meetingId, targetId: target.id }),
    });
    expect(resend.status).toBe(202);
    await expect.poll(() => hook.posts.length, { timeout: 10_000 }).toBe(4);
    const card = JSON.parse(hook.posts[3]?.body ?? '{}');
    expect(card.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    await expect
      .poll(async () => (await overview(s, community.id, organiser.key)).deliveries[0]?.state)
      .toBe('sent');
  });

  it('gives up at once when the mail server refuses for good (5xx), and retries a 4xx', async () => {
    const box = await mailbox();
    box.rejectWith(550);
    const s = await server({ smtp: smtp(box), maxAttempts: 4, retryBaseMs: 400 });
    const { community, organiser, meetingId } = await communityWithTwoMeetings(s.url);
    await added(s, community.id, organiser.key, { channel: 'email', address: 'gone@city.test' });
    await holdAndEnd(s.url, meetingId, organiser.key, 'en');
    const first = async () => (await overview(s, community.id, organiser.key)).deliveries[0];
    await expect.poll(async () => (await first())?.state, { timeout: 10_000 }).toBe('failed');
    expect(await first()).toMatchObject({ attempts: 1, lastError: expect.stringContaining('550') });

    box.rejectWith(451);
    const resend = () =>
      fetch(`${s.url}/api/communities/${community.id}/delivery/send`, {
        method: 'POST',
        headers: headersFor(organiser),
        body: JSON.stringify({ meetingId }),
      });
    expect((await resend()).status).toBe(202);
    await expect
      .poll(async () => (await first())?.state === 'pending' && (await first())?.lastError, {
        timeout: 10_000,
      })
      .toContain('451');
    box.rejectWith(null);
    await expect.poll(() => box.mails.length, { timeout: 10_000 }).toBe(1);
    expect(await first()).toMatchObject({ state: 'sent', attempts: 2, lastError: null });
  });

  it('carries a new read-only link when the one mailed was revoked, and the old one stays dead', async () => {
    const box = await mailbox();
    const s = await server({ smtp: smtp(box) });
    const { community, organiser, meetingId } = await communityWithTwoMeetings(s.url);
    const target = await added(s, community.id, organiser.key, {
      channel: 'email',
      address: 'cop@lists.city.test',
    });
    await holdAndEnd(s.url, meetingId, organiser.key, 'de');
    await expect.poll(() => box.mails.length, { timeout: 10_000 }).toBe(1);
    const secretIn = (index: number) =>
      box.mails[index]?.text?.match(/#view=([\w-]{32})/)?.[1] ?? '';
    const readWith = async (secret: string) =>
      (
        await fetch(`${s.url}/api/meetings/${meetingId}/minutes`, {
          headers: { authorization: `Bearer ${secret}` },
        })
      ).status;
    const links = `${s.url}/api/meetings/${meetingId}/minutes-links`;
    const listed = (await (await fetch(links, { headers: headersFor(organiser) })).json()) as {
      links: { linkId: string }[];
    };
    expect(listed.links).toHaveLength(1);
    const revoke = await fetch(`${links}/${listed.links[0]?.linkId}`, {
      method: 'DELETE',
      headers: headersFor(organiser),
    });
    expect(revoke.status).toBe(204);
    expect(await readWith(secretIn(0))).toBe(403);

    await fetch(`${s.url}/api/communities/${community.id}/delivery/send`, {
      method: 'POST',
      headers: headersFor(organiser),
      body: JSON.stringify({ meetingId, targetId: target.id }),
    });
    await expect.poll(() => box.mails.length, { timeout: 10_000 }).toBe(2);
    expect(secretIn(1)).not.toBe(secretIn(0));
    expect(await readWith(secretIn(1))).toBe(200);
    expect(await readWith(secretIn(0))).toBe(403);
  });

  it('refuses a webhook outside the allow-list before any connection is made', async () => {
    const allowed = await receiver();
    const other = await receiver();
    const s = await server({ webhookAllowedHosts: [`127.0.0.1:${allowed.port}`] });
    const { community, organiser } = await communityWithTwoMeetings(s.url);

    const refused = await addTarget(s, community.id, organiser.key, {
      channel: 'json',
      address: other.url(),
    });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ error: { code: 'DELIVERY_NOT_ALLOWED' } });
    for (const address of [
      `http://localhost:${allowed.port}/hook`,
      `http://user:pw@127.0.0.1:${allowed.port}/hook`,
      `http://127.0.0.1:${allowed.port}@10.0.0.1/hook`,
    ]) {
      expect(
        (await addTarget(s, community.id, organiser.key, { channel: 'slack', address })).status,
      ).toBe(409);
    }
    await added(s, community.id, organiser.key, { channel: 'slack', address: allowed.url() });
    expect(other.connections()).toBe(0);
  });

  it('does not send to a target the allow-list no longer covers after a restart', async () => {
    const first = await receiver();
    const dropped = await receiver();
    const hosts = (...hooks: WebhookReceiver[]) => hooks.map((hook) => `127.0.0.1:${hook.port}`);
    const before = await server({ webhookAllowedHosts: hosts(first, dropped) });
    const { community, organiser, meetingId } = await communityWithTwoMeetings(before.url);
    await added(before, community.id, organiser.key, { channel: 'json', address: first.url() });
    await added(before, community.id, organiser.key, { channel: 'json', address: dropped.url() });
    closers.pop();
    await before.close({ keepData: true });

    const after = await server({ webhookAllowedHosts: hosts(first) }, before.dataDir);
    await holdAndEnd(after.url, meetingId, organiser.key, 'de');
    await expect.poll(() => first.posts.length, { timeout: 10_000 }).toBe(1);
    await expect
      .poll(async () =>
        (await overview(after, community.id, organiser.key)).deliveries
          .map((each) => each.state)
          .sort(),
      )
      .toEqual(['failed', 'sent']);
    const failed = (await overview(after, community.id, organiser.key)).deliveries.find(
      (each) => each.state === 'failed',
    );
    expect(failed?.lastError).toContain('not in WEBHOOK_ALLOWED_HOSTS');
    expect(dropped.connections()).toBe(0);
  });

  it("mails a one-off meeting's minutes to the addresses its facilitator entered, before or after the end", async () => {
    const box = await mailbox();
    const hook = await receiver();
    const s = await server({ smtp: smtp(box), webhookAllowedHosts: [`127.0.0.1:${hook.port}`] });
    const meeting = await s.createMeeting('Peer call');
    const facilitator = { key: meeting.facilitatorKey };
    const path = `${s.url}/api/meetings/${meeting.id}/delivery`;
    const add = (address: string, channel = 'email') =>
      fetch(`${path}/targets`, {
        method: 'POST',
        headers: headersFor(facilitator),
        body: JSON.stringify({ channel, address }),
      });
    expect((await add('ana@city.test')).status).toBe(201);
    expect((await add(hook.url(), 'slack')).status).toBe(409);
    expect((await fetch(path)).status).toBe(401);
    expect((await fetch(path, { headers: headersFor({ key: 'x'.repeat(32) }) })).status).toBe(403);

    const client = await TestClient.connect(s.url, {
      meetingId: meeting.id,
      facilitatorKey: meeting.facilitatorKey,
    });
    await client.join('Anna');
    await client.ok({ type: 'summary:set', text: 'Kurz und gut.' });
    await client.ok({ type: 'meeting:end' });
    client.close();
    await expect.poll(() => box.mails.length, { timeout: 10_000 }).toBe(1);

    expect((await add('ben@city.test')).status).toBe(201);
    await expect.poll(() => box.mails.length, { timeout: 10_000 }).toBe(2);
    await settle();
    expect(box.recipients).toEqual([['ana@city.test'], ['ben@city.test']]);
    expect(box.mails[1]?.subject).toBe('Protokoll: Peer call');
    expect(box.mails[1]?.attachments).toEqual([]);
    expect(hook.connections()).toBe(0);
    const answer = (await (
      await fetch(path, { headers: headersFor(facilitator) })
    ).json()) as DeliveryOverview;
    expect(answer.deliveries.map((each) => each.state)).toEqual(['sent', 'sent']);

    // A community's meeting goes where its community's targets say: no addresses of its own.
    const { organiser, meetingId } = await communityWithTwoMeetings(s.url);
    const scheduled = `${s.url}/api/meetings/${meetingId}/delivery`;
    expect((await fetch(scheduled, { headers: headersFor(organiser) })).status).toBe(404);
  });

  it('shows targets and deliveries to organisers only, and takes mail addresses only with SMTP set', async () => {
    const s = await server({});
    const { community, organiser } = await communityWithTwoMeetings(s.url);
    const path = `${s.url}/api/communities/${community.id}/delivery`;
    expect((await fetch(path)).status).toBe(401);
    expect((await fetch(path, { headers: headersFor({ key: 'x'.repeat(32) }) })).status).toBe(403);
    expect(await overview(s, community.id, organiser.key)).toEqual({
      mail: false,
      webhooks: false,
      targets: [],
      deliveries: [],
    });
    const mail = await addTarget(s, community.id, organiser.key, {
      channel: 'email',
      address: 'cop@lists.city.test',
    });
    expect(mail.status).toBe(409);
  });
});
