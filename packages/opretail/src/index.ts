export * from './sign.ts';
export * from './gateway-codes.ts';
