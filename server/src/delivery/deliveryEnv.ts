/**
 * The delivery settings from the environment (docs/deploy.md "Delivering the minutes"):
 * SMTP_URL, SMTP_FROM, SMTP_REQUIRE_TLS, WEBHOOK_ALLOWED_HOSTS, DELIVERY_MAX_ATTEMPTS and
 * DELIVERY_RETRY_SECONDS.
 */
import { commaList } from '../instance/instanceEnv.js';
import { DEFAULT_DELIVERY, type DeliveryConfig, type SmtpSettings } from './deliveryConfig.js';
import { parseAllowedHost } from './webhookAllowList.js';

const positive = (name: string, value: string | undefined, fallback: number): number => {
  if (!value?.trim()) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new Error(`${name} must be a positive whole number, got "${value}"`);
  }
  return number;
};

const smtp = (env: NodeJS.ProcessEnv): SmtpSettings | null => {
  const url = env.SMTP_URL?.trim();
  if (!url) return null;
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (!parsed || (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:')) {
    throw new Error('SMTP_URL must be smtp://… or smtps://…');
  }
  const from = env.SMTP_FROM?.trim();
  if (!from) throw new Error('SMTP_FROM (the sender address) is required with SMTP_URL');
  return { url, from, requireTls: env.SMTP_REQUIRE_TLS?.trim() === 'true' };
};

export const readDeliveryEnv = (env: NodeJS.ProcessEnv): DeliveryConfig => {
  const webhookAllowedHosts = commaList(env.WEBHOOK_ALLOWED_HOSTS);
  webhookAllowedHosts.forEach(parseAllowedHost);
  return {
    ...DEFAULT_DELIVERY,
    smtp: smtp(env),
    webhookAllowedHosts,
    maxAttempts: positive(
      'DELIVERY_MAX_ATTEMPTS',
      env.DELIVERY_MAX_ATTEMPTS,
      DEFAULT_DELIVERY.maxAttempts,
    ),
    retryBaseMs:
      positive(
        'DELIVERY_RETRY_SECONDS',
        env.DELIVERY_RETRY_SECONDS,
        DEFAULT_DELIVERY.retryBaseMs / 1000,
      ) * 1000,
  };
};
