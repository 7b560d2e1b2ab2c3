// Debian's Chromium driven by playwright-core, with the flags that keep it off the (closed) network.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';

function chromiumPath() {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    } catch {
      /* next */
    }
  }
  throw new Error("No Chromium found (looked for chromium, chromium-browser, google-chrome). Install Debian's `chromium` package.");
}

export function launchChromium({ headless = true } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || chromiumPath(),
    headless,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
