export { createSandbox, type Sandbox, type SandboxOptions } from './app.ts';
export { CALL_LOG_LIMIT, type SandboxCall } from './call-log.ts';
export {
  EXPIRED_ACCOUNT,
  PUBLISHED_VECTOR_ACCOUNT,
  SANDBOX_ACCOUNT,
  SANDBOX_GATEWAY_URL,
  type SandboxAccount,
} from './accounts.ts';
export { DEMO_DEVICES, FAULT_MACS, type DemoDevice, type FaultDevice } from './devices.ts';
export { generatedDevices, MAX_GENERATED_STORES } from './estate.ts';
export type { CallFault, Malformed, SandboxFaults } from './faults.ts';
export { PARAM_INVALID } from './passenger-params.ts';
export type { LabelFormat, ListKey, ResponseShape } from './render.ts';
export { startSandboxServer, type SandboxServer, type SandboxServerOptions } from './server.ts';
