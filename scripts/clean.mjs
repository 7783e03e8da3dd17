// Removes build output before a build, so a renamed or deleted source module never lingers in dist/.
import { rmSync } from 'node:fs';

for (const dir of process.argv.slice(2)) rmSync(dir, { recursive: true, force: true });
