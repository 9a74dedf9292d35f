/**
 * What the host configured for delivering minutes (#17). Nothing leaves the server unless the
 * host set SMTP or allowed webhook targets: both are off by default.
 */

export interface SmtpSettings {
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465 (TLS from the start). */
  url: string;
  /** The sender, e.g. "Percolate <percolate@city.example>". */
  from: string;
  /** Refuses to send over a connection that did not upgrade to TLS. */
  requireTls: boolean;
}

export interface DeliveryConfig {
  smtp: SmtpSettings | null;
  /** `host:port` patterns webhook URLs must match (`*.example.org:443`); empty allows none. */
  webhookAllowedHosts: string[];
  /** Attempts before a delivery is given up as failed. */
  maxAttempts: number;
  /** The first retry waits this long, each further one twice as long (at most an hour). */
  retryBaseMs: number;
  /** How often a node looks for due deliveries (others' and after a restart). */
  pollMs: number;
  /** How long a claimed delivery stays a node's before another may take it over. */
  leaseMs: number;
  /** Connecting and each SMTP or HTTP exchange is given up after this long. */
  timeoutMs: number;
}

export const DEFAULT_DELIVERY: DeliveryConfig = {
  smtp: null,
  webhookAllowedHosts: [],
  maxAttempts: 6,
  retryBaseMs: 30_000,
  pollMs: 5_000,
  leaseMs: 120_000,
  timeoutMs: 20_000,
};

/** Whether the host allowed any delivery at all. */
export const deliveryEnabled = (config: DeliveryConfig): boolean =>
  config.smtp !== null || config.webhookAllowedHosts.length > 0;
