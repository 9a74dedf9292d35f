/** The operator's settings as the environment gives them. */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../server/src/config.js';
import { readEnv } from '../../../server/src/env.js';

describe('admin settings from the environment', () => {
  it('leaves creating open, links unset and metrics off when nothing is set', () => {
    const env = readEnv({});
    const config = resolveConfig(env.config);
    expect(config.creation).toEqual({ code: null, networks: [] });
    expect(config.legal).toEqual({ imprintUrl: null, privacyUrl: null });
    expect(env.metrics).toBeNull();
  });

  it('reads the access code, networks, links and metrics address', () => {
    const env = readEnv({
      CREATION_CODE: ' Kaffee ',
      CREATION_NETWORKS: '10.0.0.0/8, 192.168.1.7',
      IMPRINT_URL: 'https://stadt.example/impressum',
      PRIVACY_URL: 'https://stadt.example/datenschutz',
      METRICS_PORT: '9464',
    });
    const config = resolveConfig(env.config);
    expect(config.creation).toEqual({ code: 'Kaffee', networks: ['10.0.0.0/8', '192.168.1.7'] });
    expect(config.legal.imprintUrl).toBe('https://stadt.example/impressum');
    expect(env.metrics).toEqual({ port: 9464, host: '127.0.0.1' });
  });

  it('overrides only the rate limits that are given', () => {
    const config = resolveConfig(
      readEnv({ RATE_LIMIT_CREATE: '5/60', RATE_LIMIT_COMMANDS: '10/30' }).config,
    );
    expect(config.rateLimits.createMeeting).toEqual({ points: 5, durationSeconds: 60 });
    expect(config.rateLimits.commandsPerSecond).toBe(10);
    expect(config.rateLimits.commandBurst).toBe(30);
    expect(config.rateLimits.lookupJoinCode).toEqual({ points: 30, durationSeconds: 60 });
  });

  it('refuses a mistyped setting with its name instead of starting wide open', () => {
    expect(() => readEnv({ CREATION_NETWORKS: '10.0.0/33' })).toThrow(/CREATION_NETWORKS/);
    expect(() => readEnv({ RATE_LIMIT_CREATE: '20 per minute' })).toThrow(/RATE_LIMIT_CREATE/);
    expect(() => readEnv({ IMPRINT_URL: 'javascript:alert(1)' })).toThrow(/IMPRINT_URL/);
    expect(() => readEnv({ METRICS_PORT: 'ninety' })).toThrow(/METRICS_PORT/);
  });
});
