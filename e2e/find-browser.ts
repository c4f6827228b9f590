import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

// Flags that keep Chromium quiet on a machine without network (it otherwise retries Google's hosts).
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const systemChromiums = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * Playwright's own Chromium when it is installed; else a system Chromium; else a message that says
 * exactly what to install. Returns undefined to mean "Playwright's own".
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright has no browser of its own here: look for the system's.
  }
  const system = systemChromiums.find((path) => existsSync(path));
  if (system) return system;
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one of:\n' +
      '  npx playwright install chromium        (Playwright’s own browser)\n' +
      '  apt-get install -y chromium            (Debian/Ubuntu; .ci/run does this)\n' +
      'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}
