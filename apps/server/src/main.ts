/**
 * Start-up: read the configuration, load the devices, build the app and serve it until SIGTERM or
 * SIGINT, when in-flight requests finish before the process exits.
 */
import { chunkCacheBytes, createApp } from './app.ts';
import { createAuth } from './auth/setup.ts';
import { loadDevicesFile } from './devices.ts';
import { ConfigError, parseEnv } from './env.ts';
import { createLogger } from './logger.ts';
import { startServer } from './server.ts';
import { connectRedis } from './shared/redis.ts';
import { groupStores } from './stores.ts';
import { createTrafficService } from './traffic-service.ts';
import { createUpstream, demoDevices } from './upstream.ts';
import { createWarmer } from './warming.ts';

async function main(): Promise<void> {
  const config = parseEnv(process.env);
  const logger = createLogger({
    level: config.logLevel,
    redact: [
      ...(config.credentials ? [config.credentials.secret] : []),
      ...(config.auth.mode === 'oidc' ? [config.auth.clientSecret] : []),
    ],
  });
  if (config.mode === 'live' && config.auth.mode === 'none') {
    logger.warn(
      'AUTH=none: anyone who reaches this server sees every store. Use it only behind a proxy that signs users in.',
    );
  }
  const devices = config.devicesFile
    ? loadDevicesFile(config.devicesFile, config.timezone)
    : config.mode === 'sandbox'
      ? demoDevices(config.timezone, config.sandbox.stores)
      : [];
  if (devices.length === 0) {
    logger.warn('No devices are configured: set DEVICES_FILE to list them.');
  }
  const shared = config.redisUrl === undefined ? undefined : connectRedis(config.redisUrl, logger);
  const storeIds = groupStores(devices).map(({ store }) => store.id);
  const auth = await createAuth(config, storeIds, logger, shared);
  const upstream = createUpstream(config, Date.now);
  const service = createTrafficService({
    upstream,
    now: Date.now,
    cacheMaxBytes: chunkCacheBytes(config.cacheMaxBytes),
    concurrency: config.platformConcurrency,
    ...(shared ? { shared } : {}),
  });
  const app = createApp({
    config,
    devices,
    auth,
    upstream,
    service,
    logger,
    ...(shared ? { shared } : {}),
  });
  const warmer = createWarmer({
    service,
    devices: () => devices,
    now: Date.now,
    logger,
    platformConcurrency: config.platformConcurrency,
  });
  const server = await startServer({ fetch: app.fetch, port: config.port, host: config.host });
  const source =
    config.mode === 'sandbox' ? 'the embedded sandbox (no credentials set)' : config.gatewayUrl;
  // Signals are handled before the start line announces the server: a SIGTERM sent on seeing
  // it finishes in-flight requests rather than killing the process.
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: finishing in-flight requests, then exiting`);
    warmer.stop();
    void server.close().then(async () => {
      await shared?.close();
      logger.info('Stopped.');
      process.exit(0);
    });
  };
  process.on('SIGTERM', () => {
    stop('SIGTERM');
  });
  process.on('SIGINT', () => {
    stop('SIGINT');
  });

  warmer.start();
  logger.info(
    `Footfall server in ${config.mode} mode on ${server.url}, data from ${source}, ${devices.length} devices, shared state ${shared ? 'in Redis' : 'in memory'}, AUTH=${auth.mode}`,
  );
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError
      ? error.message
      : `Footfall server failed to start: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
