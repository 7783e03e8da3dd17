// `npm run check:package` (after publint and attw): what `npm pack` would publish. Fails when a file people rely on
// is missing (code, types, manifest, editor data, README, LICENSE, CHANGELOG), when something that must not ship
// does (tests, stories, examples, configs), or when a source map names a file that is not in the package.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { TAG_ENTRIES } from '../rollup.config.mjs';

const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' })
);
const files = new Set(pack.files.map((file) => file.path));
const problems = [];

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const required = [
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'docs/API.md',
  'dist/cdn/embrace-widgets.js',
  // The loader and the code-split files it imports (issue 18); the shared files' names carry a hash.
  'dist/cdn/loader.js',
  ...readdirSync('dist/cdn')
    .filter((file) => /^(shared|practice|controls)-[\w-]+\.js$/.test(file))
    .map((file) => `dist/cdn/${file}`),
  ...Object.keys(TAG_ENTRIES).map((tag) => `dist/cdn/${tag}.js`),
  pkg.customElements,
  pkg['web-types'].replace(/^\.\//, ''),
  // Every path package.json exports (types and code).
  ...Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)))
].map((path) => path.replace(/^\.\//, ''));
for (const path of required) if (!files.has(path)) problems.push(`missing: ${path}`);

const forbidden =
  /^(test|stories|examples|scripts|bench|\.storybook|\.ci|coverage|storybook-static)\/|\.test\.|^(rollup|web-test-runner|vitest|eslint)\.config|tsconfig/;
for (const path of files) if (forbidden.test(path)) problems.push(`should not ship: ${path}`);

// Every relative link in the shipped Markdown must lead to a file the package ships (npmjs.com and an installed
// copy show these files without the repository around them), and every #anchor to a heading in that file.
const anchor = (heading) =>
  heading
    .toLowerCase()
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s/g, '-');
for (const doc of [...files].filter((path) => path.endsWith('.md') && !path.startsWith('dist/'))) {
  const text = readFileSync(doc, 'utf8').replace(/```[\s\S]*?```/g, '');
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/i.test(target)) continue;
    const [path, hash] = target.split('#');
    const file = path ? normalize(join(dirname(doc), path)) : doc;
    if (!files.has(file)) problems.push(`${doc} links to ${target}, which the package does not ship`);
    else if (hash) {
      const headings = [...readFileSync(file, 'utf8').matchAll(/^#+ (.+)$/gm)].map(([, h]) => anchor(h));
      if (!headings.includes(hash)) problems.push(`${doc} links to #${hash}, which ${file} has no heading for`);
    }
  }
}

let maps = 0;
let sources = 0;
for (const path of files) {
  if (!path.endsWith('.map')) continue;
  maps += 1;
  const map = JSON.parse(readFileSync(path, 'utf8'));
  map.sources.forEach((source, i) => {
    sources += 1;
    if (/^[a-z]+:\/\//.test(source)) {
      // A named, not a located, source (bundled third-party code): it must carry its content.
      if (!map.sourcesContent?.[i]) problems.push(`${path}: ${source} has no sourcesContent`);
      return;
    }
    const target = normalize(join(dirname(path), map.sourceRoot ?? '', source));
    if (!files.has(target)) problems.push(`${path}: points at ${target}, which is not in the package`);
  });
}

const size = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `npm pack: ${files.size} files, ${size(pack.size)} packed, ${size(pack.unpackedSize)} unpacked; ` +
    `${maps} source maps with ${sources} sources checked`
);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('Package contents: everything needed, nothing extra, every source map resolves.');
