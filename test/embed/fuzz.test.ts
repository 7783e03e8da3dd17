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
type Timer = Upgraded & { state: string; stepIndex: number; start(): void; next(): void; reset(): void };

/** Every attribute of <imagery-timer> (API.md), booleans included: a host may write anything into any of them. */
const TIMER_ATTRIBUTES = [
  'minutes',
  'breath-in',
  'breath-out',
  'heading',
  'heading-level',
  'skip-optional',
  'chime',
  'voice',
  'remember'
];
/** Numbers at and around the timer's limits (minutes 0.5–180, breaths 2–12, levels 2–6), and odd ways to write them. */
const TIMER_NUMBERS = [
  '0.5',
  '0.49',
  '2',
  '1.999',
  '6',
  '7',
  '12',
  '12.5',
  '180',
  '181',
  '-0',
  '0x10',
  '1e2',
  ' 3 ',
  'Infinity',
  '5 min'
];
/** What a broken number looks like once rendered ("About NaN min left", "undefined sec"). */
const BROKEN_NUMBER = /NaN|undefined|Infinity|null/;

const RANDOM_RUNS = 200;
const ALLOWED_PROTOCOLS = ['https:', 'http:', 'tel:', 'mailto:'];
// What the templates make. Anything else in a shadow root was injected.
const TEMPLATE_TAGS = new Set(
  'div span p a h2 h3 h4 h5 h6 b ul ol li slot button select option label input fieldset legend dialog iframe img article time progress section'.split(
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

async function manifestAttributes(tag: string): Promise<string[]> {
  const manifest = (await (await fetch('/dist/custom-elements.json')).json()) as Manifest;
  const declaration = manifest.modules.flatMap((mod) => mod.declarations ?? []).find((d) => d.tagName === tag);
  return (declaration?.attributes ?? []).map((a) => a.name);
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
  it('<imagery-timer>: every attribute, booleans too, hostile and random values, idle and on the breath step', async function () {
    this.timeout(120_000); // about 5,000 renders; the slower engines need more than the default 10 s
    expect(await manifestAttributes('imagery-timer'), 'the manifest lists them all').to.include.members(
      TIMER_ATTRIBUTES
    );
    const errorsBefore = errors.length;
    const found: string[] = [];
    let renders = 0;
    const el = await fixture<Timer>('<imagery-timer></imagery-timer>');
    const look = (attribute: string, value: string, when: string) => {
      renders += 1;
      const where = `<imagery-timer ${attribute}=${JSON.stringify(value.slice(0, 40))}> ${when}`;
      for (const problem of problems(el)) found.push(`${where}: ${problem}`);
      const root = el.shadowRoot!;
      if (!root.querySelector('.primary')?.textContent!.trim()) found.push(`${where}: no Start/Pause button`);
      if (when === 'running' && !root.querySelector('#now')?.textContent!.trim()) found.push(`${where}: no step title`);
      // Everything the timer works out from numbers: the step lengths, the time left, the breathing pace.
      const figures = [...root.querySelectorAll('.steps li > span:last-child, [role="timer"], .step .visually-hidden')];
      for (const figure of figures)
        if (BROKEN_NUMBER.test(figure.textContent!)) found.push(`${where}: "${figure.textContent!.trim()}"`);
    };
    const check = async (attribute: string, value: string) => {
      el.setAttribute(attribute, value);
      await el.updateComplete;
      look(attribute, value, 'idle');
      el.start(); // `minutes` counts from here; `breath-in`/`breath-out` time the pacer's animations
      await el.updateComplete;
      el.next();
      await el.updateComplete;
      if (el.state !== 'running' || el.stepIndex !== 1)
        found.push(`<imagery-timer ${attribute}>: ${el.state} at ${el.stepIndex}`);
      look(attribute, value, 'running');
      el.reset();
      await el.updateComplete;
    };
    const warn = console.warn;
    console.warn = () => {};
    try {
      for (const attribute of TIMER_ATTRIBUTES) {
        for (const value of [...HOSTILE_STRINGS, ...TIMER_NUMBERS]) await check(attribute, value);
        await fc.assert(
          fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (value) => check(attribute, value)),
          { numRuns: RANDOM_RUNS / 2 }
        );
        el.removeAttribute(attribute);
      }
    } finally {
      console.warn = warn;
    }
    const timerErrors = errors.slice(errorsBefore);
    console.log(
      `fuzz <imagery-timer>: ${renders} renders over ${TIMER_ATTRIBUTES.length} attributes, idle and running; ` +
        `${timerErrors.length} uncaught errors, ${found.length} problems`
    );
    expect(timerErrors, 'uncaught errors').to.deep.equal([]);
    expect(found.slice(0, 10), 'injected elements, blank parts or broken numbers').to.deep.equal([]);
    expect((window as unknown as { __canary?: unknown }).__canary, 'window.__canary').to.be.undefined;
  });
});
