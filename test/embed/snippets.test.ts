// Issue 17: every copyable snippet renders something visible as pasted and carries its no-JavaScript link.
// The snippets: every ```html block of stories/*.mdx, README.md and docs/*.md, and every story's snippet panel (the markup the
// story renders, through htmlSnippet(), as `docs.source` in .storybook/preview.ts shows it). Each widget snippet is
// pasted into a fresh page with the built files of dist/cdn/ (`npm run build` first); the checks are in
// snippet-check.ts. The files are listed by the test server (snippet-server.mjs), so new ones are checked too.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { htmlSnippet } from '../../stories/support/snippet.js';
import { closePages } from './host-page.js';
import {
  BOOKING_URL,
  CDN_URL,
  LOCAL_CDN,
  PROVIDER,
  TAGS,
  WIDGETS,
  assertBuilt,
  markupProblems,
  type PageOptions,
  parse,
  pastedProblems,
  scriptProblems,
  widgetSnippetProblems
} from './snippet-check.js';

interface Snippet {
  /** `file:line` of a docs block, `file › Story, Story` for a snippet panel. */
  where: string;
  file: string;
  code: string;
}

/**
 * Blocks that show no widget on purpose, each named here (any other block with a `<script>` or a provider but no
 * widget fails: pasted, it shows nothing).
 * - The script line alone, "load the library once", with the elements in the sections after it: by its exact text
 *   (`<version>` stands for the version in the address).
 * - The page-wide settings, `<practice-provider page>` with nothing but comments inside (and the script line or not):
 *   it goes in a site's footer (Squarespace's Code Injection) and serves the widgets pasted elsewhere on the page.
 *   By file: its attributes and comments are the docs' to word.
 */
const LOADER_LINE =
  '<script type="module" src="https://cdn.jsdelivr.net/npm/@embracesexualwellness/widgets@<version>/dist/cdn/loader.js"></script>';
const SCRIPT_ONLY_BLOCKS = [
  { file: 'docs/embed.md', code: LOADER_LINE }, // step 1, and Squarespace's Header injection
  { file: 'docs/partners.md', code: LOADER_LINE } // the partner guide's step 2
];
const PAGE_SETTINGS_FILES = ['docs/embed.md', 'stories/practice-provider.mdx'];

const anyVersion = (code: string) =>
  code.replace(CDN_URL, (address, version: string) => address.replace(`@${version}/`, '@<version>/')).trim();
function allowedWithoutWidget(snippet: Snippet): boolean {
  const kind = kindOf(snippet.code);
  if (kind === 'script-only') {
    return SCRIPT_ONLY_BLOCKS.some((block) => block.file === snippet.file && block.code === anyVersion(snippet.code));
  }
  return kind === 'page-settings' && PAGE_SETTINGS_FILES.includes(snippet.file);
}

/**
 * - `widget`: holds a widget, or a provider that should hold some (checked, and failing when it holds none);
 * - `script-only`: `<script>` lines and nothing else;
 * - `page-settings`: `<practice-provider page>` with only comments inside, and `<script>` lines or not;
 * - `mixed`: a `<script>` or a page provider with other markup but no widget;
 * - `other`: none of ours (CSS in a `<style>`, say).
 */
type Kind = 'widget' | 'script-only' | 'page-settings' | 'mixed' | 'other';
function kindOf(code: string): Kind {
  const root = parse(code);
  if (root.querySelector(WIDGETS.join(', '))) return 'widget';
  const providers = [...root.querySelectorAll(PROVIDER)];
  if (providers.some((provider) => !provider.hasAttribute('page'))) return 'widget';
  const scripts = root.querySelectorAll('script').length;
  if (providers.length === 0 && scripts === 0) return 'other';
  const blank = (node: Node) => node.nodeType === Node.COMMENT_NODE || (!isElement(node) && !node.textContent?.trim());
  const top = [...root.childNodes].filter((node) => !blank(node));
  const onlyScripts = top.every((node) => isElement(node) && node.localName === 'script');
  if (providers.length === 0) return onlyScripts ? 'script-only' : 'mixed';
  const settingsOnly = top.every(
    (node) =>
      isElement(node) &&
      (node.localName === 'script' || (node.localName === PROVIDER && [...node.childNodes].every(blank)))
  );
  return settingsOnly ? 'page-settings' : 'mixed';
}
const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;

const firstLine = (code: string) => {
  const line = code.trim().split('\n')[0];
  return line.length > 70 ? `${line.slice(0, 69)}…` : line;
};

// ---------------------------------------------------------------------------------------------------------------
// The docs: fenced code blocks.

interface Block extends Snippet {
  language: string;
}

/** Every fenced code block of a Markdown or MDX file, with the line of its opening fence. */
function fencedBlocks(file: string, text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, language] = open;
    const close = new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !close.test(lines[j]); j += 1) {
      body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j].trimStart());
    }
    blocks.push({ where: `${file}:${i + 1}`, file, language: language.toLowerCase(), code: body.join('\n') });
    i = j;
  }
  return blocks;
}

// ---------------------------------------------------------------------------------------------------------------
// The snippet panels: each story rendered as Storybook's source decorator renders it for `docs.source`.

type Args = Record<string, unknown>;
interface Parameters {
  docs?: {
    disable?: boolean;
    codePanel?: boolean;
    canvas?: { sourceState?: string };
    source?: { code?: string; transform?: (code: string, context: unknown) => string };
  };
  [key: string]: unknown;
}
type RenderFunction = (args: Args, context: unknown) => unknown;
interface StoryAnnotations {
  args?: Args;
  parameters?: Parameters;
  render?: RenderFunction;
}
interface Meta extends StoryAnnotations {
  title?: string;
  includeStories?: string[] | RegExp;
  excludeStories?: string[] | RegExp;
}

/** Lit's markers, as Storybook's web-components source decorator strips them. */
const LIT_EXPRESSION_COMMENTS = /<!--\?lit\$[0-9]+\$-->|<!--\??-->/g;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
/** Parameters merged as Storybook merges them: plain objects deeply, anything else replaced. */
function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...base };
  for (const [key, value] of Object.entries(over)) {
    merged[key] = isPlainObject(value) && isPlainObject(merged[key]) ? merge(merged[key], value) : value;
  }
  return merged;
}

const matches = (name: string, filter: string[] | RegExp) =>
  Array.isArray(filter) ? filter.includes(name) : filter.test(name);
function isStory(name: string, meta: Meta): boolean {
  if (name === 'default' || name === '__namedExportsOrder') return false;
  if (meta.includeStories && !matches(name, meta.includeStories)) return false;
  return !(meta.excludeStories && matches(name, meta.excludeStories));
}

/**
 * Whether Storybook offers a story's code to copy: not when its docs are off, nor when both its Code panel is off
 * (`docs.codePanel: false`) and its docs canvas has no "Show code" (`docs.canvas.sourceState: 'none'`), unless a
 * docs page shows its source anyway (`mdxShown`: `<Source of>`, `<Canvas of sourceState="shown">`).
 */
function offered(parameters: Parameters, mdxShown: boolean): boolean {
  const docs = parameters.docs ?? {};
  if (docs.disable) return false;
  return mdxShown || !(docs.codePanel === false && docs.canvas?.sourceState === 'none');
}

/** `file › Story` for each story an MDX page shows the source of, whatever its parameters say. */
function storiesShownByMdx(mdx: Array<{ file: string; text: string }>): Set<string> {
  const shown = new Set<string>();
  for (const { text } of mdx) {
    const modules = new Map(
      [...text.matchAll(/import \* as (\w+) from '\.\/([\w.-]+\.stories)(?:\.ts)?'/g)].map(([, alias, module]) => [
        alias,
        `stories/${module}.ts`
      ])
    );
    for (const [, block, alias, story, rest] of text.matchAll(/<(Source|Canvas)\s+of=\{(\w+)\.(\w+)\}([^>]*)>/g)) {
      if (block === 'Canvas' && !/sourceState="shown"/.test(rest)) continue;
      if (modules.has(alias)) shown.add(`${modules.get(alias)} › ${story}`);
    }
  }
  return shown;
}

/** The snippet panel's code for one story. */
function storySnippet(meta: Meta, story: StoryAnnotations, name: string): string {
  const args = { ...meta.args, ...story.args };
  const parameters = merge(meta.parameters ?? {}, story.parameters ?? {}) as Parameters;
  // .storybook/preview.ts: `docs.source: { type: 'dynamic', excludeDecorators: true, transform: htmlSnippet }`.
  const transform = parameters.docs?.source?.transform ?? htmlSnippet;
  const context = { args, parameters, globals: {}, name, title: meta.title, argTypes: {} };
  if (typeof parameters.docs?.source?.code === 'string') return transform(parameters.docs.source.code, context);
  const renderStory = story.render ?? meta.render;
  if (!renderStory) throw new Error('no render function (neither the story nor its meta has one)');
  const container = document.createElement('div');
  render(renderStory(args, context), container);
  return transform(container.innerHTML.replace(LIT_EXPRESSION_COMMENTS, ''), context);
}

// ---------------------------------------------------------------------------------------------------------------

/** Storybook serves stories/assets/ as its root (`staticDirs`): a story's relative image address resolves there. */
const STORYBOOK_PAGE: PageOptions = { base: '/stories/assets/' };

const failures: Array<{ where: string; problems: string[] }> = [];

async function checkWidgetSnippet(snippet: Snippet, version: string, page: PageOptions = {}) {
  const problems = await widgetSnippetProblems(snippet.code, version, page);
  if (problems.length > 0) failures.push({ where: snippet.where, problems });
  expect(problems, `${snippet.where}\n${snippet.code}\n`).to.deep.equal([]);
}

describe('copyable snippets (issue 17)', function () {
  this.timeout(60_000);
  let version = '';
  const docs: Snippet[] = [];
  const stories: Snippet[] = [];
  const notWidgets: Snippet[] = [];
  const notHtml: Block[] = [];
  const notOffered: string[] = [];
  const unrendered: Array<{ where: string; error: string }> = [];
  /** Storybook formats a snippet twice (when the story renders, then in the Source block): the same both times. */
  const unstable: string[] = [];

  before(async () => {
    await assertBuilt();
    version = ((await (await fetch('/package.json')).json()) as { version: string }).version;
    const sources = (await (await fetch('/test/embed/snippet-sources.json')).json()) as {
      docs: string[];
      stories: string[];
    };
    const texts = await Promise.all(
      sources.docs.map(async (file) => ({ file, text: await (await fetch(`/${file}`)).text() }))
    );
    for (const { file, text } of texts) {
      for (const block of fencedBlocks(file, text)) {
        if (block.language !== 'html') notHtml.push(block);
        else (kindOf(block.code) === 'widget' ? docs : notWidgets).push(block);
      }
    }

    const shownByMdx = storiesShownByMdx(texts.filter(({ file }) => file.endsWith('.mdx')));
    const panels = new Map<string, { file: string; names: string[] }>();
    for (const file of sources.stories) {
      const module = (await import(`/${file}`)) as Record<string, StoryAnnotations | RenderFunction> & {
        default: Meta;
      };
      const meta = module.default;
      for (const [name, exported] of Object.entries(module)) {
        if (!isStory(name, meta)) continue;
        const story: StoryAnnotations = typeof exported === 'function' ? { render: exported } : exported;
        const parameters = merge(meta.parameters ?? {}, story.parameters ?? {}) as Parameters;
        if (!offered(parameters, shownByMdx.has(`${file} › ${name}`))) {
          notOffered.push(`${file} › ${name}`);
          continue;
        }
        let code: string;
        try {
          code = storySnippet(meta, story, name);
        } catch (error) {
          unrendered.push({ where: `${file} › ${name}`, error: String(error) });
          continue;
        }
        if (htmlSnippet(code) !== code) unstable.push(`${file} › ${name}`);
        const key = `${file}\n${code}`;
        if (!panels.has(key)) panels.set(key, { file, names: [] });
        panels.get(key)!.names.push(name);
      }
    }
    for (const [key, { file, names }] of panels) {
      const snippet = { where: `${file} › ${names.join(', ')}`, file, code: key.slice(file.length + 1) };
      (kindOf(snippet.code) === 'widget' ? stories : notWidgets).push(snippet);
    }
  });

  after(() => {
    if (failures.length === 0) return;
    const lines = failures.flatMap(({ where, problems }) => [`  ${where}`, ...problems.map((p) => `    - ${p}`)]);
    console.log(`snippets: ${failures.length} failing snippets\n${lines.join('\n')}`);
  });

  it('finds the snippets, renders every story, and names every snippet it does not load', () => {
    console.log(
      `snippets: ${docs.length} widget blocks in the docs, ${stories.length} distinct snippet panels (stories)`
    );
    console.log(
      `snippets: not widget snippets (no ${TAGS.join('/')} to show):\n` +
        notWidgets.map((s) => `  ${s.where} [${kindOf(s.code)}]: ${firstLine(s.code)}`).join('\n')
    );
    console.log(
      `snippets: not html, not checked: ${notHtml.map((b) => `${b.where} (${b.language || 'plain'})`).join(', ')}`
    );
    console.log(`snippets: stories whose code Storybook does not offer to copy: ${notOffered.join(', ') || 'none'}`);
    expect(docs, 'widget blocks in the docs').not.to.be.empty;
    expect(stories, 'snippet panels').not.to.be.empty;
    expect(unrendered, 'stories that could not be rendered').to.deep.equal([]);
    expect(unstable, 'snippets that htmlSnippet() changes when run again').to.deep.equal([]);
    const unexpected = notWidgets.filter((s) => kindOf(s.code) !== 'other' && !allowedWithoutWidget(s));
    expect(
      unexpected.map((s) => `${s.where} [${kindOf(s.code)}]`),
      'a <script> or a page provider with no widget, not on the lists of such blocks: paste it and nothing shows'
    ).to.deep.equal([]);
  });

  it('the blocks without a widget on the lists load as pasted: elements upgrade, no error, settings as required', async () => {
    const blocks = notWidgets.filter((s) => kindOf(s.code) !== 'other' && allowedWithoutWidget(s));
    console.log(`snippets: without a widget, on purpose: ${blocks.map((s) => s.where).join(', ') || 'none'}`);
    for (const block of blocks) {
      const problems = [...markupProblems(block.code, version), ...(await pastedProblems(block.code))];
      if (problems.length > 0) failures.push({ where: block.where, problems });
      expect(problems, `${block.where}\n${block.code}\n`).to.deep.equal([]);
    }
    closePages();
  });

  describe('in the docs: every ```html block with a widget (README.md, docs/*.md, stories/*.mdx)', function () {
    afterEach(closePages);
    before(function () {
      for (const snippet of docs) {
        this.test!.parent!.addTest(
          new Mocha.Test(`${snippet.where}: ${firstLine(snippet.code)}`, () => checkWidgetSnippet(snippet, version))
        );
      }
    });
    it('has blocks to check', () => expect(docs).not.to.be.empty);
  });

  describe("in Storybook's snippet panels: every story's code", function () {
    afterEach(closePages);
    before(function () {
      for (const snippet of stories) {
        this.test!.parent!.addTest(
          new Mocha.Test(snippet.where, () => checkWidgetSnippet(snippet, version, STORYBOOK_PAGE))
        );
      }
    });
    it('has snippets to check', () => expect(stories).not.to.be.empty);
  });
});

describe('the snippet check itself: it rejects bad snippets', function () {
  this.timeout(30_000);
  afterEach(closePages);
  let version = '';
  before(async () => {
    version = ((await (await fetch('/package.json')).json()) as { version: string }).version;
  });
  const link = `<a href="${BOOKING_URL}">Book a free phone consultation</a>`;
  const cta = `<consult-cta>\n  ${link}\n</consult-cta>`;
  const cdn = (file: string) =>
    `https://cdn.jsdelivr.net/npm/@embracesexualwellness/widgets@${version}/dist/cdn/${file}`;
  const check = (code: string) => widgetSnippetProblems(code, version);
  const expectProblem = (problems: string[], pattern: RegExp) =>
    expect(
      problems.some((problem) => pattern.test(problem)),
      `${pattern} among:\n${problems.join('\n')}`
    ).to.be.true;

  it('passes a good snippet, with the loader or with its own script line', async () => {
    expect(await check(cta)).to.deep.equal([]);
    expect(await check(`<script type="module" src="${cdn('embrace-widgets.js')}"></script>\n${cta}`)).to.deep.equal([]);
  });

  it('rejects a provider with only a comment inside', async () => {
    const problems = await check(
      '<practice-provider booking-url="https://www.embracesexualwellness.com/">\n  <!-- widgets here -->\n</practice-provider>'
    );
    expectProblem(problems, /<practice-provider[^>]*> holds no widget \(only a comment or nothing\)/);
  });

  it('rejects a widget without a written-in link: nothing to follow without JavaScript', async () => {
    const problems = await check('<imagery-timer></imagery-timer>');
    expectProblem(problems, /<imagery-timer> has no written-in link/);
    expectProblem(problems, /without JavaScript, no written-in link is visible/);
    expectProblem(
      await check(`<article-card slug="guided-imagery"><a href="/esw-blog">Read</a></article-card>`),
      /not a full http\(s\) address/
    );
    expectProblem(
      markupProblems(
        '<article-card slug="guided-imagery"><a href="https://www.embracesexualwellness.com/esw-blog">Blog</a></article-card>',
        version
      ),
      /the link inside <article-card slug="guided-imagery"> goes to .*, the card's own address is .*\/category\/Arousal/
    );
  });

  it('rejects an element nobody sees: hidden, invisible, transparent, too small or off the page', async () => {
    expectProblem(await check(`<consult-cta hidden>${link}</consult-cta>`), /is not visible: display: none/);
    expectProblem(await check(`<div style="visibility: hidden">${cta}</div>`), /is not visible: visibility: hidden/);
    expectProblem(await check(`<div style="opacity: 0">${cta}</div>`), /is not visible: opacity: 0/);
    expectProblem(await check(`<div style="width: 60px">${cta}</div>`), /renders a \d+ × \d+ px box, under 100 × 40/);
    expectProblem(await check(`<div style="margin-left: 900px">${cta}</div>`), /does not fit the \d+ px page/);
    const hiddenLink = `<consult-cta><a href="${BOOKING_URL}" style="display: none">Book</a></consult-cta>`;
    expectProblem(await check(hiddenLink), /without JavaScript, the link inside <consult-cta> is not visible/);
  });

  it('rejects a booking link that is not the practice’s booking page, and a phone number not marked as a placeholder', async () => {
    const contact =
      '<consult-cta phone="(312) 555-0142"><a href="https://www.embracesexualwellness.com/contact">Book</a></consult-cta>';
    const problems = await check(contact);
    expectProblem(
      problems,
      /the link inside <consult-cta[^>]*> goes to https:\/\/www\.embracesexualwellness\.com\/contact/
    );
    expectProblem(problems, /phone number phone="\(312\) 555-0142" on <consult-cta> is not marked as a placeholder/);
    expectProblem(
      markupProblems(
        `<practice-provider booking-url="https://clinic.example/book">${cta}</practice-provider>`,
        version
      ),
      /booking-url on <practice-provider> goes to https:\/\/clinic\.example\/book/
    );
    expectProblem(
      markupProblems(`${cta}\n<p>Or call (312) 555-0142.</p>`, version),
      /"\(312\) 555-0142" is not marked/
    );
    const marked = `<!-- (312) 555-0142 is a placeholder -->\n<consult-cta phone="(312) 555-0142">\n  ${link}\n</consult-cta>`;
    expect(await check(marked)).to.deep.equal([]);
  });

  it('rejects a wrong Subresource Integrity hash, and accepts the right one', async () => {
    const bytes = await (await fetch(`${LOCAL_CDN}embrace-widgets.js`)).arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
    const hash = btoa(String.fromCharCode(...digest));
    const pinned = (integrity: string) =>
      `<script type="module" src="${cdn('embrace-widgets.js')}" integrity="sha384-${integrity}" crossorigin="anonymous"></script>\n${cta}`;
    expect(await check(pinned(hash))).to.deep.equal([]);
    const problems = await check(pinned(btoa(String.fromCharCode(...new Uint8Array(48)))));
    expectProblem(problems, /console error: could not load <script>/);
    expectProblem(problems, /<consult-cta> never upgraded/);
  });

  it('rejects another version, a script from elsewhere, and a script-only block not on the list', async () => {
    const other = cdn('loader.js').replace(`@${version}/`, '@0.0.1/');
    expectProblem(scriptProblems(`<script type="module" src="${other}"></script>`, version), /names version 0\.0\.1/);
    expectProblem(
      scriptProblems('<script type="module" src="https://unpkg.com/x/loader.js"></script>', version),
      /is not the package's address/
    );
    const block = {
      where: 'README.md:1',
      file: 'README.md',
      code: `<script type="module" src="${cdn('loader.js')}"></script>`
    };
    expect(kindOf(block.code)).to.equal('script-only');
    expect(allowedWithoutWidget(block), 'only the guides may show the loader line alone').to.be.false;
    expect(allowedWithoutWidget({ ...block, file: 'docs/embed.md' })).to.be.true;
    const withText = { ...block, file: 'docs/embed.md', code: `${block.code}\n<p>Widgets go here.</p>` };
    expect(kindOf(withText.code)).to.equal('mixed');
    expect(allowedWithoutWidget(withText)).to.be.false;
    const settings =
      '<practice-provider page booking-url="https://www.embracesexualwellness.com/"><!-- x --></practice-provider>';
    expect(kindOf(settings)).to.equal('page-settings');
    expect(allowedWithoutWidget({ ...block, code: settings }), 'README.md is not on the list').to.be.false;
    expect(kindOf('<practice-provider><!-- widgets here --></practice-provider>'), 'checked: and it fails').to.equal(
      'widget'
    );
    expect(kindOf('<style>:root { --embrace-accent: #0b5d5b; }</style>')).to.equal('other');
  });

  it('reads fenced blocks with their line, language and indentation', () => {
    const text =
      'Intro\n\n```html\n<consult-cta></consult-cta>\n```\n\n1. Step\n   ```html title="x"\n   <imagery-timer></imagery-timer>\n   ```\n~~~css\na {}\n~~~\n';
    const blocks = fencedBlocks('x.mdx', text);
    expect(blocks.map((b) => [b.where, b.language, b.code])).to.deep.equal([
      ['x.mdx:3', 'html', '<consult-cta></consult-cta>'],
      ['x.mdx:8', 'html', '<imagery-timer></imagery-timer>'],
      ['x.mdx:11', 'css', 'a {}']
    ]);
  });
});
