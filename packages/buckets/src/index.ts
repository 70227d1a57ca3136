export * from './bucket.ts';
export * from './calendar.ts';
export * from './chunk.ts';
export * from './compare.ts';
export * from './granularity.ts';
export * from './range.ts';
export * from './wall-time.ts';
export * from './zone.ts';
