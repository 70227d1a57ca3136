export * from './bodies.ts';
export * from './errors.ts';
export * from './mac.ts';
export * from './queries.ts';
export * from './session.ts';
