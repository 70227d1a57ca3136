/**
 * The platform client the server uses: the real gateway in live mode, the embedded sandbox (in
 * memory, no port) in sandbox mode.
 */
import { createOpretailClient, type OpretailClient } from '@footfall/opretail';
import {
  createSandbox,
  DEMO_DEVICES,
  generatedDevices,
  SANDBOX_ACCOUNT,
  SANDBOX_GATEWAY_URL,
  type Sandbox,
} from '@footfall/sandbox';
import type { Config } from './env.ts';
import { parseDevices, type Device } from './devices.ts';

/**
 * A client on `sandbox`, through `fetch` (defaults to the sandbox's own: tests wrap it to count).
 *
 * @example const client = sandboxClient(createSandbox());
 */
export function sandboxClient(
  sandbox: Sandbox,
  options: {
    now?: () => number;
    fetch?: (request: Request) => Promise<Response>;
    timeoutMs?: number;
    sleep?: (ms: number) => Promise<void>;
  } = {},
): OpretailClient {
  const send = options.fetch ?? sandbox.fetch;
  return createOpretailClient({
    ...SANDBOX_ACCOUNT,
    gatewayUrl: SANDBOX_GATEWAY_URL,
    fetch: (input, init) => send(new Request(input, init)),
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.sleep === undefined ? {} : { sleep: options.sleep }),
  });
}

/**
 * The client for the configured mode: in sandbox mode, an embedded sandbox serving the demo
 * estate or `SANDBOX_STORES` generated stores, each call waiting `SANDBOX_LATENCY_MS`.
 *
 * @example const upstream = createUpstream(parseEnv(process.env), Date.now);
 */
export function createUpstream(config: Config, now: () => number): OpretailClient {
  if (config.credentials === undefined) {
    const { stores, latencyMs } = config.sandbox;
    const sandbox = createSandbox({ now, latencyMs, ...(stores === undefined ? {} : { stores }) });
    return sandboxClient(sandbox, { now });
  }
  return createOpretailClient({
    ...config.credentials,
    aid: config.aid,
    signMethod: config.signMethod,
    gatewayUrl: config.gatewayUrl,
    timezone: config.timezone,
    now,
  });
}

/**
 * The embedded sandbox's devices, read like a DEVICES_FILE (so they meet the same rules): the
 * demo devices, or those of a generated estate of `stores` stores (`SANDBOX_STORES`).
 *
 * @example demoDevices('Asia/Shanghai').length // 9
 * @example demoDevices('Asia/Shanghai', 300).length // 900
 */
export function demoDevices(defaultTimezone: string, stores?: number): Device[] {
  return parseDevices(
    stores === undefined ? DEMO_DEVICES : generatedDevices(stores),
    defaultTimezone,
  );
}
