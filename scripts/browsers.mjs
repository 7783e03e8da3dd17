// Where the Debian browsers live, shared by the test configs and scripts/ensure-browsers.mjs.
// Nothing here downloads a browser: this project only uses what Debian's packages install.
import { existsSync } from 'node:fs';

const first = (...paths) => paths.find((p) => p && existsSync(p));

export const BROWSERS = {
  chromium: {
    packages: ['chromium'],
    // CHROME_PATH lets a developer use a Chrome they already have.
    find: () =>
      first(process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome')
  },
  firefox: {
    packages: ['firefox-esr'],
    find: () => first(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox')
  },
  webkit: {
    packages: ['webkit2gtk-driver', 'xvfb', 'xauth'],
    find: () =>
      first('/usr/bin/WebKitWebDriver') && first(MINIBROWSER) && (process.env.DISPLAY || first('/usr/bin/Xvfb'))
        ? '/usr/bin/WebKitWebDriver'
        : undefined
  }
};

export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Chromium flags for a root user on a machine with no network but the package registries. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run'
];

/** The engines named by BROWSERS=chromium,firefox,webkit (default: chromium). */
export function wantedBrowsers(value = process.env.BROWSERS) {
  const names = (value || 'chromium').split(/[\s,]+/).filter(Boolean);
  for (const name of names) {
    if (!(name in BROWSERS))
      throw new Error(`Unknown browser "${name}" in BROWSERS; use chromium, firefox and/or webkit.`);
  }
  return names;
}
