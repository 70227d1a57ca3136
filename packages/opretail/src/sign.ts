/**
 * Request signing, byte for byte as the official Opretail SDKs do it: every sent parameter but
 * `_sig`, sorted by name in UTF-16 code-unit order, concatenated as `name` + `value`, wrapped in
 * the secret on both sides, hashed over UTF-8 and written as uppercase hex.
 */
import { createHash } from 'node:crypto';

export type SignMethod = 'md5' | 'sha1';

export const SIGN_METHODS: readonly SignMethod[] = ['md5', 'sha1'];

/** The parameter that carries the signature; it is never part of what is signed. */
export const SIGNATURE_PARAM = '_sig';

/**
 * Signs request parameters. A parameter with an empty value is signed as its bare name.
 *
 * @example sign({ _aid: 'S107', _akey: 'test' }, 'test', 'md5') // 32 uppercase hex digits
 */
export function sign(
  params: Readonly<Record<string, string>>,
  secret: string,
  method: SignMethod,
): string {
  // Plain sort() compares UTF-16 code units, as the SDKs do; localeCompare would not.
  const names = Object.keys(params)
    .filter((name) => name !== SIGNATURE_PARAM)
    .sort();
  let text = secret;
  for (const name of names) text += name + (params[name] ?? '');
  text += secret;
  return createHash(method).update(text, 'utf8').digest('hex').toUpperCase();
}
