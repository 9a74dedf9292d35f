/**
 * The application our bench server runs. By default the compiled build (server/dist, whose
 * `@percolate/shared` resolves to shared/dist), as `npm start` runs it in production; with
 * `--app source` the TypeScript sources through tsx. The two differ in cost: tsx compiles with
 * esbuild's keepNames, which wraps every function a hot path creates in a `__name` call.
 */
import { APP_ENV } from './messages.js';

type AppModule = typeof import('../../server/src/app.js');
type ClusterModule = typeof import('../../server/src/cluster/joinCluster.js');
type EnvModule = typeof import('../../server/src/env.js');
type LoggerModule = typeof import('../../server/src/logger.js');
type StoreModule = typeof import('../../server/src/store/index.js');

const root = new URL(
  process.env[APP_ENV] === 'source' ? '../../server/src/' : '../../server/dist/',
  import.meta.url,
);
const load = <Module>(path: string): Promise<Module> => import(new URL(path, root).href);

const [app, cluster, env, logger, store] = await Promise.all([
  load<AppModule>('app.js'),
  load<ClusterModule>('cluster/joinCluster.js'),
  load<EnvModule>('env.js'),
  load<LoggerModule>('logger.js'),
  load<StoreModule>('store/index.js'),
]);

export const { createApplication } = app;
export const { connectCluster } = cluster;
export const { readEnv } = env;
export const { createLogger, LogLevel } = logger;
export const { openPostgresStore, openSqliteStore } = store;
