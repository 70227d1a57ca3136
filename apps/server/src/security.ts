/**
 * The security headers every answer carries: a CSP limited to this origin, no framing, no MIME
 * sniffing, a referrer policy. One set of options, used by the middleware and by the cached-answer
 * fast path (which reads the exact headers the middleware would set).
 */
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

const OPTIONS: Parameters<typeof secureHeaders>[0] = {
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    // The chart library positions tooltips and legends with inline styles.
    styleSrc: ["'self'", "'unsafe-inline'"],
    // The PNG export draws the chart through data: and blob: images.
    imgSrc: ["'self'", 'data:', 'blob:'],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  referrerPolicy: 'strict-origin-when-cross-origin',
  xFrameOptions: 'DENY',
  // Legacy headers modern browsers ignore, and HSTS, which belongs to whatever terminates TLS in
  // front of this plain-HTTP server: each costs bytes on every answer.
  strictTransportSecurity: false,
  xXssProtection: false,
  xDownloadOptions: false,
  xDnsPrefetchControl: false,
  xPermittedCrossDomainPolicies: false,
  originAgentCluster: false,
};

/**
 * The middleware setting the security headers.
 *
 * @example app.use(securityHeaders())
 */
export function securityHeaders() {
  return secureHeaders(OPTIONS);
}

/**
 * The headers {@link securityHeaders} sets, as a plain object (lower-case names), read once from
 * the middleware itself so the two can never differ.
 *
 * @example const headers = await securityHeaderValues(); headers['x-frame-options'] // 'DENY'
 */
export async function securityHeaderValues(): Promise<Record<string, string>> {
  const probe = new Hono().use(securityHeaders()).get('/', (c) => c.body(null, 204));
  const response = await probe.request('/');
  return Object.fromEntries(response.headers);
}
