/** What a server instance is configured with; `main.ts` fills it from the environment. */
import { DEFAULT_DELIVERY, type DeliveryConfig } from './delivery/deliveryConfig.js';
import { type CreationAccess, OPEN_CREATION } from './instance/creationGate.js';

export interface RateLimit {
  /** Requests allowed per window. */
  points: number;
  /** Window length in seconds. */
  durationSeconds: number;
}

export interface AppConfig {
  /**
   * The address users open (e.g. https://lean.example.org), for the links the server hands out
   * and as an allowed origin. Null: taken from each request's own scheme and host.
   */
  publicUrl: string | null;
  /** Further origins allowed to open sockets (besides the page's own and publicUrl's). */
  allowedOrigins: string[];
  /** Trust X-Forwarded-* from this many proxies (express `trust proxy`); 0 when directly exposed. */
  trustProxy: number;
  /** How long the facilitator may be away before a present co-facilitator takes over. */
  failoverMs: number;
  /** A meeting nobody is connected to leaves memory after this long. */
  idleEvictionMs: number;
  /** How many recent view patches a meeting keeps for `sync` catch-up. */
  patchHistory: number;
  /** The built client (index.html and assets); null or missing → a placeholder page. */
  clientDist: string | null;
  /** Ended meetings older than this many days are deleted (hourly sweep); null keeps them. */
  retentionDays: number | null;
  /** Who may create meetings and communities. */
  creation: CreationAccess;
  /** The operator's imprint and privacy policy, linked in the footer and on the join page. */
  legal: { imprintUrl: string | null; privacyUrl: string | null };
  /** Minutes by e-mail and chat webhooks; off unless the host configured SMTP or webhooks. */
  delivery: DeliveryConfig;
  rateLimits: {
    /** Every REST request under /api, per client address: a floor under the routes' own limits. */
    api: RateLimit;
    createMeeting: RateLimit;
    lookupJoinCode: RateLimit;
    /** Community commands (REST) per client address. */
    communityCommands: RateLimit;
    /** Socket handshakes per client address (each may bring a new participant). */
    handshake: RateLimit;
    /** Per socket: sustained commands per second… */
    commandsPerSecond: number;
    /** …and how many may arrive at once. */
    commandBurst: number;
  };
}

export const DEFAULT_CONFIG: AppConfig = {
  publicUrl: null,
  allowedOrigins: [],
  trustProxy: 0,
  failoverMs: 60_000,
  idleEvictionMs: 5 * 60_000,
  patchHistory: 500,
  clientDist: null,
  retentionDays: null,
  creation: OPEN_CREATION,
  legal: { imprintUrl: null, privacyUrl: null },
  delivery: DEFAULT_DELIVERY,
  rateLimits: {
    api: { points: 600, durationSeconds: 60 },
    createMeeting: { points: 20, durationSeconds: 10 * 60 },
    lookupJoinCode: { points: 30, durationSeconds: 60 },
    handshake: { points: 120, durationSeconds: 60 },
    communityCommands: { points: 60, durationSeconds: 60 },
    commandsPerSecond: 20,
    commandBurst: 40,
  },
};

/** Overrides on top of the defaults (rate limits and delivery settings may be given in part). */
export type ConfigOverrides = Partial<Omit<AppConfig, 'rateLimits' | 'delivery'>> & {
  rateLimits?: Partial<AppConfig['rateLimits']>;
  delivery?: Partial<DeliveryConfig>;
};

export const resolveConfig = (overrides: ConfigOverrides = {}): AppConfig => ({
  ...DEFAULT_CONFIG,
  ...overrides,
  rateLimits: { ...DEFAULT_CONFIG.rateLimits, ...overrides.rateLimits },
  delivery: { ...DEFAULT_CONFIG.delivery, ...overrides.delivery },
});
