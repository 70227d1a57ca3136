/**
 * Device MACs: the platform's form (12 lowercase hex digits), the forms people write, and the
 * form printed on devices. The one home of the MAC rule, shared by server, web and sandbox.
 */

const PLATFORM_MAC = /^[0-9a-f]{12}$/;

/**
 * Whether `text` is a device MAC as the platform takes it: 12 lowercase hex digits.
 *
 * @example isPlatformMac('d47c44906f14') // true
 */
export function isPlatformMac(text: string): boolean {
  return PLATFORM_MAC.test(text);
}

/**
 * Normalises a MAC written with `:` or `-` separators or in capitals, or returns `undefined`
 * when it is not one.
 *
 * @example normalizeMac('D4:7C:44:90:6F:14') // 'd47c44906f14'
 */
export function normalizeMac(text: string): string | undefined {
  const mac = text.trim().replace(/[:-]/g, '').toLowerCase();
  return isPlatformMac(mac) ? mac : undefined;
}

/**
 * A platform MAC the way it is printed on devices.
 *
 * @example formatMac('d47c44906f14') // 'd4:7c:44:90:6f:14'
 */
export function formatMac(mac: string): string {
  return (normalizeMac(mac) ?? mac).replace(/(..)(?!$)/g, '$1:');
}
