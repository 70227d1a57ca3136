import { describe, expect, it } from 'vitest';
import { OpretailError, gatewayError } from './errors.ts';

describe('gatewayError', () => {
  it('should explain a documented code from the table, whatever name the gateway sent', () => {
    expect(gatewayError(-500, 'SOMETHING_ELSE', 2)).toMatchObject({
      kind: 'gateway',
      gatewayCode: -500,
      gatewayName: 'API_SYSTEM_CALL_ERROR',
      message: 'The Opretail platform had a fault; try again shortly.',
      attempts: 2,
    });
  });

  it('should name an undocumented code as the gateway did, kept short', () => {
    expect(gatewayError(42, undefined, 1).gatewayName).toBe('UNDOCUMENTED');
    expect(gatewayError(42, '', 1).gatewayName).toBe('UNDOCUMENTED');
    expect(gatewayError(42, 'X'.repeat(500), 1).gatewayName).toHaveLength(64);
  });
});

describe('OpretailError', () => {
  it('should be an Error that callers can tell apart by kind', () => {
    const error = new OpretailError({ kind: 'timeout', message: 'slow', attempts: 2 });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('OpretailError');
    expect(error).toMatchObject({ kind: 'timeout', message: 'slow', attempts: 2 });
  });
});
