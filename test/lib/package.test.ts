import { expect } from '@open-wc/testing';

interface Pkg {
  exports: Record<string, string | { types?: string; default?: string }>;
  sideEffects: string[];
  files: string[];
  customElements: string;
}

/** The subset of glob syntax package.json's `sideEffects` uses: `**` crosses folders, `*` does not. */
const globToRegExp = (glob: string) =>
  new RegExp(
    `^${glob
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*\*/g, '§')
      .replace(/\*/g, '[^/]*')
      .replace(/§/g, '.*')}$`
  );

describe('package.json', () => {
  let pkg: Pkg;
  before(async () => {
    pkg = (await (await fetch('/package.json')).json()) as Pkg;
  });

  const hasSideEffects = (path: string) => pkg.sideEffects.some((glob) => globToRegExp(glob).test(path));

  it('marks every define module as having side effects, so bundlers never drop a registration', () => {
    const defines = Object.entries(pkg.exports).filter(([key]) => /^\.\/[a-z]+-[a-z-]+\.js$/.test(key));
    expect(defines.length).to.be.at.least(1);
    for (const [key, target] of defines) {
      const file = typeof target === 'string' ? target : target.default!;
      expect(hasSideEffects(file), `${key} → ${file}`).to.be.true;
      expect(hasSideEffects(file.replace('./dist/', './src/').replace(/\.js$/, '.ts')), `source of ${key}`).to.be.true;
    }
    expect(hasSideEffects('./dist/index.js')).to.be.true;
    expect(hasSideEffects('./src/index.ts')).to.be.true;
    expect(hasSideEffects('./dist/cdn/embrace-widgets.js')).to.be.true;
  });

  it('keeps the class-only and library modules free of side effects, so they tree-shake', () => {
    for (const file of ['./dist/classes.js', './dist/lib/safe-url.js', './dist/practice/settings.js']) {
      expect(hasSideEffects(file), file).to.be.false;
    }
  });

  it('lists types first in every export condition, and files that the build writes', async () => {
    for (const [key, target] of Object.entries(pkg.exports)) {
      if (typeof target !== 'string') expect(Object.keys(target)[0], key).to.equal('types');
      // Types-only entries (`./jsx`, `./vue`) have no default; JSON entries are a plain string.
      const files = typeof target === 'string' ? [target] : Object.values(target);
      for (const file of files) {
        const response = await fetch(`/${file.slice(2)}`, { method: 'HEAD' });
        expect(response.ok, `${key}: ${file} exists after npm run build`).to.be.true;
      }
    }
    expect((await fetch(`/${pkg.customElements}`, { method: 'HEAD' })).ok).to.be.true;
  });
});
