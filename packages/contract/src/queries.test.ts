import { describe, expect, it } from 'vitest';
import { overviewQuerySchema, queryProblems, trafficQuerySchema } from './queries.ts';

const day = (text: string): number => Date.parse(`${text}T00:00:00Z`);
const range = { from: '2023-03-29', to: '2023-03-30' };

function problems(query: Record<string, unknown>): string {
  const result = trafficQuerySchema.safeParse(query);
  if (result.success) throw new Error('expected the query to be refused');
  return queryProblems(result.error);
}

describe('trafficQuerySchema', () => {
  it('should read a device query with its defaults', () => {
    expect(trafficQuerySchema.parse({ mac: 'D4:7C:44:90:6F:14', ...range })).toEqual({
      subject: { kind: 'device', mac: 'd47c44906f14' },
      from: day('2023-03-29'),
      to: day('2023-03-30'),
      granularity: 'hour',
      businessHours: false,
    });
  });

  it('should read a store query', () => {
    const query = trafficQuerySchema.parse({
      store: 'flagship',
      ...range,
      granularity: 'week',
      businessHours: 'true',
    });
    expect(query.subject).toEqual({ kind: 'store', id: 'flagship' });
    expect(query.granularity).toBe('week');
    expect(query.businessHours).toBe(true);
  });

  it('should read businessHours=false, as the web app sends it, as all day', () => {
    const query = { mac: 'd47c44906f14', ...range, businessHours: 'false' };
    expect(trafficQuerySchema.parse(query).businessHours).toBe(false);
    expect(overviewQuerySchema.parse({ ...range, businessHours: 'false' }).businessHours).toBe(
      false,
    );
  });

  it('should want exactly one of mac and store', () => {
    expect(problems(range)).toBe('give exactly one of mac and store');
    expect(problems({ ...range, mac: 'd47c44906f14', store: 'flagship' })).toBe(
      'give exactly one of mac and store',
    );
  });

  it('should refuse a value its transform cannot read as a custom issue naming it', () => {
    const result = trafficQuerySchema.safeParse({ mac: 'nope', ...range });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        code: 'custom',
        message: 'mac must be 12 hex digits, e.g. d47c44906f14',
        path: [],
      }),
    ]);
  });

  it('should name each bad parameter', () => {
    expect(problems({ mac: 'nope', ...range })).toBe(
      'mac must be 12 hex digits, e.g. d47c44906f14',
    );
    expect(problems({ store: ' ', ...range })).toBe(
      'store must be a store id of 1 to 200 characters',
    );
    expect(problems({ store: 'x'.repeat(201), ...range })).toBe(
      'store must be a store id of 1 to 200 characters',
    );
    expect(trafficQuerySchema.parse({ store: ` ${'x'.repeat(200)} `, ...range }).subject).toEqual({
      kind: 'store',
      id: 'x'.repeat(200),
    });
    expect(problems({ mac: 'd47c44906f14', from: '2023-02-30', to: '2023-03-01' })).toBe(
      'from must be a real date as YYYY-MM-DD',
    );
    expect(problems({ mac: 'd47c44906f14', from: '2023-03-01' })).toBe(
      'to is required (YYYY-MM-DD)',
    );
    expect(problems({ mac: 'd47c44906f14', ...range, granularity: 'minute' })).toBe(
      'granularity must be one of hour, day, week, month, quarter, year',
    );
    expect(problems({ mac: 'd47c44906f14', ...range, businessHours: 'yes' })).toBe(
      'businessHours must be true or false',
    );
  });

  it('should read compare as one of the comparison kinds, with no default', () => {
    expect(trafficQuerySchema.parse({ mac: 'd47c44906f14', ...range }).compare).toBeUndefined();
    for (const compare of ['previous', 'week', 'year']) {
      expect(trafficQuerySchema.parse({ store: 'flagship', ...range, compare }).compare).toBe(
        compare,
      );
    }
    expect(problems({ mac: 'd47c44906f14', ...range, compare: 'month' })).toBe(
      'compare must be one of previous, week, year',
    );
    expect(problems({ mac: 'd47c44906f14', ...range, compare: '' })).toBe(
      'compare must be one of previous, week, year',
    );
  });

  it('should say when a parameter is given twice', () => {
    expect(problems({ mac: ['d47c44906f14', 'd47c44906f15'], ...range })).toBe(
      'mac must be given once',
    );
    expect(problems({ store: 'a', from: ['2023-03-29', '2023-03-30'], to: '2023-03-30' })).toBe(
      'from must be given once',
    );
    expect(problems({ store: ['a', 'b'], ...range })).toBe('store must be given once');
  });

  it('should name every problem, in order, joined by semicolons', () => {
    expect(problems({ mac: 'd47c44906f14', from: '2023-02-30', to: '2023-02-31' })).toBe(
      'from must be a real date as YYYY-MM-DD; to must be a real date as YYYY-MM-DD',
    );
  });
});

describe('overviewQuerySchema', () => {
  it('should read a range and the business-hours switch', () => {
    expect(overviewQuerySchema.parse({ ...range, businessHours: 'true' })).toEqual({
      from: day('2023-03-29'),
      to: day('2023-03-30'),
      businessHours: true,
    });
  });

  it('should name a missing or impossible day of the range', () => {
    const refused = (query: Record<string, unknown>) => {
      const result = overviewQuerySchema.safeParse(query);
      return result.success ? 'accepted' : queryProblems(result.error);
    };
    expect(refused({ to: '2023-03-30' })).toBe('from is required (YYYY-MM-DD)');
    expect(refused({ from: '2023-03-29', to: '2023-02-30' })).toBe(
      'to must be a real date as YYYY-MM-DD',
    );
  });

  it('should read compare, and refuse a bad one naming it', () => {
    expect(overviewQuerySchema.parse({ ...range, compare: 'year' }).compare).toBe('year');
    expect(overviewQuerySchema.parse(range).compare).toBeUndefined();
    const result = overviewQuerySchema.safeParse({ ...range, compare: 'last' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(queryProblems(result.error)).toBe('compare must be one of previous, week, year');
    }
  });
});
