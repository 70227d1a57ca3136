/**
 * A small leveled logger writing one line per event. Any secret it is given is masked in every
 * line, as a last line of defence: nothing should try to log one in the first place.
 */

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface LoggerOptions {
  level: LogLevel;
  /** Receives each finished line; defaults to stdout (debug, info) and stderr (warn, error). */
  write?: (line: string, level: LogLevel) => void;
  /** Strings that must never appear in a line (the Opretail secret). */
  redact?: readonly string[];
  now?: () => number;
}

const defaultWrite = (line: string, level: LogLevel): void => {
  const stream = level === 'warn' || level === 'error' ? process.stderr : process.stdout;
  stream.write(`${line}\n`);
};

/**
 * A logger that drops lines below `level` and masks every `redact` string.
 *
 * @example createLogger({ level: 'warn' }).info('dropped')
 */
export function createLogger(options: LoggerOptions): Logger {
  const { write = defaultWrite, now = Date.now } = options;
  const secrets = (options.redact ?? []).filter((secret) => secret.length > 0);
  const threshold = LOG_LEVELS.indexOf(options.level);
  // One timestamp text per millisecond: a busy server logs many lines in the same one.
  let stampedAt = Number.NaN;
  let stamp = '';
  const timestamp = (): string => {
    const at = now();
    if (at !== stampedAt) {
      stampedAt = at;
      stamp = new Date(at).toISOString();
    }
    return stamp;
  };
  const emit = (level: LogLevel, message: string): void => {
    if (LOG_LEVELS.indexOf(level) < threshold) return;
    let line = `${timestamp()} ${level.toUpperCase()} ${message}`;
    for (const secret of secrets) line = line.replaceAll(secret, '[redacted]');
    write(line, level);
  };
  return {
    debug: (message) => {
      emit('debug', message);
    },
    info: (message) => {
      emit('info', message);
    },
    warn: (message) => {
      emit('warn', message);
    },
    error: (message) => {
      emit('error', message);
    },
  };
}
