#!/usr/bin/env node
// Every code block a reader may paste from the Markdown docs (README.md, docs/*.md) is checked as pasted, and the
// Markdown itself is checked as GitHub and npm render it. Run by `npm run check` (so CI runs it):
//
//   node scripts/check-doc-snippets.mjs
//
// - ```tsx and ```ts blocks: type-checked whole, each as its own module of a Vite + React 19 app (Vite's template
//   defaults: strict, noUnusedLocals, noUnusedParameters) against the package's generated types, with `tsc`.
// - ```vue blocks: each a single-file component of a Vue 3 app, type-checked with `vue-tsc`.
// - ```html blocks are rendered in a page through the loader by test/embed/snippets.test.ts (`npm run test:embed`).
// - GitHub Flavored Markdown: rendered with micromark's GFM extension (what GitHub and npm follow); a line that
//   starts with `|` outside a table (a table cut in two by a paragraph) fails.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

const DOCS = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`)
];
/** Under test/interop/, so the package resolves by its own name as an installed copy would (git-ignored). */
const OUT = 'test/interop/.snippets';

/** The fenced blocks of a Markdown file: language, first line (1-based) and code. */
export function blocks(text) {
  const found = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^(\s*)(`{3,})(\w*)/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, lang] = open;
    const body = [];
    let j = i + 1;
    for (; j < lines.length && !lines[j].startsWith(indent + fence); j += 1) body.push(lines[j].slice(indent.length));
    found.push({ lang, line: i + 1, code: body.join('\n') });
    i = j;
  }
  return found;
}

/** Lines of rendered text that start with a table pipe outside any table: a table the renderer did not see. */
export function strayPipes(markdown) {
  const html = micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  const text = html
    .replace(/<pre>[\s\S]*?<\/pre>/g, '')
    .replace(/<table>[\s\S]*?<\/table>/g, '')
    .replace(/<[^>]+>/g, '');
  return text
    .split('\n')
    .filter((line) => line.trimStart().startsWith('|'))
    .map((line) => line.trim().slice(0, 90));
}

function run(command, args) {
  try {
    execFileSync(command, args, { stdio: 'pipe', encoding: 'utf8' });
    return '';
  } catch (error) {
    return `${error.stdout ?? ''}${error.stderr ?? ''}`.trim() || String(error);
  }
}

function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const problems = [];
  const written = { ts: [], vue: [] };
  for (const file of DOCS) {
    const text = readFileSync(file, 'utf8');
    for (const pipe of strayPipes(text)) problems.push(`${file}: a table row rendered as text: ${pipe}`);
    for (const { lang, line, code } of blocks(text)) {
      const name = `${file.replace(/\W+/g, '-')}-${line}`;
      if (lang === 'tsx' || lang === 'ts') {
        // As pasted, a module of its own (`export {}` only makes a script-like block a module).
        writeFileSync(join(OUT, `${name}.${lang}`), `${code}\nexport {};\n`);
        written.ts.push(`${file}:${line}`);
      } else if (lang === 'vue') {
        // A component as pasted into a .vue file: a template line alone would be a custom block that nothing checks.
        if (!/<template>/.test(code))
          problems.push(`${file}:${line}: a vue block that is not a component (no <template>)`);
        writeFileSync(join(OUT, `${name}.vue`), `${code}\n`);
        written.vue.push(`${file}:${line}`);
      }
    }
  }
  const config = (extendsPath, include, extra = {}) =>
    JSON.stringify({ extends: extendsPath, compilerOptions: extra, include }, null, 2);
  if (written.ts.length) {
    // Vite's React + TypeScript template: strict, and unused locals and parameters are errors.
    const options = { noUnusedLocals: true, noUnusedParameters: true, noFallthroughCasesInSwitch: true };
    writeFileSync(
      join(OUT, 'tsconfig.react.json'),
      config('../../../examples/react/tsconfig.json', ['*.ts', '*.tsx'], options)
    );
    const out = run('npx', ['tsc', '-p', join(OUT, 'tsconfig.react.json')]);
    if (out) problems.push(`tsx/ts blocks (${written.ts.join(', ')}) fail tsc:\n${out}`);
  }
  if (written.vue.length) {
    // As the README tells Vue users: the elements' template types, once in a .d.ts file.
    writeFileSync(join(OUT, 'env.d.ts'), "import type {} from '@embracesexualwellness/widgets/vue';\n");
    writeFileSync(join(OUT, 'tsconfig.vue.json'), config('../../../examples/vue/tsconfig.json', ['*.vue', 'env.d.ts']));
    const out = run('npx', ['vue-tsc', '-p', join(OUT, 'tsconfig.vue.json')]);
    if (out) problems.push(`vue blocks (${written.vue.join(', ')}) fail vue-tsc:\n${out}`);
  }
  if (problems.length) {
    console.error(`Doc snippets and Markdown (${DOCS.join(', ')}):`);
    for (const problem of problems) console.error(`  ${problem.replace(/\n/g, '\n    ')}`);
    process.exit(1);
  }
  console.log(
    `doc snippets: ${written.ts.length} tsx/ts and ${written.vue.length} vue blocks type-check as pasted; ` +
      `${DOCS.length} Markdown files render their tables whole.`
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
