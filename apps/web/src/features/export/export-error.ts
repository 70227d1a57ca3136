/** A failed export, in the user's language. */
import { ExportError } from '../../domain/export-problem.ts';
import type { Messages } from '../../i18n/messages.ts';

/**
 * The text for a failed export; anything that is not an `ExportError` is the generic failure.
 *
 * @example exportErrorText(new ExportError('noChart'), MESSAGES.en) // 'There is no chart to export.'
 */
export function exportErrorText(error: unknown, t: Messages): string {
  return t.exportErrors[error instanceof ExportError ? error.problem : 'failed'];
}
