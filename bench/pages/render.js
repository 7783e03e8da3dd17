// The page side of `npm run bench` (bench/run.mjs drives it through Playwright): render, interaction and memory
// measurements, with every variant on one page so they are measured side by side.
const WIDGETS = {
  'practice-provider': '<practice-provider partner="bench"></practice-provider>',
  'consult-cta': '<consult-cta></consult-cta>',
  'care-checklist': '<care-checklist></care-checklist>',
  'article-card': '<article-card slug="guided-imagery"></article-card>'
};
/** The floor and Lit, for context: the same markup in every benchmark that shows them. */
const REFERENCES = {
  'plain <p>': '<p>Book a free phone consultation</p>',
  'bare custom element': '<bare-element></bare-element>',
  'Lit element': '<lit-hello></lit-hello>'
};
const stage = document.getElementById('stage');
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
/** Resolves after the next frame has been produced: a rAF, then a task queued from it (the "after next paint"). */
const afterNextPaint = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(null);
    })
  );
const upgradedIn = (root) => [...root.querySelectorAll('*')].filter((el) => el.updateComplete);
const allUpdated = (root) => Promise.all(upgradedIn(root).map((el) => el.updateComplete));

/** The cold-page benchmark (bench/lib/cold.mjs) also has the timer, on its defaults. */
const COLD_WIDGETS = { ...WIDGETS, 'imagery-timer': '<imagery-timer></imagery-timer>' };

/**
 * The floor for each widget: exactly the markup and CSS it renders, as declarative shadow DOM that the HTML parser
 * builds with no script at all.
 */
async function floorMarkup(tag) {
  stage.innerHTML = COLD_WIDGETS[tag];
  const el = stage.firstElementChild;
  await el.updateComplete;
  const css = el.shadowRoot.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
  const html = el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
  stage.replaceChildren();
  return `<div><template shadowrootmode="open"><style>${css.join('\n')}</style>${html}</template></div>`;
}

/** Shoelace compositions that show the same content as our card, checklist and call to action. */
async function shoelaceMarkup() {
  stage.innerHTML = WIDGETS['article-card'] + WIDGETS['care-checklist'] + WIDGETS['consult-cta'];
  await allUpdated(stage);
  const [card, checklist, cta] = stage.children;
  const text = (el, selector) => el.shadowRoot.querySelector(selector)?.textContent.trim() ?? '';
  const labels = [...checklist.shadowRoot.querySelectorAll('label')].map((label) => label.textContent.trim());
  stage.replaceChildren();
  return {
    'article-card': `<sl-card><small slot="header">${text(card, '[part="category"]')}</small><h3>${text(card, '[part="link"]')}</h3><p>${text(card, '[part="excerpt"]')}</p><small>${text(card, '[part="meta"]')}</small><div slot="footer"><sl-button href="#" variant="primary">Read the article</sl-button></div></sl-card>`,
    'care-checklist': `<sl-card><h2 slot="header">${text(checklist, '[part~="heading"]')}</h2><fieldset>${labels.map((label) => `<sl-checkbox>${label}</sl-checkbox>`).join('<br>')}</fieldset><p role="status">${text(checklist, '[part="level"]')}</p><sl-button>Clear my answers</sl-button></sl-card>`,
    'consult-cta': `<sl-card><h2 slot="header">${text(cta, '[part~="heading"]')}</h2><p>${text(cta, 'p')}</p><sl-button href="#" variant="primary">${text(cta, '[part="action"]')}</sl-button></sl-card>`
  };
}

const variants = {};

async function prepare() {
  await Promise.all(
    [...Object.keys(WIDGETS), 'sl-card', 'sl-button', 'sl-checkbox', 'bare-element', 'lit-hello'].map((tag) =>
      customElements.whenDefined(tag)
    )
  );
  const shoelace = await shoelaceMarkup();
  for (const tag of Object.keys(WIDGETS)) {
    const floor = await floorMarkup(tag);
    variants[`${tag} | ours`] = { markup: WIDGETS[tag] };
    variants[`${tag} | floor (same markup, no script)`] = { markup: floor, declarative: true };
    if (shoelace[tag]) variants[`${tag} | Shoelace composition`] = { markup: shoelace[tag] };
  }
  for (const [name, markup] of Object.entries(REFERENCES)) variants[`reference | ${name}`] = { markup };
  return Object.keys(variants);
}

/** One sample: milliseconds from inserting `n` copies to all of them rendered, styled and laid out. */
async function sample(name, n) {
  const variant = variants[name];
  stage.replaceChildren();
  await nextFrame();
  const markup = variant.markup.repeat(n);
  const start = performance.now();
  if (variant.declarative) stage.setHTMLUnsafe(markup);
  else stage.innerHTML = markup;
  await allUpdated(stage);
  stage.getBoundingClientRect(); // forces style and layout
  const elapsed = performance.now() - start;
  stage.replaceChildren();
  return elapsed;
}

// ---- 5. Interaction cost -------------------------------------------------------------------------------------

const longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({
  type: 'longtask',
  buffered: true
});

const INTERACTIONS = {
  'checklist toggle | ours': {
    markup: '<care-checklist></care-checklist>',
    act: (root) => root.querySelector('care-checklist').shadowRoot.querySelector('input').click()
  },
  'checklist toggle | floor (native checkbox)': {
    markup: '<label><input type="checkbox"> You feel pain</label><p role="status">No signs</p>',
    act: (root) => {
      root.querySelector('input').click();
      root.querySelector('p').textContent = 'Worth seeing a provider';
    }
  },
  'CTA dialog open | ours': {
    markup: '<consult-cta open="dialog" booking-url="/bench/pages/blank.html"></consult-cta>',
    act: (root) => root.querySelector('consult-cta').shadowRoot.querySelector('[part="action"]').click(),
    undo: (root) => root.querySelector('consult-cta').shadowRoot.querySelector('dialog')?.close()
  },
  'CTA dialog open | floor (native dialog + iframe)': {
    markup: '<button>Book</button><dialog><h2>Book</h2><iframe title="Booking"></iframe></dialog>',
    act: (root) => {
      const dialog = root.querySelector('dialog');
      dialog.querySelector('iframe').src = '/bench/pages/blank.html';
      dialog.showModal();
    },
    undo: (root) => root.querySelector('dialog').close()
  }
};

/** Milliseconds from a click to the next frame after it, `rounds` times per interaction, interleaved. */
async function interactions(rounds) {
  const results = Object.fromEntries(Object.keys(INTERACTIONS).map((name) => [name, []]));
  const before = longTasks.length;
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, interaction] of Object.entries(INTERACTIONS)) {
      stage.innerHTML = interaction.markup;
      await allUpdated(stage);
      await afterNextPaint();
      const start = performance.now();
      interaction.act(stage);
      await afterNextPaint();
      results[name].push(performance.now() - start);
      interaction.undo?.(stage);
      stage.replaceChildren();
    }
  }
  return { results, longTasks: longTasks.slice(before) };
}

// ---- 6. Memory -------------------------------------------------------------------------------------------------

/** Creates, renders and removes `count` elements of `tag`, one at a time. */
async function churn(tag, count) {
  const markup = WIDGETS[tag] ?? REFERENCES[tag.replace(/^reference: /, '')];
  for (let i = 0; i < count; i += 1) {
    stage.innerHTML = markup;
    await allUpdated(stage);
    stage.replaceChildren();
  }
  await nextFrame();
  return window.__leftBehind();
}

window.bench = {
  prepare,
  /** Each element's markup and its declarative-shadow-DOM floor, for the cold pages. */
  cold: async () => {
    const out = {};
    const shoelace = await shoelaceMarkup();
    for (const tag of Object.keys(COLD_WIDGETS))
      out[tag] = { markup: COLD_WIDGETS[tag], floor: await floorMarkup(tag), shoelace: shoelace[tag] };
    return out;
  },
  sample,
  interactions,
  churn,
  leftBehind: () => window.__leftBehind(),
  tags: Object.keys(WIDGETS),
  // The references show what plain markup, a bare element and Lit retain by themselves.
  churnTags: [...Object.keys(REFERENCES).map((name) => `reference: ${name}`), ...Object.keys(WIDGETS)]
};
window.dispatchEvent(new Event('bench-ready'));
