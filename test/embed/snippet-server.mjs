// Server side of test/embed/snippets.test.ts (wired into web-test-runner.config.mjs).
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

/**
 * `GET /test/embed/snippet-sources.json`: the files whose snippets the test checks, listed when asked so that a new
 * docs page or stories file is checked without anyone editing the test: every `stories/*.mdx`, every
 * `stories/*.stories.ts`, README.md and the guides in `docs/*.md`.
 */
export async function snippetSources(context, next) {
  if (context.path !== '/test/embed/snippet-sources.json') return next();
  const stories = readdirSync('stories').sort();
  context.type = 'json';
  context.body = JSON.stringify({
    docs: [
      'README.md',
      ...readdirSync('docs')
        .filter((file) => file.endsWith('.md'))
        .sort()
        .map((file) => `docs/${file}`),
      ...stories.filter((file) => file.endsWith('.mdx')).map((file) => `stories/${file}`)
    ],
    stories: stories.filter((file) => file.endsWith('.stories.ts')).map((file) => `stories/${file}`)
  });
}

/**
 * The stories import `storybook/test` (for their play functions) and `storybook/actions/decorator` (a decorator),
 * whose browser builds need CommonJS dependencies the test runner cannot serve. The snippet test only renders the
 * stories (no play function, no decorator), so for modules under /stories/ those two imports resolve to stubs that
 * throw if anything calls them.
 */
const STUBS = {
  'storybook/test': '/test/embed/stubs/storybook-test.ts',
  'storybook/actions/decorator': '/test/embed/stubs/storybook-actions-decorator.ts'
};
export const storiesOutsideStorybook = {
  name: 'embrace-widgets:stories-outside-storybook',
  resolveImport({ source, context }) {
    return context.path.startsWith('/stories/') ? STUBS[source] : undefined;
  }
};

/**
 * `GET /published/dist/cdn/<file>`: the built file of dist/cdn/ byte for byte, as a CDN would serve it. The test
 * server passes every other .js it serves through esbuild (web-test-runner.config.mjs), which reprints it: a correct
 * `integrity` hash would then fail. The snippet test rewrites the CDN address of each snippet to this path.
 */
export async function publishedFiles(context, next) {
  const match = /^\/published\/dist\/cdn\/([\w.-]+\.js)$/.exec(context.path);
  if (!match) return next();
  const body = await readFile(`dist/cdn/${match[1]}`).catch(() => null);
  if (body === null) return next(); // not built: a 404, as from a CDN
  context.type = 'js';
  context.body = body;
}
