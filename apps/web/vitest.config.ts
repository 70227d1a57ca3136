import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';

export default defineProject({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    // jsdom renders of the whole chart take seconds on a busy 2-core machine; 5 s flakes there.
    testTimeout: 15_000,
    // The device zones in the fixtures (Asia/Shanghai) differ from this one on purpose: labels must
    // follow the device, never the process.
    env: { TZ: 'America/Los_Angeles' },
  },
});
