import { describe, expect, it } from 'vitest';
import { isFinal, nextDayTurn, TODAY_TTL_MS, validUntil } from './finality.ts';

const SHANGHAI = 'Asia/Shanghai';
/** An instant given as Shanghai's wall time (UTC+8, no DST). */
const shanghai = (wall: string): number => Date.parse(`${wall}+08:00`);
const day = (text: string): number => Date.parse(`${text}T00:00:00Z`);

describe('validUntil', () => {
  it("should keep today's rows for a minute after they were fetched", () => {
    const fetched = shanghai('2024-05-15T10:00:00');
    expect(validUntil(fetched, day('2024-05-15'), SHANGHAI)).toBe(fetched + TODAY_TTL_MS);
    expect(validUntil(fetched, day('2024-05-20'), SHANGHAI)).toBe(fetched + TODAY_TTL_MS);
  });

  it('should make a day final once fetched after 06:00 the next day', () => {
    expect(isFinal(shanghai('2024-05-15T06:00:00'), day('2024-05-14'), SHANGHAI)).toBe(true);
    expect(isFinal(shanghai('2024-05-15T10:00:00'), day('2024-05-01'), SHANGHAI)).toBe(true);
  });

  it('should keep yesterday fetched before 06:00 until 06:00, to be read once more then', () => {
    const fetched = shanghai('2024-05-15T00:30:00');
    expect(validUntil(fetched, day('2024-05-14'), SHANGHAI)).toBe(shanghai('2024-05-15T06:00:00'));
    expect(isFinal(fetched, day('2024-05-13'), SHANGHAI)).toBe(true);
  });

  it("should read the 06:00 of the subject's zone across a DST change", () => {
    // Berlin springs forward on 2026-03-29 at 02:00: 06:00 that day is 04:00 UTC.
    const fetched = Date.parse('2026-03-29T00:30:00Z'); // 01:30 in Berlin
    expect(validUntil(fetched, day('2026-03-28'), 'Europe/Berlin')).toBe(
      Date.parse('2026-03-29T04:00:00Z'),
    );
  });
});

describe('nextDayTurn', () => {
  it('should be the next 06:00 or midnight of the earliest zone', () => {
    expect(nextDayTurn(shanghai('2024-05-15T10:00:00'), [SHANGHAI])).toBe(
      shanghai('2024-05-16T00:00:00'),
    );
    expect(nextDayTurn(shanghai('2024-05-15T03:00:00'), [SHANGHAI])).toBe(
      shanghai('2024-05-15T06:00:00'),
    );
    // 10:00 in Shanghai is 04:00 in Berlin (summer): Berlin's 06:00 comes first.
    expect(nextDayTurn(shanghai('2024-05-15T10:00:00'), [SHANGHAI, 'Europe/Berlin'])).toBe(
      Date.parse('2024-05-15T04:00:00Z'),
    );
  });

  it('should have no turn without zones', () => {
    expect(nextDayTurn(0, [])).toBe(Infinity);
  });
});
