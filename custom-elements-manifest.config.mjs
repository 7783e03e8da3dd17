// `cem analyze` reads the JSDoc on each element class (@summary, @tag, @slot, @csspart, @cssprop, @fires) and the
// Lit decorators. The manifest drives Storybook's controls and API tables, so what isn't here isn't documented.
// The plugins turn the same manifest into the files editors and frameworks read (listed in package.json), so types,
// autocompletion and docs never drift from the code. Well-kept generators (wc-toolkit / break-stuff) do the work.
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.d.ts'],
  outdir: 'dist',
  litelement: true,
  dev: false,
  plugins: [
    namedEventsOnly,
    // React 19 / Preact JSX: `CustomElements` for IntrinsicElements, attributes, properties and `on…` events.
    jsxTypesPlugin({
      ...quiet,
      outdir: 'dist/types',
      fileName: 'jsx.d.ts',
      // Each type from the module that declares it (dist/<same path>.js), where everything it names is exported.
      componentTypePath: (_name, _tag, modulePath) => `../${modulePath.replace(/^src\//, '').replace(/\.ts$/, '.js')}`,
      stronglyTypedEvents: true
    }),
    // Vue 3: GlobalComponents.
    vueTypesPlugin({ ...quiet, outdir: 'dist/types', fileName: 'vue.d.ts', globalTypePath: '../index.js' }),
    // VS Code custom HTML and CSS data.
    customElementVsCodePlugin({
      ...quiet,
      outdir: 'dist/editors',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json'
    }),
    // JetBrains web-types.
    customElementJetBrainsPlugin({ ...quiet, outdir: 'dist/editors', webTypesFileName: 'web-types.json' })
  ]
};
