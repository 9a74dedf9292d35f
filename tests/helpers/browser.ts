/**
 * End-to-end runs in a real browser: Debian's Chromium driven by playwright-core, against the
 * real server started as its own process and serving the built client.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type Browser, chromium } from 'playwright-core';
import type { ServiceCheck } from './services.js';
import { spawnServer, tempDataDir } from './testServer.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLIENT_DIST = join(REPO_ROOT, 'client', 'dist');

/** Debian's Chromium, unless CHROMIUM_PATH names another Chromium or Chrome binary. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/**
 * Is Chromium there? Locally a missing browser skips the e2e tests with the reason in the test
 * name; in CI (CI=true) it fails them, so a runner without a browser cannot pass by skipping.
 * The answer has the shape of a service check, for `describeWithService`.
 */
export const chromiumCheck = (
  env: NodeJS.ProcessEnv = process.env,
  path = CHROMIUM_PATH,
): ServiceCheck => {
  if (existsSync(path)) return { available: true, url: path };
  const mandatory = env.CI === 'true';
  const consequence = mandatory
    ? 'failed because CI=true requires it (apt-get install chromium, or set CHROMIUM_PATH)'
    : 'skipped (apt-get install chromium, or set CHROMIUM_PATH; CI=true makes this a failure)';
  return {
    available: false,
    mandatory,
    reason: `Chromium not found at ${path}: end-to-end tests ${consequence}`,
  };
};

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/** What the client bundle is made from: a change to any of these makes client/dist stale. */
const CLIENT_SOURCES = [
  join(REPO_ROOT, 'client', 'src'),
  join(REPO_ROOT, 'client', 'index.html'),
  join(REPO_ROOT, 'client', 'public'),
  join(REPO_ROOT, 'shared', 'src'),
  join(REPO_ROOT, 'vite.config.ts'),
  join(REPO_ROOT, 'scripts', 'precompress.ts'),
];

const newestChange = (path: string): number => {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce(
    (newest, entry) => Math.max(newest, newestChange(join(path, entry))),
    stats.mtimeMs,
  );
};

const builtAt = (): number => {
  const index = join(CLIENT_DIST, 'index.html');
  return existsSync(index) ? statSync(index).mtimeMs : 0;
};

/** Builds the client with Vite when client/dist is missing or older than its sources. */
export const ensureClientBuilt = async (): Promise<void> => {
  const sources = Math.max(...CLIENT_SOURCES.map(newestChange));
  if (builtAt() > sources) return;
  const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  try {
    await promisify(execFile)(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
      cwd: REPO_ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const output = error as { stdout?: string; stderr?: string };
    throw new Error(`vite build failed:\n${output.stdout ?? ''}${output.stderr ?? String(error)}`);
  }
};

export interface AppServer {
  /** The origin the pages are served from, e.g. http://127.0.0.1:41234. */
  origin: string;
  /** Kills the process at once (SIGKILL), as a crash or a pulled plug would. */
  crash(): Promise<void>;
  /** Starts it again on the same port and DATA_DIR, so the pages' origin stays the same. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** The real server as a child process on an ephemeral port, serving client/dist, with a temporary DATA_DIR. */
export const startAppServer = async (): Promise<AppServer> => {
  await ensureClientBuilt();
  const dataDir = await tempDataDir();
  let server = await spawnServer(dataDir, { CLIENT_DIST });
  const { port } = server;
  return {
    origin: server.url,
    crash: () => server.crash(),
    async restart() {
      server = await spawnServer(dataDir, { CLIENT_DIST, PORT: String(port) });
    },
    async stop() {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
};
