import { defineConfig } from '@playwright/test';

// PW_PORT lets two test runs on one machine use separate preview servers.
const port = Number(process.env.PW_PORT ?? 4173);

/**
 * End-to-end tests run against the production build (`vite preview`), in
 * Debian's Chromium: browser downloads are not possible on our machines.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // One retry on CI, where two workers share two cores with the preview server and timing is at
  // its least even (a headless Chromium window once stopped drawing there for minutes). A test that passes only on its retry is
  // reported as flaky, by name, in docs/quality.md; one that fails twice fails the run.
  retries: process.env.CI ? 1 : 0,
  // The JSON report feeds docs/quality.md (scripts/quality-report.mjs).
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    // A Swedish browser, as most learners have: a first visit follows the browser's language.
    locale: 'sv-SE',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
