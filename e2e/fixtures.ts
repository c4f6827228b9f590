/**
 * The `test` every spec uses: it fails a test on any uncaught page error or console error, in any
 * page of the test's browser context. A message may be allowed only with a written reason, here
 * (for every test) or per test with `test.use({ allowedConsoleErrors: [...] })`.
 */
import { test as base, expect } from '@playwright/test';

export interface AllowedError {
  pattern: RegExp;
  reason: string;
}

/** Allowed in every test. */
const ALWAYS_ALLOWED: AllowedError[] = [
  {
    pattern: /^Failed to load resource: net::ERR_NAME_NOT_RESOLVED$/,
    reason:
      'Offline, the WebContainer reachability probe (src/runtime/webcontainer/network-probe.ts) cannot resolve stackblitz.com, ' +
      'and Chromium logs every failed request as a console error. The page expects this and says so in its status line.',
  },
];

export const test = base.extend<{ allowedConsoleErrors: AllowedError[]; failOnPageErrors: void }>({
  allowedConsoleErrors: [[], { option: true }],
  failOnPageErrors: [
    async ({ context, allowedConsoleErrors }, use) => {
      const allowed = [...ALWAYS_ALLOWED, ...allowedConsoleErrors];
      const problems: string[] = [];
      context.on('weberror', (error) => problems.push(`uncaught page error: ${error.error().message}`));
      context.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (allowed.some((entry) => entry.pattern.test(text))) return;
        problems.push(`console error: ${text} (at ${message.page()?.url() ?? 'unknown page'})`);
      });
      await use();
      expect(problems, 'the page logged errors (allow one in e2e/fixtures.ts only with a written reason)').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
