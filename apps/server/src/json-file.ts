import { readFileSync } from 'node:fs';
import type { z } from 'zod';
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

/**
 * An entry of such a file as a start-up error names it: its place, and its `key` when it has one.
 *
 * @example describeEntry('DEVICES_FILE', 0, { mac: 'd47c44906f14' }, 'mac') // 'DEVICES_FILE entry 1 (mac "d47c44906f14")'
 */
export function describeEntry(variable: string, index: number, raw: unknown, key: string): string {
  const value: unknown =
    typeof raw === 'object' && raw !== null ? Reflect.get(raw, key) : undefined;
  return `${variable} entry ${index + 1}${typeof value === 'string' ? ` (${key} "${value}")` : ''}`;
}

/**
 * One entry read with `schema`, or a `ConfigError` naming the entry (`where`) and each rule it
 * breaks.
 *
 * @example const entry = parseEntry(entrySchema, item, describeEntry('USERS_FILE', 0, item, 'username'));
 */
export function parseEntry<S extends z.ZodType>(
  schema: S,
  item: unknown,
  where: string,
): z.infer<S> {
  const parsed = schema.safeParse(item);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) =>
      issue.path.length === 0 ? 'must be an object' : issue.message,
    );
    throw new ConfigError(`${where}: ${problems.join('; ')}`);
  }
  return parsed.data;
}
