import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Which Chromium runs the tests: $CHROMIUM_PATH if set, else Debian's /usr/bin/chromium, else the
 * Chromium that `npx playwright install chromium` put in Playwright's cache.
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`chromium: CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error(
    'chromium: no Chromium found. Install one (Debian: `apt-get install chromium`; elsewhere: ' +
      '`npx playwright install chromium`) or set CHROMIUM_PATH.',
  );
}

/** Flags that load the unpacked extension and keep Chromium off the network. */
export function extensionArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
  ];
}
