// Run by `npm version`: copies package.json's version into src/lib/version.ts, which the duplicate-registration
// warning reads. test/lib/version.test.ts fails if the two ever disagree.
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const file = 'src/lib/version.ts';
const source = readFileSync(file, 'utf8').replace(/VERSION = '[^']*'/, `VERSION = '${version}'`);
writeFileSync(file, source);
console.log(`${file}: ${version}`);
