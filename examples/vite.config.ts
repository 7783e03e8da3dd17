// One Vite config for the framework examples (`npm run example:react`, `npm run example:vue`) and their tests
// (the `interop` project in vitest.config.ts). An app that installed the package needs only the Vue line.
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/** The tags this library defines: Vue must leave them to the browser instead of resolving them as components. */
export const WIDGET_TAGS = ['practice-provider', 'consult-cta', 'imagery-timer', 'care-checklist', 'article-card'];

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => WIDGET_TAGS.includes(tag) } } })],
  resolve: {
    // Inside this repository the package is the built `dist/` (run `npm run build` first), exactly what npm ships.
    alias: [
      { find: /^@embracesexualwellness\/widgets$/, replacement: `${dist}index.js` },
      { find: /^@embracesexualwellness\/widgets\/(.+)$/, replacement: `${dist}$1` }
    ]
  },
  server: { open: false }
});
