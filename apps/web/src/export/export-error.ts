/** Why a PNG export failed, as a code the screen words in the user's language. */
import type { Messages } from '../i18n/messages.ts';

export type ExportProblem = 'noChart' | 'render' | 'canvas' | 'encode' | 'failed';

export class ExportError extends Error {
  override readonly name = 'ExportError';

  constructor(readonly problem: ExportProblem) {
    super(`PNG export failed: ${problem}`);
  }
}

/**
 * The text for a failed export; anything that is not an `ExportError` is the generic failure.
 *
 * @example exportErrorText(new ExportError('noChart'), MESSAGES.en) // 'There is no chart to export.'
 */
export function exportErrorText(error: unknown, t: Messages): string {
  return t.exportErrors[error instanceof ExportError ? error.problem : 'failed'];
}
