#!/usr/bin/env node
// What the docs print that the build decides: the Subresource Integrity snippet for the all-in-one file, the sizes
// of the loader, the all-in-one file and a page per element, the size budgets, and the version in every CDN address. Computed from
// dist/ so they cannot drift.
//
//   npm run build && npm run docs:facts     rewrites the marked places in README.md, docs/*.md and stories/*.mdx
//   node scripts/docs-facts.mjs             (run by `npm run check`) fails when any of them is out of date
//
// A marked place is `<!-- docs-facts:NAME -->…<!-- /docs-facts -->` in Markdown or
// `{/* docs-facts:NAME */}…{/* /docs-facts */}` in MDX; NAME is one of the keys of `facts()` below.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import {
  BUDGET_BROTLI,
  BUDGET_ELEMENT_BROTLI,
  CDN,
  ELEMENT_ENTRIES,
  measure,
  pageFiles,
  pageTotal,
  requireBuild
} from './size.mjs';

export const DOCS = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
  ...readdirSync('stories')
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => `stories/${f}`)
];

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
/** Where jsDelivr serves this release's dist/cdn/ once it is published to npm. */
export const CDN_BASE = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/cdn/`;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The Subresource Integrity value of a file: what a browser checks before it runs the script. */
export function integrity(file) {
  return `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
}

export function facts() {
  const pages = Object.fromEntries(
    ELEMENT_ENTRIES.map(({ name }) => [`page-${name}`, kb(pageTotal(pageFiles(name)).brotli)])
  );
  return {
    version: pkg.version,
    loader: kb(measure(readFileSync('dist/cdn/loader.js', 'utf8')).brotli),
    'loader-bytes': `${measure(readFileSync('dist/cdn/loader.js', 'utf8')).brotli} B`,
    // The budgets the docs quote, from the one place they are set (scripts/size.mjs).
    'budget-all': `${BUDGET_BROTLI.toLocaleString('en-US')} B`,
    'budget-element': `${BUDGET_ELEMENT_BROTLI.toLocaleString('en-US')} B`,
    'all-in-one': kb(measure(readFileSync(CDN, 'utf8')).brotli),
    ...pages,
    'sri-snippet': [
      '',
      '```html',
      '<script',
      '  type="module"',
      `  src="${CDN_BASE}embrace-widgets.js"`,
      `  integrity="${integrity(CDN)}"`,
      '  crossorigin="anonymous"',
      '></script>',
      '<consult-cta>',
      '  <a href="https://www.embracesexualwellness.com/">Book a free phone consultation</a>',
      '</consult-cta>',
      '```',
      ''
    ].join('\n')
  };
}

const MARKED =
  /((?:<!--|\{\/\*) docs-facts:([\w-]+) (?:-->|\*\/\}))([\s\S]*?)((?:<!--|\{\/\*) \/docs-facts (?:-->|\*\/\}))/g;
/** Any CDN address of this package, with whatever version it names. */
const CDN_VERSION = new RegExp(`(cdn\\.jsdelivr\\.net/npm/${pkg.name.replace('/', '\\/')}@)([^/\\s"'\`]+)`, 'g');

/** `text` with every marked place and CDN address brought up to date; `problems` lists what was stale. */
export function update(text, file, values, problems = []) {
  const out = text
    .replace(MARKED, (whole, open, name, content, close) => {
      if (!(name in values)) {
        problems.push(`${file}: unknown docs-facts name "${name}"`);
        return whole;
      }
      if (content !== values[name])
        problems.push(`${file}: ${name} says ${JSON.stringify(content.trim()).slice(0, 90)}`);
      return open + values[name] + close;
    })
    .replace(CDN_VERSION, (whole, start, version) => {
      if (version !== pkg.version) problems.push(`${file}: a CDN address names version ${version}`);
      return start + pkg.version;
    });
  return out;
}

function main() {
  requireBuild();
  const write = process.argv.includes('--write');
  const values = facts();
  const problems = [];
  let marked = 0;
  for (const file of DOCS) {
    const text = readFileSync(file, 'utf8');
    marked += [...text.matchAll(MARKED)].length;
    const out = update(text, file, values, problems);
    if (write && out !== text) writeFileSync(file, out);
  }
  if (write) {
    console.log(`docs-facts: ${marked} marked places; ${problems.length} brought up to date.`);
    for (const problem of problems) console.log(`  ${problem}`);
    return;
  }
  if (problems.length > 0) {
    console.error(`The docs are out of date with the build (run "npm run build && npm run docs:facts"):`);
    for (const problem of problems) console.error(`  ${problem}`);
    process.exit(1);
  }
  console.log(
    `docs-facts: ${marked} marked places match the build (${values['all-in-one']} all-in-one, ${integrity(CDN)}).`
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
