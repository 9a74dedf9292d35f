/**
 * Real servers for integration tests: in-process on an ephemeral port with a temporary SQLite
 * store (optionally a fake clock), or as a child process (`node --import tsx server/src/main.ts`, sources, no build)
 * that a test can SIGKILL and start again on the same DATA_DIR.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { CreateMeetingResponse, SettingsPatch } from '@percolate/shared';
import { type Application, createApplication } from '../../server/src/app.js';
import type { Clock } from '../../server/src/clock.js';
import type { ConfigOverrides } from '../../server/src/config.js';
import type { Logger } from '../../server/src/logger.js';
import type { Metrics } from '../../server/src/metrics/metrics.js';
import { timedStore } from '../../server/src/metrics/timedStore.js';
import { openSqliteStore, SQLITE_FILE_NAME, type Store } from '../../server/src/store/index.js';
import { RUN_TYPESCRIPT } from './runTypeScript.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CreatedMeeting extends CreateMeetingResponse {
  facilitatorKey: string;
}

/** Creates a meeting over HTTP and pulls the facilitator key out of the URL's fragment. */
export const createMeeting = async (
  baseUrl: string,
  title = 'CoP Lean Coffee',
  settings?: SettingsPatch,
): Promise<CreatedMeeting> => {
  const response = await fetch(`${baseUrl}/api/meetings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title, ...(settings ? { settings } : {}) }),
  });
  if (response.status !== 201) {
    throw new Error(`creating a meeting: ${response.status} ${await response.text()}`);
  }
  const created = (await response.json()) as CreateMeetingResponse;
  const facilitatorKey = new URL(created.facilitatorUrl).hash.replace(/^#key=/, '');
  return { ...created, facilitatorKey };
};

export const tempDataDir = (): Promise<string> => mkdtemp(join(tmpdir(), 'percolate-test-'));

export interface TestServer {
  url: string;
  port: number;
  application: Application;
  store: Store;
  dataDir: string;
  createMeeting(title?: string, settings?: SettingsPatch): Promise<CreatedMeeting>;
  /** Stops the server and closes the store; `keepData` leaves DATA_DIR for a restart. */
  close(options?: { keepData?: boolean }): Promise<void>;
}

export interface TestServerOptions {
  clock?: Clock;
  config?: ConfigOverrides;
  /** Reuse a data directory (a restart); a fresh temporary one by default. */
  dataDir?: string;
  /** Another store than SQLite under dataDir (PostgreSQL); closed with the server. */
  openStore?: () => Promise<Store>;
  /** Metrics to count into (the store's appends timed, as main.ts does). */
  metrics?: Metrics;
  logger?: Logger;
}

export const startTestServer = async (options: TestServerOptions = {}): Promise<TestServer> => {
  const dataDir = options.dataDir ?? (await tempDataDir());
  const opened = options.openStore
    ? await options.openStore()
    : openSqliteStore({ file: join(dataDir, SQLITE_FILE_NAME) });
  const store = options.metrics ? timedStore(opened, options.metrics) : opened;
  const application = createApplication({
    store,
    communities: store,
    deliveries: store,
    ...(options.metrics ? { metrics: options.metrics } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    config: { clientDist: null, ...options.config },
    readiness: { store: () => store.ping() },
  });
  await new Promise<void>((resolve) => application.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = application.httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    port,
    application,
    store,
    dataDir,
    createMeeting: (title, settings) => createMeeting(url, title, settings),
    async close({ keepData = false } = {}) {
      await application.close();
      await store.close();
      if (!keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };
};

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything the process wrote on stderr (its JSON log lines). */
  stderr: () => string;
  /** Kills it at once (no shutdown, no flush): a crash. */
  crash(): Promise<void>;
  /** SIGTERM, then waits for it to exit. */
  stop(): Promise<void>;
}

/** Generous: two nodes starting at once on a busy 2-core machine took over 30 s. */
const STARTUP_TIMEOUT_MS = 90_000;

/** Resolves once the child process has exited (at once if it already has). */
export const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));

/**
 * Runs the real entry point as its own process and waits for its listening line. `root`: the
 * checkout whose sources run (the bench compares another commit's server with this one).
 */
export const spawnServer = async (
  dataDir: string,
  env: NodeJS.ProcessEnv = {},
  root: string = REPO_ROOT,
): Promise<ServerProcess> => {
  const child = spawn(process.execPath, [...RUN_TYPESCRIPT, 'server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      CLIENT_DIST: join(dataDir, 'no-client'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within ${STARTUP_TIMEOUT_MS} ms:\n${stderr}`));
    }, STARTUP_TIMEOUT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening:\n${stderr}`));
    });
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      try {
        const message = JSON.parse(line) as { event?: string; port?: number };
        if (message.event === 'listening' && typeof message.port === 'number') {
          clearTimeout(timer);
          resolve(message.port);
        }
      } catch {
        // Not our JSON line.
      }
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    stderr: () => stderr,
    async crash() {
      child.kill('SIGKILL');
      await exited(child);
    },
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
};
