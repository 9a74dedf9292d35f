/**
 * The host's delivery settings (#17): nothing is allowed unless configured, webhook URLs match the
 * allow-list literally (scheme's default port, `*.` for subdomains), and mistakes stop the start.
 */
import { describe, expect, it } from 'vitest';
import { readDeliveryEnv } from '../../../server/src/delivery/deliveryEnv.js';
import { parseAllowedHost, webhookRefusal } from '../../../server/src/delivery/webhookAllowList.js';

const allow = (...patterns: string[]) => patterns.map(parseAllowedHost);

describe('the webhook allow-list', () => {
  it('allows nothing when the host listed nothing', () => {
    expect(webhookRefusal('https://hooks.slack.com/services/x', [])).toMatch(/not in/);
  });

  it('matches host and port, the scheme giving the port when the pattern has none', () => {
    const list = allow('chat.example.org', '127.0.0.1:8065');
    expect(webhookRefusal('https://chat.example.org/hooks/abc', list)).toBeNull();
    expect(webhookRefusal('http://chat.example.org/hooks/abc', list)).toBeNull();
    expect(webhookRefusal('https://chat.example.org:8443/hooks', list)).toMatch(/not in/);
    expect(webhookRefusal('http://127.0.0.1:8065/hooks', list)).toBeNull();
    expect(webhookRefusal('http://127.0.0.1:8066/hooks', list)).toMatch(/not in/);
    expect(webhookRefusal('http://localhost:8065/hooks', list)).toMatch(/not in/);
  });

  it('takes subdomains only with *. and never the bare name or a look-alike', () => {
    const list = allow('*.webhook.office.com');
    expect(webhookRefusal('https://city.webhook.office.com/x', list)).toBeNull();
    expect(webhookRefusal('https://webhook.office.com/x', list)).toMatch(/not in/);
    expect(webhookRefusal('https://evilwebhook.office.com/x', list)).toMatch(/not in/);
    expect(webhookRefusal('https://webhook.office.com.evil.test/x', list)).toMatch(/not in/);
  });

  it('refuses other schemes and credentials in the URL', () => {
    const list = allow('chat.example.org');
    expect(webhookRefusal('ftp://chat.example.org/x', list)).toBe('not an http(s) URL');
    expect(webhookRefusal('not a url', list)).toBe('not an http(s) URL');
    expect(webhookRefusal('https://user:pw@chat.example.org/x', list)).toMatch(/credentials/);
  });

  it('refuses a malformed pattern', () => {
    expect(() => parseAllowedHost('https://chat.example.org')).toThrow(/WEBHOOK_ALLOWED_HOSTS/);
    expect(() => parseAllowedHost('chat.example.org:99999')).toThrow(/WEBHOOK_ALLOWED_HOSTS/);
  });
});

describe('the delivery settings from the environment', () => {
  it('sends nothing anywhere by default', () => {
    expect(readDeliveryEnv({})).toMatchObject({ smtp: null, webhookAllowedHosts: [] });
  });

  it('reads SMTP with its sender, TLS requirement and the retry settings', () => {
    expect(
      readDeliveryEnv({
        SMTP_URL: 'smtps://percolate:secret@mail.example.org:465',
        SMTP_FROM: 'Percolate <percolate@example.org>',
        SMTP_REQUIRE_TLS: 'true',
        WEBHOOK_ALLOWED_HOSTS: 'chat.example.org, *.webhook.office.com',
        DELIVERY_MAX_ATTEMPTS: '3',
        DELIVERY_RETRY_SECONDS: '10',
      }),
    ).toMatchObject({
      smtp: {
        url: 'smtps://percolate:secret@mail.example.org:465',
        from: 'Percolate <percolate@example.org>',
        requireTls: true,
      },
      webhookAllowedHosts: ['chat.example.org', '*.webhook.office.com'],
      maxAttempts: 3,
      retryBaseMs: 10_000,
    });
  });

  it('stops the start on a setting it cannot use', () => {
    expect(() => readDeliveryEnv({ SMTP_URL: 'smtp://mail.example.org' })).toThrow(/SMTP_FROM/);
    expect(() => readDeliveryEnv({ SMTP_URL: 'http://mail', SMTP_FROM: 'a@b' })).toThrow(
      /SMTP_URL/,
    );
    expect(() => readDeliveryEnv({ WEBHOOK_ALLOWED_HOSTS: 'https://x' })).toThrow(/WEBHOOK/);
    expect(() => readDeliveryEnv({ DELIVERY_MAX_ATTEMPTS: '0' })).toThrow(/DELIVERY_MAX_ATTEMPTS/);
  });
});
