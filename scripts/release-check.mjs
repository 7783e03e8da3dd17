#!/usr/bin/env node
// Runs before `npm publish` (prepublishOnly): what must hold for a release that snippets on health sites will load.
// The procedure around it is in README.md, "Releasing".
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const failures = [];
const run = (command) => execSync(command, { stdio: 'inherit' });

if (!/^@[a-z0-9-]+\/[a-z0-9-]+$/.test(pkg.name)) failures.push(`"name" (${pkg.name}) is not scoped`);
if (pkg.publishConfig?.access !== 'public') failures.push('publishConfig.access is not "public"');
if (pkg.publishConfig?.provenance !== true) failures.push('publishConfig.provenance is not true');
const version = /VERSION = '([^']+)'/.exec(readFileSync('src/lib/version.ts', 'utf8'))?.[1];
if (version !== pkg.version) failures.push(`src/lib/version.ts says ${version}, package.json ${pkg.version}`);
try {
  const dirty = execSync('git status --porcelain', { encoding: 'utf8' }).trim();
  if (dirty) failures.push(`uncommitted changes: publish from a clean checkout of the release commit\n${dirty}`);
} catch {
  // not a git checkout (a CI artifact): nothing to compare
}
// The checklist's clinical words are a clinician's to sign, not ours: no release until one has (issue 25).
if (!/CLINICAL_SIGN_OFF[^=]*=\s*\{/.test(readFileSync('src/content/practice.ts', 'utf8')))
  failures.push(
    'no clinician has signed off the checklist: set CLINICAL_SIGN_OFF in src/content/practice.ts (who and when) ' +
      'once a clinician at the practice has read src/content/care-items.ts and src/care-checklist/strings.ts'
  );
if (failures.length > 0) {
  console.error(`Not publishing ${pkg.name}@${pkg.version}:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}

// A fresh build from this commit; the docs must show its SRI hash and version, and the package must pass its checks.
run('npm run build');
run('node scripts/docs-facts.mjs');
run('npm run size');
run('npm run check:package');

const unconfirmed = readFileSync('src/content/practice.ts', 'utf8')
  .split('\n')
  .filter((line) => line.includes('UNCONFIRMED'))
  .map((line) => line.replace(/^\s*(\/\*\*|\*)\s*/, '').slice(0, 110));
if (unconfirmed.length > 0)
  console.warn(
    `Still unconfirmed by the practice (src/content/practice.ts; they ship as safe stand-ins):\n- ${unconfirmed.join('\n- ')}`
  );
console.log(`${pkg.name}@${pkg.version} is ready to publish.`);
