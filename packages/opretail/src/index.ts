export * from './client.ts';
export * from './errors.ts';
export * from './gateway-codes.ts';
export * from './request.ts';
export * from './response.ts';
export * from './retry.ts';
export * from './sign.ts';
export * from './transport.ts';
