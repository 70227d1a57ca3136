/** `d47c44906f14` → `d4:7c:44:90:6f:14`, the way MACs are printed on devices. */
export function formatMac(mac: string): string {
  const hex = mac.replace(/[:-]/g, '').toLowerCase();
  return hex.match(/.{1,2}/g)?.join(':') ?? hex;
}
