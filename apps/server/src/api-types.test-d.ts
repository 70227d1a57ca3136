import type {
  Devices,
  Health,
  Overview,
  Session,
  SignInAnswer,
  Stores,
  Traffic,
} from '@footfall/contract';
import type { hc, InferRequestType, InferResponseType } from 'hono/client';
import { describe, expectTypeOf, it } from 'vitest';
import type { AppType } from './app.ts';

// What the web app's typed client infers is exactly what the contract says each route answers.
type Api = ReturnType<typeof hc<AppType>>['api'];

describe('hc<AppType>', () => {
  it('should infer the health answer of the contract', () => {
    expectTypeOf<InferResponseType<Api['health']['$get'], 200>>().toEqualTypeOf<Health>();
  });

  it('should infer the devices answer of the contract', () => {
    expectTypeOf<InferResponseType<Api['devices']['$get'], 200>>().toEqualTypeOf<Devices>();
  });

  it('should infer the stores answer of the contract', () => {
    expectTypeOf<InferResponseType<Api['stores']['$get'], 200>>().toEqualTypeOf<Stores>();
  });

  it("should infer a device's or a store's traffic answer of the contract", () => {
    expectTypeOf<InferResponseType<Api['traffic']['$get'], 200>>().toEqualTypeOf<Traffic>();
  });

  it('should take compare= on traffic and the overview as the comparison kinds', () => {
    type Kind = 'previous' | 'week' | 'year' | undefined;
    expectTypeOf<
      InferRequestType<Api['traffic']['$get']>['query']['compare']
    >().toEqualTypeOf<Kind>();
    expectTypeOf<
      InferRequestType<Api['overview']['$get']>['query']['compare']
    >().toEqualTypeOf<Kind>();
  });

  it('should infer the overview answer of the contract', () => {
    expectTypeOf<InferResponseType<Api['overview']['$get'], 200>>().toEqualTypeOf<Overview>();
  });

  it('should infer the session and sign-in answers of the contract', () => {
    expectTypeOf<InferResponseType<Api['session']['$get'], 200>>().toEqualTypeOf<Session>();
    expectTypeOf<InferResponseType<Api['session']['$post'], 200>>().toEqualTypeOf<SignInAnswer>();
  });
});
