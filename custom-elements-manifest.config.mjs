// `cem analyze` reads the JSDoc on each element class (@summary, @tag, @slot, @csspart, @cssprop, @fires) and the
// Lit decorators. The manifest drives Storybook's controls and API tables, so what isn't here isn't documented.
// The plugins turn the same manifest into the files editors and frameworks read (listed in package.json), so types,
// autocompletion and docs never drift from the code. Well-kept generators (wc-toolkit / break-stuff) do the work.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { reactJsxTypesPlugin } from './scripts/react-jsx-types.mjs';

const quiet = { hideLogs: true };

/**
 * The Vue generator reads an event's type as its `detail` and wraps it in `CustomEvent<…>` itself, while the JSX one
 * (and Storybook, and our JSDoc: `@fires {CustomEvent<Detail>}`) reads the whole event type. This adapter hands the
 * Vue generator a copy of the manifest with `CustomEvent<Detail>` unwrapped to `Detail` (and `null` for events
 * without a detail); nothing else changes.
 */
function vueTypesPlugin(options) {
  return {
    name: 'vue-types',
    packageLinkPhase({ customElementsManifest }) {
      const manifest = structuredClone(customElementsManifest);
      for (const mod of manifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const text = event.type?.text ?? '';
            const detail = /^CustomEvent<(.+)>$/.exec(text)?.[1];
            // An event without a detail (`CustomEvent<void>`, `CustomEvent`, `Event`) has `detail: null`.
            if (detail && !/^(void|undefined)$/.test(detail)) event.type.text = detail;
            else if (text) event.type.text = 'null';
          }
        }
      }
      generateVuejsTypes(manifest, options);
    }
  };
}

/**
 * An element that fires its events through one helper (`<imagery-timer>`'s `fire(name)`) gives the analyzer an event
 * whose name it cannot read; every event is named in the class's `@fires` JSDoc, so the nameless one is dropped
 * before anything is generated from the manifest (it would become `onundefined` in the Vue types).
 */
const namedEventsOnly = {
  name: 'named-events-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules ?? []) {
      for (const declaration of mod.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
      }
    }
  }
};

/** Elements that draw nothing of their own, so they read no `--embrace-*` token (tokens set on them still reach the
 * widgets inside, as any inherited custom property does). */
const UNTHEMED = new Set(['practice-provider']);

/**
 * The shared `--embrace-*` tokens are documented on every widget (`@cssprop`), so they are in the manifest: Storybook's
 * API tables, editor data and the JSX types (React's `CSSProperties`) come from there. This check keeps that list
 * equal to the tokens the code reads (`var(--embrace-…)` anywhere in src/) and the same on every widget, and fails the
 * analysis otherwise: a token added, renamed or dropped in the styles cannot drift from its documentation and types.
 */
const sharedTokensDocumented = {
  name: 'shared-tokens-documented',
  packageLinkPhase({ customElementsManifest }) {
    const read = new Set();
    for (const file of readdirSync('src', { recursive: true })) {
      if (!file.endsWith('.ts') || file.endsWith('.d.ts')) continue;
      for (const [, name] of readFileSync(join('src', file), 'utf8').matchAll(/var\(\s*(--embrace-[\w-]+)/g)) {
        read.add(name);
      }
    }
    const problems = [];
    let reference; // the first widget's token descriptions, which every other widget repeats word for word
    for (const mod of customElementsManifest.modules ?? []) {
      for (const element of mod.declarations ?? []) {
        if (!element.customElement || !element.tagName || UNTHEMED.has(element.tagName)) continue; // not base classes
        const documented = new Map(
          (element.cssProperties ?? [])
            .filter(({ name }) => name.startsWith('--embrace-'))
            .map(({ name, description }) => [name, description])
        );
        for (const name of read) {
          if (!documented.has(name)) problems.push(`<${element.tagName}> has no @cssprop ${name} (src/ reads it)`);
        }
        for (const [name, description] of documented) {
          if (!read.has(name)) problems.push(`<${element.tagName}> documents ${name}, which nothing in src/ reads`);
          else if (reference?.has(name) && reference.get(name) !== description) {
            problems.push(`<${element.tagName}> describes ${name} unlike the other widgets`);
          }
        }
        reference ??= documented;
      }
    }
    if (problems.length) throw new Error(`Shared --embrace-* tokens:\n  ${problems.join('\n  ')}`);
  }
};

/**
 * The VS Code CSS data lists each element's custom properties, so a shared token came out once per widget: identical
 * entries are kept once (an editor would offer each of them).
 */
function uniqueCssData(file) {
  return {
    name: 'unique-css-data',
    packageLinkPhase() {
      const data = JSON.parse(readFileSync(file, 'utf8'));
      for (const list of ['properties', 'pseudoElements']) {
        const seen = new Set();
        data[list] = data[list]?.filter((entry) => !seen.has(JSON.stringify(entry)) && seen.add(JSON.stringify(entry)));
      }
      writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
    }
  };
}

/** Where the JSX types go: the generator writes the file, `reactJsxTypesPlugin` finishes it for React. */
const jsxTypesFile = { outdir: 'dist/types', fileName: 'jsx.d.ts' };

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.d.ts'],
  outdir: 'dist',
  litelement: true,
  dev: false,
  plugins: [
    namedEventsOnly,
    sharedTokensDocumented,
    // React 19 / Preact JSX: `CustomElements` for IntrinsicElements, attributes, properties and `on…` events.
    jsxTypesPlugin({
      ...quiet,
      ...jsxTypesFile,
      // Each type from the module that declares it (dist/<same path>.js), where everything it names is exported.
      componentTypePath: (_name, _tag, modulePath) => `../${modulePath.replace(/^src\//, '').replace(/\.ts$/, '.js')}`,
      stronglyTypedEvents: true
    }),
    // Then, in React's JSX namespace: React's `ref` and `style` types, and custom properties as strings or numbers.
    reactJsxTypesPlugin(jsxTypesFile),
    // Vue 3: GlobalComponents.
    vueTypesPlugin({ ...quiet, outdir: 'dist/types', fileName: 'vue.d.ts', globalTypePath: '../index.js' }),
    // VS Code custom HTML and CSS data.
    customElementVsCodePlugin({
      ...quiet,
      outdir: 'dist/editors',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json'
    }),
    uniqueCssData('dist/editors/vscode.css-custom-data.json'),
    // JetBrains web-types.
    customElementJetBrainsPlugin({ ...quiet, outdir: 'dist/editors', webTypesFileName: 'web-types.json' })
  ]
};
