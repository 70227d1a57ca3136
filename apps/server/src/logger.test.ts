import { describe, expect, it } from 'vitest';
import { createLogger, type LogLevel } from './logger.ts';

describe('createLogger', () => {
  const collect = (level: LogLevel, redact?: string[]) => {
    const lines: string[] = [];
    const logger = createLogger({
      level,
      write: (line) => lines.push(line),
      now: () => 0,
      ...(redact ? { redact } : {}),
    });
    return { logger, lines };
  };

  it('should drop lines below its level', () => {
    const { logger, lines } = collect('warn');
    logger.debug('a');
    logger.info('b');
    logger.warn('c');
    logger.error('d');
    expect(lines).toEqual(['1970-01-01T00:00:00.000Z WARN c', '1970-01-01T00:00:00.000Z ERROR d']);
  });

  it('should mask a secret wherever it appears', () => {
    const { logger, lines } = collect('debug', ['s3cret']);
    logger.error('failed with s3cret inside');
    expect(lines).toEqual(['1970-01-01T00:00:00.000Z ERROR failed with [redacted] inside']);
  });
});
