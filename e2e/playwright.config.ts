import { randomBytes } from 'node:crypto';
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './find-browser.ts';

// Its own port, so a course you have open with `npm start` (4321) never gets in the way.
const port = Number(process.env.E2E_PORT ?? 4329);
export const baseURL = `http://127.0.0.1:${port}`;
// The browser gets the cookie that opening `npm start`'s printed link would set; the server takes
// the key from a test-only variable (src/server/access-key.ts). Set once, so workers inherit it.
process.env.E2E_ACCESS_KEY ??= randomBytes(32).toString('base64url');
const accessKey = process.env.E2E_ACCESS_KEY;
const keyCookie = { name: `course-key-${port}`, value: accessKey, domain: '127.0.0.1', path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Strict' as const };

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../test-results',
  fullyParallel: true,
  // Lessons time real programs: two workers keep a 2-core machine from starving the runs.
  workers: 2,
  // CI gets one retry: two of 101 tests (a fork start-spread check, an editor completion) failed once
  // on a loaded 2-core machine and passed on re-run. Playwright still reports them as "flaky".
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL,
    storageState: { cookies: [keyCookie], origins: [] },
    trace: 'retain-on-failure',
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1400, height: 900 } } }],
  webServer: {
    // The README's `npm start`: a production build served by the course server.
    command: 'npm start',
    cwd: '..',
    url: `${baseURL}/`,
    env: { PORT: String(port), COURSE_ACCESS_KEY_FOR_TESTS: accessKey },
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
