#!/usr/bin/env node
// Prints raw, gzip and brotli bytes of the CDN bundle and of a one-element bundle per define module, and fails when
// the CDN bundle is over its brotli budget. The budget only ever goes down.
//   npm run build && npm run size
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { bundlePlugins } from '../rollup.config.mjs';

export const BUDGET_BROTLI = 20 * 1024;
const CDN = 'dist/cdn/embrace-widgets.js';

/** The define modules: every `./<tag>.js` export of package.json, built from `src/<tag>.ts`. */
export const ELEMENT_ENTRIES = elementEntries();

function elementEntries() {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  return Object.keys(pkg.exports)
    .filter((key) => /^\.\/[a-z]+-[a-z-]+\.js$/.test(key))
    .map((key) => ({ name: key.slice(2, -3), input: `src/${key.slice(2, -3)}.ts` }));
}

export function measure(code) {
  const bytes = Buffer.from(code);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
  };
}

export async function bundle(input, options) {
  const build = await rollup({ input, plugins: bundlePlugins(options), onwarn: () => {} });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output[0].code;
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`.padStart(10);

async function main() {
  if (!existsSync(CDN)) {
    console.error(`${CDN} is missing: run "npm run build" first.`);
    process.exit(1);
  }
  const rows = [{ name: 'cdn/embrace-widgets.js (all)', ...measure(readFileSync(CDN, 'utf8')) }];
  for (const { name, input } of ELEMENT_ENTRIES) rows.push({ name: `${name} alone`, ...measure(await bundle(input)) });

  console.log(`${'bundle'.padEnd(34)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
  for (const row of rows) console.log(`${row.name.padEnd(34)}${kb(row.raw)}${kb(row.gzip)}${kb(row.brotli)}`);

  const cdn = rows[0].brotli;
  const verdict = `CDN bundle: ${kb(cdn).trim()} brotli of a ${kb(BUDGET_BROTLI).trim()} budget`;
  if (cdn > BUDGET_BROTLI) {
    console.error(`\n${verdict}: over budget by ${cdn - BUDGET_BROTLI} bytes.`);
    process.exit(1);
  }
  console.log(`\n${verdict} (${Math.round((cdn / BUDGET_BROTLI) * 100)} %).`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
