/**
 * Debian's Chromium, shared by the Playwright config and the web bench: never a downloaded
 * browser. The flags keep it quiet and predictable on a small CI machine.
 */
export const CHROMIUM_LAUNCH_OPTIONS = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
