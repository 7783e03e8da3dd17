// After `storybook build`: the static Storybook must work from any host and any sub-path (a practice's
// /widgets-manual/ folder, say), so no file may load anything by a root-absolute URL ("/assets/…").
// Checks every HTML file and the CSS and JS assets Storybook wrote for `src`/`href`/`url()`/import paths that start
// with a single "/".
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';

const DIR = process.argv[2] ?? 'storybook-static';
const ROOT_ABSOLUTE = {
  '.html': [/\b(?:src|href)\s*=\s*["']\/(?!\/)[^"']*/g, /url\(\s*["']?\/(?!\/)[^)"']*/g],
  '.css': [/url\(\s*["']?\/(?!\/)[^)"']*/g],
  // What JavaScript loads: static and dynamic imports (links it renders for people to follow are not loads).
  '.js': [/\b(?:import|from)\s*\(?\s*["']\/(?!\/)[^"']*/g]
};

const problems = [];
let files = 0;
for (const file of readdirSync(DIR, { recursive: true }).map(String)) {
  const patterns = ROOT_ABSOLUTE[extname(file)];
  if (!patterns) continue;
  files += 1;
  const text = readFileSync(join(DIR, file), 'utf8');
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) problems.push(`${file}: ${match[0]}`);
}
if (problems.length) {
  console.error(
    `Root-absolute URLs in the static Storybook (it would break under a sub-path):\n${problems.join('\n')}`
  );
  process.exit(1);
}
console.log(`Static Storybook: ${files} HTML/CSS/JS files, every URL relative; it works from any host and sub-path.`);
