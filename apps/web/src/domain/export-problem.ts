/** Why an export failed, as a code the screen words in the user's language. */
export type ExportProblem = 'noChart' | 'render' | 'canvas' | 'encode' | 'failed';

export class ExportError extends Error {
  override readonly name = 'ExportError';

  constructor(readonly problem: ExportProblem) {
    super(`PNG export failed: ${problem}`);
  }
}
