import { readFileSync } from 'node:fs';
import { ConfigError } from './env.ts';

/**
 * Reads a JSON file named by a variable at start-up; an unreadable file or one that is not JSON
 * is a `ConfigError` naming the variable.
 *
 * @example readJsonFile('DEVICES_FILE', '/etc/footfall/devices.json')
 */
export function readJsonFile(variable: string, path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`${variable}: cannot read ${path}: ${reason}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ConfigError(`${variable}: ${path} is not valid JSON`);
  }
}
