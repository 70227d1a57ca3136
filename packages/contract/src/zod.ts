/**
 * The one zod of the contract, configured before any schema is built. It is zod 4's `zod/mini`:
 * the web app parses every answer with these schemas, and mini's functions tree-shake where
 * classic zod's methods cannot, so the browser ships a fraction of zod. Mini loads no locale:
 * every message a refused query or sign-in carries is given in its schema.
 *
 * zod probes for `new Function` when a schema is built, to compile parsers; the server's CSP
 * forbids eval, so in the browser the probe would log a violation on every load. Interpreted
 * parsing is plenty fast for these bodies, on the server too.
 */
import { z } from 'zod/mini';

z.config({ jitless: true });

export { z };
