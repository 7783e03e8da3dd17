// Every string attribute of every element (read from the Custom Elements Manifest) set to hostile values and to
// random strings from fast-check, on elements from the built CDN bundle. Nothing may throw, inject markup, render a
// link with a disallowed protocol, or run the payloads' `window.__canary = 1`.
import { expect, fixture } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import { HOSTILE_STRINGS } from '../fixtures/hostile.js';
import { importLibrary } from './host-page.js';

interface ManifestAttribute {
  name: string;
  type?: { text: string };
}
interface ManifestMember {
  kind: string;
  name: string;
  static?: boolean;
  privacy?: string;
  readonly?: boolean;
  type?: { text: string };
}
interface Manifest {
  modules: Array<{
    declarations?: Array<{
      tagName?: string;
      customElement?: boolean;
      attributes?: ManifestAttribute[];
      members?: ManifestMember[];
    }>;
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
/**
 * The templates' own drawings (the checkbox tick, the ✕ of the dialog, the answer's marks): an `<svg viewBox="0 0 24
 * 24" aria-hidden="true">` holding only paths and circles. Any other SVG in a shadow root was injected.
 */
const TEMPLATE_SVG_TAGS = new Set(['path', 'circle']);
const isTemplateSvg = (svg: Element | null) =>
  svg?.localName === 'svg' &&
  svg.getAttribute('viewBox') === '0 0 24 24' &&
  svg.getAttribute('aria-hidden') === 'true' &&
  [...svg.children].every((child) => TEMPLATE_SVG_TAGS.has(child.localName));
const isTemplateTag = (node: Element) =>
  TEMPLATE_TAGS.has(node.localName) ||
  (node.localName === 'svg' && isTemplateSvg(node)) ||
  (TEMPLATE_SVG_TAGS.has(node.localName) && isTemplateSvg(node.parentElement));

const errors: string[] = [];
const onError = (event: ErrorEvent) => errors.push(String(event.message));

/** What is wrong with an element's shadow root right now (empty when all is well). */
function problems(el: Element): string[] {
  const found: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    if (!isTemplateTag(node)) found.push(`injected <${node.localName}>`);
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

/** Every read of this object throws: what a host's reactive store or a revoked proxy can hand over. */
const THROWING_PROXY = new Proxy(
  {},
  {
    get() {
      throw new Error('trap');
    },
    ownKeys() {
      throw new Error('trap');
    },
    getOwnPropertyDescriptor() {
      throw new Error('trap');
    }
  }
);
/** An object that cannot be read or turned into text or a number. */
const THROWING_OBJECT = {
  get value(): string {
    throw new Error('getter');
  },
  toString(): string {
    throw new Error('toString');
  },
  valueOf(): number {
    throw new Error('valueOf');
  }
};
/** What frameworks pass to properties (numbers, arrays, objects, functions) and what junk code does. */
const PROPERTY_VALUES: Array<[string, unknown]> = [
  ['0', 0],
  ['-1', -1],
  ['42', 42],
  ['112', 112],
  ['3.5', 3.5],
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['1e21', 1e21],
  ['true', true],
  ['false', false],
  ['null', null],
  ['undefined', undefined],
  ['[]', []],
  ["['IL', 'KS']", ['IL', 'KS']],
  ['[1, 2]', [1, 2]],
  ['[{}]', [{}]],
  ['[null]', [null]],
  ['{}', {}],
  ['{ a: 1 }', { a: 1 }],
  ['new Date(0)', new Date(0)],
  ["() => 'x'", () => 'x'],
  ["Symbol('s')", Symbol('s')],
  ['a Proxy whose every read throws', THROWING_PROXY],
  ['an object with a throwing getter, toString and valueOf', THROWING_OBJECT]
];
/** What a host may put under one key of a `strings` table: text, the wrong type, functions that fail. */
const STRINGS_VALUES: Array<[string, unknown]> = [
  ["'Call 112'", 'Call 112'],
  ['7', 7],
  ['null', null],
  ['{}', {}],
  [
    "() => { throw new Error('boom') }",
    () => {
      throw new Error('boom');
    }
  ],
  ['() => 42', () => 42],
  ['a Proxy whose every read throws', THROWING_PROXY]
];
/** The keys of each element's default `strings` table (src/<tag>/strings.ts). */
const STRINGS_KEYS: Record<string, string[]> = {
  'consult-cta': [
    'heading',
    'notServedHeading',
    'label',
    'welcome',
    'where',
    'whereAsking',
    'bannerLead',
    'newTab',
    'phoneLead',
    'locationLabel',
    'locationHint',
    'locationPlaceholder',
    'outsideUs',
    'served',
    'servedInPerson',
    'notServed',
    'fallbackAction',
    'directoryAction',
    'directoryNote',
    'contactAction',
    'wayForward',
    'announceServed',
    'announceNotServed',
    'dialogClose',
    'dialogLoading',
    'dialogSlow',
    'dialogNewTab',
    'dialogBack',
    'dialogFrameTitle'
  ],
  'care-checklist': [
    'heading',
    'intro',
    'legend',
    'prompt',
    'levelPrefix',
    'seeProviderLevel',
    'seeProviderText',
    'urgentLevel',
    'urgentText',
    'referral',
    'referralAction',
    'phoneLead',
    'emotional',
    'emotionalAction',
    'emergency',
    'support',
    'supportPhone',
    'supportCare',
    'notDiagnosis',
    'privacy',
    'clear',
    'copy',
    'copied',
    'copyFailed',
    'copyTitle',
    'cleared',
    'count'
  ],
  'article-card': ['readingTime', 'by', 'recommendedBy', 'newTab', 'inCategory', 'blogHeading', 'blogExcerpt'],
  'imagery-timer': [
    'heading',
    'intro',
    'stepsLabel',
    'length',
    'optionalTag',
    'includeOptional',
    'chime',
    'voice',
    'voiceOnline',
    'start',
    'pause',
    'resume',
    'resumed',
    'previous',
    'next',
    'end',
    'stepOf',
    'left',
    'paused',
    'breatheIn',
    'breatheOut',
    'breathPace',
    'back',
    'welcomeBack',
    'doneHeading',
    'doneText',
    'doneAway',
    'reflection',
    'again',
    'rememberOffer',
    'remember',
    'count',
    'forget',
    'forgotten',
    'storageOff'
  ]
};

/** The public, writable instance fields of each custom element, with whether each is a boolean. */
async function publicFields(): Promise<Array<[string, Array<{ name: string; boolean: boolean }>]>> {
  const manifest = (await (await fetch('/dist/custom-elements.json')).json()) as Manifest;
  const result: Array<[string, Array<{ name: string; boolean: boolean }>]> = [];
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      const fields = (d.members ?? []).filter(
        (m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !m.readonly
      );
      result.push([d.tagName, fields.map((m) => ({ name: m.name, boolean: m.type?.text === 'boolean' }))]);
    }
  }
  return result;
}

/** Why an element counts as blank right now (nothing rendered, or no box on the page), or null. */
function blankness(el: Element): string | null {
  if (el.shadowRoot!.childElementCount === 0) return 'empty shadow root';
  if (el.localName === 'practice-provider') return null; // `display: contents`: it has no box of its own
  // <consult-cta variant="inline"> is an inline box: it has client rects but may report no height of its own.
  if (el.localName === 'consult-cta' && getComputedStyle(el).display === 'inline') {
    return el.getClientRects().length > 0 ? null : 'no client rects (inline)';
  }
  return el.getBoundingClientRect().height > 0 ? null : 'zero height';
}

/** A short description of an error or rejection reason. */
function explain(reason: unknown): string {
  try {
    return reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
  } catch {
    return 'an unprintable reason';
  }
}

describe('fuzzed attributes', () => {
  before(async () => {
    await importLibrary();
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
  it('every public property of every element, set to what frameworks and junk pass: 0 uncaught errors, 0 blank widgets', async function () {
    this.timeout(120_000); // about 2,400 assignments (665 then driven), a task apart; WebKit needs about 25 s
    const elements = await publicFields();
    const names = Object.fromEntries(elements.map(([tag, fields]) => [tag, fields.map((f) => f.name)]));
    // So the test cannot silently fuzz nothing if the manifest changes shape.
    expect(names['care-checklist'], 'care-checklist fields').to.include.members([
      'emergencyNumber',
      'heading',
      'states',
      'strings',
      'checked'
    ]);
    expect(names['consult-cta'], 'consult-cta fields').to.include.members(['heading', 'variant', 'states', 'strings']);
    expect(names['imagery-timer'], 'imagery-timer fields').to.include.members(['minutes', 'steps', 'strings']);
    expect(names['article-card'], 'article-card fields').to.include.members(['readingMinutes', 'strings']);
    expect(names['practice-provider'], 'practice-provider fields').to.include.members(['phone', 'bookingUrl']);

    const errors: string[] = [];
    const blank: string[] = [];
    let assignments = 0;
    let where = ''; // what is being done right now, so an uncaught error can say where it came from
    const onUncaught = (event: ErrorEvent) =>
      errors.push(`${where}: uncaught ${explain(event.error ?? event.message)}`);
    const onRejection = (event: PromiseRejectionEvent) =>
      errors.push(`${where}: unhandled rejection ${explain(event.reason)}`);
    const look = (el: Element) => {
      const why = blankness(el);
      if (why) blank.push(`${where}: ${why}`);
    };
    /** Runs one step; a throw or a rejection is recorded against `where` instead of ending the test. */
    const attempt = async (step: () => unknown) => {
      try {
        await step();
      } catch (error) {
        errors.push(`${where}: ${explain(error)}`);
      }
    };
    // Unhandled rejections and errors from timers are reported in a later task: wait for one, so each is
    // recorded against the assignment that caused it.
    const turn = () => new Promise((resolve) => setTimeout(resolve));
    const set = (el: Upgraded, name: string, value: unknown) => {
      (el as unknown as Record<string, unknown>)[name] = value;
    };
    const resetValue = (name: string, boolean: boolean) =>
      name === 'strings' ? {} : name === 'checked' ? [] : boolean ? false : undefined;

    const warn = console.warn;
    console.warn = () => {}; // every bad value warns once by design
    // Mocha fails the test at the first uncaught error; count them all instead, then assert on the list.
    const mochaOnError = window.onerror;
    window.onerror = null;
    window.addEventListener('error', onUncaught);
    window.addEventListener('unhandledrejection', onRejection);
    let copies = 0;
    const clipboard = sinon.stub(navigator.clipboard, 'writeText').resolves();
    try {
      // 1. Every public field, one value at a time, reset in between. A fresh element per field, so a field that
      // turns something off (askLocation) does not hide what the next field would break.
      for (const [tag, fields] of elements) {
        for (const { name, boolean } of fields) {
          const el = await fixture<Upgraded>(`<${tag} ask-location></${tag}>`);
          for (const [label, value] of PROPERTY_VALUES) {
            where = `<${tag}>.${name} = ${label}`;
            await attempt(async () => {
              set(el, name, value);
              await el.updateComplete;
            });
            assignments += 1;
            look(el);
            await attempt(async () => {
              set(el, name, resetValue(name, boolean));
              await el.updateComplete;
            });
            await turn();
          }
          el.remove();
        }
      }

      // 2. Each key of each `strings` table set to the wrong shape, then the element driven once so the table's
      // functions are called (announcements, the outcome, the copied list, the running timer).
      for (const [tag, keys] of Object.entries(STRINGS_KEYS)) {
        const el = await fixture<Upgraded>(`<${tag} ask-location></${tag}>`);
        for (const key of keys) {
          for (const [label, value] of STRINGS_VALUES) {
            where = `<${tag}>.strings = { ${key}: ${label} }`;
            await attempt(async () => {
              set(el, 'strings', { [key]: value });
              await el.updateComplete;
            });
            assignments += 1;
            look(el);
            const root = el.shadowRoot!;
            if (tag === 'care-checklist') {
              where += ', checking the first box';
              await attempt(async () => {
                root.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
                await el.updateComplete;
              });
              where = where.replace('checking the first box', 'copying');
              await attempt(async () => {
                root.querySelectorAll<HTMLButtonElement>('.actions button')[0].click(); // Copy, then Clear
                await new Promise((resolve) => setTimeout(resolve)); // the copy is async: let it finish
                await el.updateComplete;
              });
            } else if (tag === 'consult-cta') {
              for (const state of ['TX', 'outside-us', 'KS']) {
                where = `<${tag}>.strings = { ${key}: ${label} }, choosing ${state}`;
                await attempt(async () => {
                  const select = root.querySelector('select')!;
                  select.value = state;
                  select.dispatchEvent(new Event('change', { bubbles: true }));
                  await el.updateComplete;
                });
              }
            } else if (tag === 'imagery-timer') {
              const timer = el as Timer;
              for (const step of ['start', 'next', 'reset'] as const) {
                where = `<${tag}>.strings = { ${key}: ${label} }, ${step}()`;
                await attempt(async () => {
                  timer[step]();
                  await el.updateComplete;
                });
              }
            }
            look(el);
            where = `<${tag}>.strings = { ${key}: ${label} }, resetting`;
            await attempt(async () => {
              set(el, 'strings', {});
              if (tag === 'care-checklist') set(el, 'checked', []);
              await el.updateComplete;
            });
            await turn();
          }
        }
        el.remove();
      }
      copies = clipboard.callCount;
    } finally {
      clipboard.restore();
      window.removeEventListener('error', onUncaught);
      window.removeEventListener('unhandledrejection', onRejection);
      window.onerror = mochaOnError;
      console.warn = warn;
    }
    const properties = elements.reduce((n, [, fields]) => n + fields.length, 0);
    console.log(
      `property fuzz: ${assignments} assignments over ${properties} properties; ` +
        `${errors.length} uncaught errors, ${blank.length} blank widgets`
    );
    // The strings phase only means something if the checklist really got as far as copying.
    expect(copies, 'copies made by the Copy button').to.equal(
      STRINGS_KEYS['care-checklist'].length * STRINGS_VALUES.length
    );
    expect(errors.slice(0, 10), 'uncaught errors (first 10)').to.deep.equal([]);
    expect(blank.slice(0, 10), 'blank widgets (first 10)').to.deep.equal([]);
  });
});
