// Builds from one source tree:
//  1. dist/        one unminified ES module per source module, Lit external: what npm users and bundlers import.
//  2. dist/cdn/embrace-widgets.js   the all-in-one file: one self-contained, minified ES module with Lit's
//                  production build inside (self-hosting as one file, Subresource Integrity).
//  3. dist/cdn/<tag>.js            one minified module per element, code-split (see sharedChunk()): Lit and the
//                  helpers in shared-<hash>.js, the practice's settings and context in practice-<hash>.js, the
//                  drawn controls in controls-<hash>.js, the rest in each element's file; and dist/cdn/loader.js, the one-line embed (src/loader.ts), which
//                  imports only the <tag>.js files a page uses (with their shared files, named by chunkNames()).
// Declarations come from `tsc -p tsconfig.build.json`; the manifest from `cem analyze`.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const TARGET = 'es2021';

/** Every TypeScript module under src/ (Node 20 has no fs.globSync). */
export function sourceModules(dir = 'src') {
  return readdirSync(dir, { recursive: true })
    .map((file) => join(dir, String(file)))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .filter((file) => file !== join(dir, 'loader.ts')); // only for the CDN: it imports the files beside it
}

/**
 * Under a Trusted Types CSP, Lit creates its policy `lit-html` when its module is evaluated, and `createPolicy`
 * throws if that name is taken (a host page that already runs Lit, or a second copy of this bundle) or not allowed:
 * the whole bundle would fail to load, silently. In our bundle the policy is created guarded, under our own name
 * only (`trusted-types embrace-widgets` is the README's advice). Never Lit's: a page whose own Lit loads after us
 * would then find `lit-html` taken, and its app would throw and never render. If our name is refused, a warning says
 * what to add, nothing throws, and the widgets wait (under enforcement they cannot render without a policy). The
 * pattern is checked: a Lit release that changes it fails the build.
 */
const LIT_POLICY = /(\w+)\?\1\.createPolicy\("lit-html",(\{createHTML:(\w+)=>\3\})\):void 0/;
function guardTrustedTypes() {
  return {
    name: 'embrace-widgets:guard-trusted-types',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      if (!LIT_POLICY.test(code))
        this.error('lit-html changed how it creates its Trusted Types policy: update guardTrustedTypes().');
      const guarded =
        '$1?((f,o)=>{try{return f.createPolicy("embrace-widgets",o)}catch{}' +
        'console.warn("[embrace-widgets] Trusted Types: could not create the policy \\"embrace-widgets\\", so the ' +
        'widgets cannot render. Allow it in your CSP: trusted-types embrace-widgets")})($1,$2):void 0';
      return { code: code.replace(LIT_POLICY, guarded), map: null };
    }
  };
}

/**
 * Plugins for a self-contained, minified browser bundle (the CDN build, the size checks and the benchmarks' peer
 * bundles use the same). `strict: false` leaves a template the minifier cannot parse as it is instead of failing
 * (peers such as Shoelace build tag names into templates); our own templates must always parse.
 */
export function bundlePlugins({ strict = true } = {}) {
  return [
    // Lit's package exports pick the production build unless the "development" condition is set.
    nodeResolve({ exportConditions: ['production'], browser: true }),
    ...(strict ? [guardTrustedTypes()] : []), // our bundles only; peers are measured as they ship
    esbuild({ target: TARGET, tsconfig: 'tsconfig.json', minify: false }),
    // Lit's html`` and css`` literals are strings to terser: without this, every template's indentation ships.
    // Conservative collapse keeps one space wherever there was whitespace, so inline text never runs together.
    minifyHTML({ failOnError: strict, options: { minifyOptions: { conservativeCollapse: true } } }),
    terser({ ecma: 2021, module: true, compress: { passes: 3 }, format: { comments: false } })
  ];
}

/** The element entry points, `src/<tag>.ts`, named by tag. */
export const TAG_ENTRIES = Object.fromEntries(
  readdirSync('src')
    .filter((file) => /^[a-z]+-[a-z-]+\.ts$/.test(file))
    .map((file) => [file.slice(0, -3), `src/${file}`])
);

/**
 * Three shared chunks, so that a page pays only for what its elements use. A module reached from two or more element
 * entries goes into `controls.js` when `<article-card>` does not use it (the drawn buttons and checkboxes, the
 * announcer, the tick: a card's page never fetches them, issue 29), else into `shared.js` (Lit and the helpers) when
 * `<imagery-timer>` uses it too, otherwise into `practice.js` (the practice's settings, context and links, which
 * every element but the timer reads). A module only one element uses stays in that element's file (the timer's
 * steps never load on a page with only a card).
 */
export function sharedChunk(id, { getModuleInfo }) {
  const entries = new Set();
  const seen = new Set();
  const walk = (moduleId) => {
    if (seen.has(moduleId)) return;
    seen.add(moduleId);
    const info = getModuleInfo(moduleId);
    if (!info) return;
    if (info.isEntry) entries.add(moduleId);
    for (const importer of [...info.importers, ...info.dynamicImporters]) walk(importer);
  };
  walk(id);
  if (entries.size < 2) return undefined;
  const uses = (tag) => [...entries].some((entry) => new RegExp(`[\\\\/]${tag}\\.ts$`).test(entry));
  if (!uses('article-card')) return 'controls';
  return uses('imagery-timer') ? 'shared' : 'practice';
}

/**
 * Writes into the loader, in place of JSON.parse('__EMBRACE_CHUNKS__'), which shared files each element's file
 * imports, so the loader can ask for them together with it. Runs after minifying; the names still hold Rollup's hash
 * placeholders, which Rollup then fills in everywhere, the loader included.
 */
function chunkNames() {
  return {
    name: 'embrace-widgets:chunk-names',
    renderChunk(code, chunk, _options, { chunks }) {
      if (chunk.name !== 'loader') return null;
      const placeholder = 'JSON.parse("__EMBRACE_CHUNKS__")';
      if (!code.includes(placeholder)) this.error('src/loader.ts lost its __EMBRACE_CHUNKS__ placeholder.');
      if (chunk.imports.length || chunk.dynamicImports.length) this.error('the loader must import nothing itself.');
      // [the shared files' names without ".js", { tag: the indexes of those its file imports }]: each hash once.
      const elements = Object.values(chunks).filter((other) => other.isEntry && other.name in TAG_ENTRIES);
      const files = [...new Set(elements.flatMap((element) => element.imports))].sort();
      const map = Object.fromEntries(
        elements.map((element) => [
          element.name,
          element.imports.map((file) => files.indexOf(file)).sort((a, b) => a - b)
        ])
      );
      const names = files.map((file) => file.replace(/\.js$/, ''));
      return { code: code.replace(placeholder, JSON.stringify([names, map])), map: null };
    }
  };
}

const onwarn = (warning, warn) => {
  // Lit's decorators compile to `this`-free helpers; anything else is a real problem and fails the build.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

// Our sources ship in the package (src/), so their paths resolve. Lit's are inlined (sourcesContent) under a name,
// not a path: in an installed package, ../../node_modules/lit-html/… would point at nothing.
const sourcemapPathTransform = (path) => path.replace(/^(\.\.\/)*node_modules\//, 'bundled:///');

export default [
  {
    input: sourceModules(),
    external: (id) => /^(lit|@lit\/)/.test(id),
    plugins: [esbuild({ target: TARGET, tsconfig: 'tsconfig.json' })],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true
    },
    onwarn
  },
  {
    input: 'src/index.ts',
    plugins: bundlePlugins(),
    output: {
      file: 'dist/cdn/embrace-widgets.js',
      format: 'es',
      inlineDynamicImports: true, // one file: the timer's lazy parts (sound, practice log) come inside it
      sourcemap: true,
      sourcemapPathTransform
    },
    onwarn
  },
  {
    input: { ...TAG_ENTRIES, loader: 'src/loader.ts' },
    plugins: [...bundlePlugins(), chunkNames()],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      // Hashed: each element's file names the very shared files it was built with, so two releases never mix.
      chunkFileNames: '[name]-[hash].js',
      manualChunks: sharedChunk,
      sourcemap: true,
      sourcemapPathTransform
    },
    onwarn
  }
];
