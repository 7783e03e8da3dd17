#!/usr/bin/env node
// Makes sure the engines a test command needs are installed. When one is missing it installs Debian's package
// (as root, with apt-get) or stops with one sentence saying exactly what to install.
//   node scripts/ensure-browsers.mjs chromium firefox webkit
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BROWSERS, wantedBrowsers } from './browsers.mjs';

const names = wantedBrowsers(process.argv.slice(2).join(',') || process.env.BROWSERS);
const missing = names.filter((name) => !BROWSERS[name].find());
if (missing.length === 0) process.exit(0);

const packages = missing.flatMap((name) => BROWSERS[name].packages);
const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (canInstall) {
  console.log(`Installing Debian's ${packages.join(', ')} for the ${missing.join(', ')} tests (one time)…`);
  const result = spawnSync('bash', ['scripts/install-browsers.sh', ...missing], { stdio: 'inherit' });
  if (result.status === 0 && missing.every((name) => BROWSERS[name].find())) process.exit(0);
}
console.error(
  `No ${missing.join(', ')} browser found for the tests: run "sudo apt-get install -y ${packages.join(' ')}" ` +
    `(Debian/Ubuntu)${missing.includes('chromium') ? ', or set CHROME_PATH to a Chrome or Chromium binary' : ''}, then run the tests again.`
);
process.exit(1);
