/**
 * The audit trail: one line per sign-in, sign-out and refusal, giving the event, its outcome, the
 * user and the client address. It takes no password, hash, session id or token, so it cannot
 * write one; the username is quoted, so a crafted one cannot forge a line.
 */
import type { Logger } from '../logger.ts';

export type AuditEvent = 'sign-in' | 'sign-out' | 'refused';

export interface AuditEntry {
  event: AuditEvent;
  /** `success`, or why it failed (`invalid-credentials`, `rate-limited`, `foreign-origin`, …). */
  outcome: string;
  /** The username given or signed in (`undefined`: none was). */
  user: string | undefined;
  address: string;
  /** What a refusal was about, when it names a thing (`store ginza`). */
  subject?: string;
}

export type Audit = (entry: AuditEntry) => void;

/**
 * @example createAudit(logger)({ event: 'sign-in', outcome: 'success', user: 'mei', address: '203.0.113.7' })
 */
export function createAudit(logger: Logger): Audit {
  return ({ event, outcome, user, address, subject }) => {
    const about = subject === undefined ? '' : ` subject=${JSON.stringify(subject)}`;
    const line = `AUDIT ${event} outcome=${outcome} user=${user === undefined ? '-' : JSON.stringify(user)} address=${JSON.stringify(address)}${about}`;
    if (outcome === 'success') logger.info(line);
    else logger.warn(line);
  };
}
