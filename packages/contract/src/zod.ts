/**
 * The one zod of the contract, configured before any schema is built. zod probes for
 * `new Function` when a schema is built, to compile parsers; the server's CSP forbids eval, so in
 * the browser the probe would log a violation on every load. Interpreted parsing is plenty fast
 * for these bodies, on the server too.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
