/** When the app may start: after the first paint is on screen, without waiting long for it. */

/** Resolves once the browser has painted the current DOM. */
export const nextPaint = (): Promise<void> =>
  new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });

/**
 * Resolves when the first paint (true when it drew) is on screen, when it gave up, or after
 * `waitMs`, whichever comes first. Running the app's modules is one long task: started before
 * this, it would hold the first paint's frame back.
 *
 * @example await afterFirstPaint(paintFirstView(root, response, 'en'), 500)
 */
export function afterFirstPaint(firstPaint: Promise<boolean>, waitMs: number): Promise<void> {
  return Promise.race([
    firstPaint.then((drawn) => (drawn ? nextPaint() : undefined)),
    new Promise<void>((resolve) => setTimeout(resolve, waitMs)),
  ]);
}
