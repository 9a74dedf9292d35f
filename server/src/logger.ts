/** A minimal structured logger: one JSON object per line on stderr (stdout is for the listening line). */

export const LogLevel = { Debug: 'debug', Info: 'info', Warn: 'warn', Error: 'error' } as const;
export type LogLevel = (typeof LogLevel)[keyof typeof LogLevel];

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export const isLogLevel = (value: unknown): value is LogLevel =>
  typeof value === 'string' && Object.hasOwn(RANK, value);

/** Errors do not survive JSON.stringify; keep what helps to read a log. */
const serialisable = (fields: LogFields): LogFields =>
  Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [
      key,
      value instanceof Error
        ? { name: value.name, message: value.message, stack: value.stack }
        : value,
    ]),
  );

export const createLogger = (
  minimum: LogLevel = LogLevel.Info,
  write: (line: string) => void = (line) => process.stderr.write(line),
): Logger => {
  const log = (level: LogLevel, message: string, fields: LogFields = {}) => {
    if (RANK[level] < RANK[minimum]) return;
    const entry = { time: new Date().toISOString(), level, message, ...serialisable(fields) };
    write(`${JSON.stringify(entry)}\n`);
  };
  return {
    debug: (message, fields) => log(LogLevel.Debug, message, fields),
    info: (message, fields) => log(LogLevel.Info, message, fields),
    warn: (message, fields) => log(LogLevel.Warn, message, fields),
    error: (message, fields) => log(LogLevel.Error, message, fields),
  };
};

/** For tests: logs nothing. */
export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
};
