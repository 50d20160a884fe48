import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests against the built app, started by scripts/start.mjs with its own embedded database
 * (VIGIE_DATA_DIR=.data/e2e, never the dev data). Run through `npm run test:e2e` (scripts/e2e.mjs),
 * which finds a Chromium and passes it as CHROMIUM_PATH.
 */
// E2E_PORT / E2E_PG_PORT: several checkouts can run their e2e tiers side by side.
const PORT = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://localhost:${PORT}`;
const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: "tests/e2e",
  forbidOnly: isCI,
  retries: 0,
  workers: 2,
  // Each sign-in has a second step (TOTP, tests/e2e/fixtures.ts), which may wait for a fresh 30-second code.
  timeout: 90_000,
  // A loaded 2-core machine (several checkouts testing at once) answers a save in more than 5 s at times.
  expect: { timeout: 10_000 },
  reporter: isCI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      // Unset: Playwright's own browser (after `npx playwright install chromium`).
      executablePath: process.env.CHROMIUM_PATH || undefined,
      // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start. The rest keeps an
      // offline browser from reaching out to Google services.
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    {
      name: "desktop",
      testIgnore: /\.phone\.spec\.ts$/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } },
    },
    {
      name: "phone",
      testMatch: /\.phone\.spec\.ts$/,
      use: { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    },
  ],
  webServer: {
    command: `node scripts/start.mjs -p ${PORT}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: !isCI,
    // First run: next build + initdb + demo seed.
    timeout: 300_000,
    env: {
      VIGIE_DATA_DIR: ".data/e2e",
      // Next to a running `npm start` (54329).
      EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? "54330",
      // Empty values win over the caller's environment: always the embedded database with demo data.
      DATABASE_URL: "",
      SEED_DEMO: "",
      APP_URL: baseURL,
      // The demo has 3 employers with cases: the admin's employer filter searches by name, a rep's lists.
      CASE_FILTER_EMPLOYER_LIST_MAX: "2",
      // Every spec's browser is the same socket (127.0.0.1): one throttle bucket for the whole run.
      REPORT_MAX_SUBMISSIONS_PER_CLIENT: "200",
      REPORT_MAX_RECEIPT_FAILURES_PER_CLIENT: "200",
    },
    // Lets start.mjs stop Next then PostgreSQL instead of being SIGKILLed.
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    stdout: "pipe",
  },
});
