// A Custom Elements Manifest analyzer plugin that finishes, for React 19, the JSX types @wc-toolkit/jsx-types writes
// (dist/types/jsx.d.ts, `@embracesexualwellness/widgets/jsx`). The generator types every JSX framework alike:
// - `ref` as `T | ((e: T) => void)`, so React's `useRef<ConsultCta>(null)` (a `RefObject<ConsultCta | null>`) is
//   refused: "Type 'RefObject<ConsultCta | null>' is not assignable to type 'ConsultCta | ((e: ConsultCta) => void)'";
// - `style` as `Record<string, string | number>`, so any name passes on an element, misspelt ones too;
// - the custom properties it adds to React's `CSSProperties` as strings only (`'--embrace-line-height': 1.5` fails).
// Here, in React's module augmentation only, each element's `ref` becomes React's own `Ref<Element>` and its `style`
// React's `CSSProperties` (which the manifest's custom properties extend, as strings or numbers, like any style value
// in React); other frameworks keep the generator's types. Each edit expects the generator's exact output (its version
// is pinned in package.json) and fails the build when it does not find it, instead of shipping types it did not fix.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Replaces exactly `count` matches of `pattern` (global), or throws naming what the generator no longer writes. */
function replaceExactly(text, pattern, replacement, count, what) {
  const found = text.match(pattern)?.length ?? 0;
  if (found !== count) {
    throw new Error(
      `react-jsx-types: expected ${count} × ${what} in the generated JSX types, found ${found}. ` +
        'Did @wc-toolkit/jsx-types change its output? Update scripts/react-jsx-types.mjs to match.'
    );
  }
  return text.replace(pattern, replacement);
}

/** The types React 19 checks each element against: the generator's props with React's `ref` and `style`. */
const REACT_ELEMENTS = `
/**
 * The elements as React 19 checks them: each one's props, with React's own \`ref\` (\`useRef<ConsultCta>(null)\`, or a
 * callback that receives the element, and \`null\` when it is removed) and React's \`style\` (\`CSSProperties\`, which
 * \`CustomCssProperties\` extends below: the \`--embrace-*\` tokens and each element's own properties; other names are
 * errors, misspelt ones included).
 */
type ReactElements<Refs extends { [Tag in keyof CustomElements]: unknown }, Style> = {
  [Tag in keyof CustomElements]: Omit<CustomElements[Tag], "ref" | "style"> & {
    ref?: Refs[Tag] | undefined;
    style?: Style | undefined;
  };
};
`;

/** One `declare module "<name>" { … }` block as the generator writes it. */
const moduleBlock = (name) =>
  new RegExp(
    `\\ndeclare module "${name.replace(/[/.]/g, '\\$&')}" \\{\\n` +
      '  namespace JSX \\{\\n    interface IntrinsicElements extends CustomElements \\{\\}\\n  \\}\\n' +
      '  export interface CSSProperties extends CustomCssProperties \\{\\}\\n\\}\\n',
    'g'
  );

/**
 * @param {{ outdir: string, fileName: string }} options where the JSX types plugin wrote its file (run this plugin
 *   after it)
 */
export function reactJsxTypesPlugin({ outdir, fileName }) {
  return {
    name: 'react-jsx-types',
    packageLinkPhase({ customElementsManifest }) {
      const file = join(outdir, fileName);
      let text = readFileSync(file, 'utf8');

      // Every custom property the manifest documents, once: values as React takes them, strings or numbers.
      const names = new Set();
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.customElement) for (const { name } of declaration.cssProperties ?? []) names.add(name);
        }
      }
      text = replaceExactly(
        text,
        /^( {2}"--[\w-]+"\?: )string \| undefined;$/gm,
        '$1string | number | undefined;',
        names.size,
        'a custom property of CustomCssProperties (`"--name"?: string | undefined;`)'
      );

      // React's own JSX namespace: React's `Ref` and `CSSProperties`, named inside the augmentation of "react".
      text = replaceExactly(
        text,
        moduleBlock('react'),
        `
declare module "react" {
  namespace JSX {
    interface IntrinsicElements
      extends ReactElements<{ [Tag in keyof CustomElements]: Ref<HTMLElementTagNameMap[Tag]> }, CSSProperties> {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}
`,
        1,
        'the `declare module "react"` block'
      );
      // "react/jsx-runtime" and "react/jsx-dev-runtime" re-export React's JSX namespace: the block above types them,
      // and a second augmentation of the same interface from another base fails (TS2320, "Interface
      // 'IntrinsicElements' cannot simultaneously extend types …").
      for (const name of ['react/jsx-runtime', 'react/jsx-dev-runtime']) {
        text = replaceExactly(text, moduleBlock(name), '', 1, `the \`declare module "${name}"\` block`);
      }
      text = replaceExactly(
        text,
        /\nexport type CustomCssProperties = \{/g,
        `${REACT_ELEMENTS}$&`,
        1,
        'the `CustomCssProperties` type'
      );

      writeFileSync(file, text);
    }
  };
}
