// Every string attribute of every element (read from the Custom Elements Manifest) set to hostile values and to
// random strings from fast-check, on elements from the built CDN bundle. Nothing may throw, inject markup, render a
// link with a disallowed protocol, or run the payloads' `window.__canary = 1`.
import { expect, fixture } from '@open-wc/testing';
import fc from 'fast-check';
import { HOSTILE_STRINGS } from '../fixtures/hostile.js';

interface ManifestAttribute {
  name: string;
  type?: { text: string };
}
interface Manifest {
  modules: Array<{
    declarations?: Array<{ tagName?: string; customElement?: boolean; attributes?: ManifestAttribute[] }>;
  }>;
}
type Upgraded = HTMLElement & { updateComplete: Promise<unknown> };

const RANDOM_RUNS = 200;
const ALLOWED_PROTOCOLS = ['https:', 'http:', 'tel:', 'mailto:'];
// What the templates make. Anything else in a shadow root was injected.
const TEMPLATE_TAGS = new Set(
  'div span p a h2 h3 h4 h5 h6 b ul ol li slot button select option label input fieldset legend dialog iframe img article time progress'.split(
    ' '
  )
);

const errors: string[] = [];
const onError = (event: ErrorEvent) => errors.push(String(event.message));

/** What is wrong with an element's shadow root right now (empty when all is well). */
function problems(el: Element): string[] {
  const found: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    if (!TEMPLATE_TAGS.has(node.localName)) found.push(`injected <${node.localName}>`);
    for (const attr of node.getAttributeNames()) if (attr.startsWith('on')) found.push(`${node.localName}[${attr}]`);
    const href = node.localName === 'a' ? node.getAttribute('href') : null;
    if (href !== null && !ALLOWED_PROTOCOLS.includes(new URL(href, location.href).protocol)) found.push(`href ${href}`);
  }
  return found;
}

async function stringAttributes(): Promise<Array<[string, string[]]>> {
  const manifest = (await (await fetch('/dist/custom-elements.json')).json()) as Manifest;
  const result: Array<[string, string[]]> = [];
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      // Booleans are presence-only; every other attribute is text a host can write anything into.
      const names = (d.attributes ?? []).filter((a) => a.type?.text !== 'boolean').map((a) => a.name);
      result.push([d.tagName, names]);
    }
  }
  return result;
}

describe('fuzzed attributes', () => {
  before(async () => {
    await import('/dist/cdn/embrace-widgets.js' as string);
    window.addEventListener('error', onError);
  });
  after(() => window.removeEventListener('error', onError));

  it('every string attribute of every element, hostile and random values: nothing breaks', async () => {
    const elements = await stringAttributes();
    expect(elements.map(([tag]) => tag)).to.include.members(['consult-cta', 'care-checklist', 'article-card']);
    expect(HOSTILE_STRINGS.length).to.be.at.least(60);
    const found: string[] = [];
    let renders = 0;
    const check = async (el: Upgraded, attribute: string, value: string) => {
      el.setAttribute(attribute, value);
      await el.updateComplete;
      renders += 1;
      for (const problem of problems(el))
        found.push(`<${el.localName} ${attribute}=${JSON.stringify(value.slice(0, 40))}>: ${problem}`);
      if (el.shadowRoot!.childElementCount === 0 && el.localName !== 'practice-provider') {
        found.push(`<${el.localName} ${attribute}=${JSON.stringify(value.slice(0, 40))}>: blank`);
      }
    };
    const warn = console.warn;
    console.warn = () => {}; // thousands of expected configuration warnings; counted elsewhere
    try {
      for (const [tag, attributes] of elements) {
        const el = await fixture<Upgraded>(`<${tag} ask-location></${tag}>`);
        for (const attribute of attributes) {
          for (const value of HOSTILE_STRINGS) await check(el, attribute, value);
          await fc.assert(
            fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (value) => {
              await check(el, attribute, value);
            }),
            { numRuns: RANDOM_RUNS }
          );
          el.removeAttribute(attribute);
        }
      }
    } finally {
      console.warn = warn;
    }
    const canary = (window as unknown as { __canary?: unknown }).__canary;
    console.log(
      `fuzz: ${renders} renders over ${elements.reduce((n, [, a]) => n + a.length, 0)} attributes; ` +
        `${errors.length} uncaught errors, ${found.length} problems, canary ${canary === undefined ? 'never set' : 'SET'}`
    );
    expect(errors, 'uncaught errors').to.deep.equal([]);
    expect(found.slice(0, 10), 'injected elements, handlers, bad links or blank widgets').to.deep.equal([]);
    expect(canary, 'window.__canary').to.be.undefined;
  });
});
