/* global customElements, localStorage, Event, URL, setTimeout */
/**
 * Every visual state of every element, as markup plus an optional `act` that brings the state about with nothing but
 * the DOM and the elements' public API. One list, read by `npm run screenshots` (scripts/screenshots.mjs) and by
 * anything else that wants to walk through all the states (Storybook, the contrast tests), so what is reviewed is
 * what is tested.
 *
 * Plain browser JavaScript with no imports and no top-level DOM access, so Node can import it too (the screenshot
 * script reads the ids from it).
 */

/** The elements this library defines; `settle` waits for each one present. */
export const EMBRACE_TAGS = Object.freeze([
  'practice-provider',
  'consult-cta',
  'care-checklist',
  'article-card',
  'imagery-timer'
]);

/** How long `settle` waits for a tag to be defined before saying the bundle never registered it. */
const DEFINE_TIMEOUT_MS = 5000;

/**
 * Same-origin stand-ins for pictures and the booking page, resolved from this module's own address so they work on
 * any server that serves the repository (and Vite bundles them as assets in Storybook): nothing goes to the internet.
 */
const CALM_SCENE = new URL('../assets/calm-scene.svg', import.meta.url).href;

const CONTACT_LINK = 'https://www.embracesexualwellness.com/contact';
const HOST_SENTENCE = 'Pressure to perform can take the joy out of intimacy, and you don’t have to sort it out alone.';

/** Waits until every embrace element in `main` is defined and has rendered, twice for providers around widgets. */
export async function settle(main) {
  const present = EMBRACE_TAGS.filter((tag) => main.querySelector(tag));
  await Promise.all(
    present.map((tag) =>
      Promise.race([
        customElements.whenDefined(tag),
        new Promise((_, reject) =>
          setTimeout(
            () => reject(new Error(`<${tag}> was never defined: is the embrace-widgets bundle loaded?`)),
            DEFINE_TIMEOUT_MS
          )
        )
      ])
    )
  );
  const elements = [...main.querySelectorAll(present.join(','))];
  // A provider's settings reach the widgets inside in its first update; they render again in the next round.
  for (let round = 0; round < 2; round += 1) await Promise.all(elements.map((el) => el.updateComplete));
}

/** Puts `state` in `main` and brings it about: markup, rendering, `act`, rendering again. */
export async function show(main, state) {
  main.innerHTML = state.html;
  await settle(main);
  if (state.act) {
    try {
      await state.act(main);
    } catch (error) {
      throw new Error(`${state.id}: ${error instanceof Error ? error.message : error}`, { cause: error });
    }
  }
  await settle(main);
}

// Helpers for the acts: each throws a message that names what was missing, so a consumer sees which state broke.

function the(main, tag) {
  const el = main.querySelector(tag);
  if (!el) throw new Error(`no <${tag}> in the page`);
  return el;
}

function inShadow(el, selector, what = selector) {
  const found = el.shadowRoot?.querySelector(selector);
  if (!found) throw new Error(`<${el.localName}> has no ${what} (${selector}) in its shadow root`);
  return found;
}

/** Answers the location question as a mouse pick does: value, then `change` (no key pressed, so it counts at once). */
async function answer(main, code) {
  const cta = the(main, 'consult-cta');
  const select = inShadow(cta, 'select', 'location select');
  if (![...select.options].some((option) => option.value === code)) throw new Error(`no option "${code}"`);
  select.value = code;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await cta.updateComplete;
  if (!inShadow(cta, '.outcome', 'outcome').textContent.trim()) throw new Error(`no outcome shown for ${code}`);
}

/** Clicks checkboxes by index, as a person does (the element listens to `change`). */
async function check(main, ...indexes) {
  const list = the(main, 'care-checklist');
  const boxes = list.shadowRoot?.querySelectorAll('input[type="checkbox"]') ?? [];
  for (const index of indexes) {
    if (!boxes[index]) throw new Error(`care-checklist has ${boxes.length} checkboxes, no #${index + 1}`);
    boxes[index].click();
    await list.updateComplete;
    if (!boxes[index].checked) throw new Error(`checkbox #${index + 1} did not stay checked`);
  }
}

/** Opens the booking dialog on a same-origin page (a screenshot requests nothing outside), and waits for it. */
async function openBooking(main) {
  const el = the(main, 'consult-cta');
  el.setAttribute('booking-url', CALM_SCENE);
  await el.updateComplete;
  await el.showBooking();
  if (!inShadow(el, 'dialog', 'booking dialog').open) throw new Error('the booking dialog did not open');
  // Until the page inside has loaded, the loading words are under a transparent frame: wait for the page.
  const frame = inShadow(el, '.frame', 'booking frame');
  for (let i = 0; i < 50 && !frame.classList.contains('loaded'); i += 1) await new Promise((r) => setTimeout(r, 50));
  await el.updateComplete;
}

/** Starts the timer, and checks it did. */
async function start(main) {
  const timer = the(main, 'imagery-timer');
  timer.start();
  await timer.updateComplete;
  if (timer.state !== 'running') throw new Error(`imagery-timer is "${timer.state}" after start(), not running`);
  return timer;
}

/** Presses Next until the practice is complete, as a person who skips through would. */
async function finish(main) {
  const timer = await start(main);
  for (let i = 0; i < 50 && timer.state !== 'complete'; i += 1) {
    timer.next();
    await timer.updateComplete;
  }
  if (timer.state !== 'complete') throw new Error(`imagery-timer is still "${timer.state}" after 50 × next()`);
  return timer;
}

/**
 * `remember` keeps its count in localStorage: forget it, so the state shown is the first-time one whatever ran in
 * this browser before, and render again.
 */
async function forgetPracticeLog(main) {
  try {
    localStorage.removeItem('embrace-widgets:imagery-log');
  } catch {
    // Storage refused (a sandboxed frame): the widget cannot have a count either.
  }
  const timer = the(main, 'imagery-timer');
  timer.requestUpdate();
  await timer.updateComplete;
}

const cta = (attributes = '', inner = '') => `<consult-cta${attributes}>${inner}</consult-cta>`;
const card = (attributes = '') => `<article-card${attributes}></article-card>`;
const GRID = 'display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:1.5rem';

/** @type {import('./widget-states.d.mts').WidgetState[]} */
export const WIDGET_STATES = [
  // consult-cta
  { id: 'consult-cta--card', element: 'consult-cta', title: 'Card (no attributes)', html: cta() },
  { id: 'consult-cta--banner', element: 'consult-cta', title: 'Banner', html: cta(' variant="banner"') },
  {
    id: 'consult-cta--inline',
    element: 'consult-cta',
    title: 'Inline in a sentence, no link written in',
    html: `<p>${HOST_SENTENCE} ${cta(' variant="inline"')}</p>`
  },
  {
    id: 'consult-cta--inline-own-link',
    element: 'consult-cta',
    title: 'Inline in a sentence, with a link written in',
    html:
      `<p>Questions about your own situation? ` +
      cta(' variant="inline"', `<a href="${CONTACT_LINK}">Book a free phone consultation</a>`) +
      `. We reply within a day or two.</p>`
  },
  {
    id: 'consult-cta--inline-ask-location',
    element: 'consult-cta',
    title: 'Inline in a sentence, asking where',
    html: `<p>${HOST_SENTENCE} ${cta(' variant="inline" ask-location')}</p>`
  },
  {
    id: 'consult-cta--inline-not-served',
    element: 'consult-cta',
    title: 'Inline in a sentence, asking where: not served (Texas), the directory after the answer',
    html: `<p>${HOST_SENTENCE} ${cta(' variant="inline" ask-location')}</p>`,
    act: (main) => answer(main, 'TX')
  },
  {
    id: 'consult-cta--ask-location',
    element: 'consult-cta',
    title: 'Asked where: not answered yet',
    html: cta(' ask-location')
  },
  {
    id: 'consult-cta--banner-ask-location',
    element: 'consult-cta',
    title: 'Banner asking where: not answered yet (the select and the action on one row)',
    html: cta(' variant="banner" ask-location')
  },
  {
    id: 'consult-cta--served-telehealth',
    element: 'consult-cta',
    title: 'Asked where: served by telehealth (Kansas)',
    html: cta(' ask-location'),
    act: (main) => answer(main, 'KS')
  },
  {
    id: 'consult-cta--served-in-person',
    element: 'consult-cta',
    title: 'Asked where: served in person (Illinois)',
    html: cta(' ask-location'),
    act: (main) => answer(main, 'IL')
  },
  {
    id: 'consult-cta--not-served',
    element: 'consult-cta',
    title: 'Asked where: not served (Texas)',
    html: cta(' ask-location'),
    act: (main) => answer(main, 'TX')
  },
  {
    id: 'consult-cta--not-served-phone',
    element: 'consult-cta',
    title: 'Asked where: not served (Texas), with a phone: the directory, and an offer to call',
    html: cta(' ask-location phone="3125550142"'),
    act: (main) => answer(main, 'TX')
  },
  {
    id: 'consult-cta--outside-us',
    element: 'consult-cta',
    title: 'Asked where: outside the US (the practice’s contact page)',
    html: cta(' ask-location'),
    act: (main) => answer(main, 'outside-us')
  },
  {
    id: 'consult-cta--banner-served',
    element: 'consult-cta',
    title: 'Banner asking where: served (Kansas)',
    html: cta(' variant="banner" ask-location'),
    act: (main) => answer(main, 'KS')
  },
  {
    id: 'consult-cta--banner-not-served',
    element: 'consult-cta',
    title: 'Banner asking where: not served (Texas)',
    html: cta(' variant="banner" ask-location'),
    act: (main) => answer(main, 'TX')
  },
  { id: 'consult-cta--phone', element: 'consult-cta', title: 'With a phone', html: cta(' phone="3125550142"') },
  {
    id: 'consult-cta--dialog-open-200',
    element: 'consult-cta',
    title: 'open="dialog", the dialog open, text at 200 %',
    html: cta(' open="dialog" style="font-size: 200%"'),
    act: openBooking
  },
  {
    id: 'consult-cta--dialog-open',
    element: 'consult-cta',
    title: 'open="dialog", the dialog open',
    html: cta(' open="dialog"'),
    act: openBooking
  },

  // care-checklist
  {
    id: 'care-checklist--first-view',
    element: 'care-checklist',
    title: 'First view, nothing checked',
    html: '<care-checklist></care-checklist>'
  },
  {
    id: 'care-checklist--one-checked',
    element: 'care-checklist',
    title: 'One see-provider item checked',
    html: '<care-checklist></care-checklist>',
    act: (main) => check(main, 0)
  },
  {
    id: 'care-checklist--three-checked',
    element: 'care-checklist',
    title: 'Three see-provider items checked',
    html: '<care-checklist></care-checklist>',
    act: (main) => check(main, 0, 1, 3)
  },
  {
    id: 'care-checklist--urgent',
    element: 'care-checklist',
    title: 'One urgent item checked (pregnant and bleeding): care today, the emergency line unchanged',
    html: '<care-checklist></care-checklist>',
    act: async (main) => {
      await check(main, 2);
      const level = the(main, 'care-checklist').level;
      if (level !== 'urgent') throw new Error(`level is "${level}", not urgent`);
    }
  },
  {
    id: 'care-checklist--unchecked',
    element: 'care-checklist',
    title: 'Everything checked, then unchecked: the same neutral first view',
    html: '<care-checklist></care-checklist>',
    act: async (main) => {
      const list = the(main, 'care-checklist');
      const all = [...list.shadowRoot.querySelectorAll('input[type="checkbox"]').keys()];
      await check(main, ...all);
      for (const box of list.shadowRoot.querySelectorAll('input[type="checkbox"]')) box.click();
      await list.updateComplete;
      if (list.level !== 'none') throw new Error(`level is "${list.level}" after unchecking everything`);
    }
  },
  {
    id: 'care-checklist--custom-urgent',
    element: 'care-checklist',
    title: 'Custom items, the urgent one checked',
    html: `<care-checklist>
      <ul>
        <li data-id="spotting-often">You notice spotting after sex most times</li>
        <li data-id="fever" data-level="urgent">You have pain low in your belly with a fever or chills</li>
        <li data-id="pain">Sex has become painful</li>
      </ul>
    </care-checklist>`,
    act: async (main) => {
      await check(main, 1);
      const level = the(main, 'care-checklist').level;
      if (level !== 'urgent') throw new Error(`level is "${level}", not urgent`);
    }
  },
  {
    id: 'care-checklist--in-provider',
    element: 'care-checklist',
    title: 'Inside <practice-provider> with a phone, one item checked (the referral shows it)',
    html:
      `<practice-provider phone="3125550142" booking-url="${CONTACT_LINK}">` +
      '<care-checklist></care-checklist></practice-provider>',
    act: (main) => check(main, 3)
  },
  {
    id: 'care-checklist--hide-emergency',
    element: 'care-checklist',
    title: 'hide-emergency',
    html: '<care-checklist hide-emergency></care-checklist>'
  },

  // article-card
  { id: 'article-card--blog', element: 'article-card', title: 'No slug: the blog card', html: card() },
  {
    id: 'article-card--bleeding-after-sex',
    element: 'article-card',
    title: 'slug="bleeding-after-sex"',
    html: card(' slug="bleeding-after-sex"')
  },
  {
    id: 'article-card--guided-imagery',
    element: 'article-card',
    title: 'slug="guided-imagery"',
    html: card(' slug="guided-imagery"')
  },
  {
    id: 'article-card--performance-pressure',
    element: 'article-card',
    title: 'slug="performance-pressure"',
    html: card(' slug="performance-pressure"')
  },
  {
    id: 'article-card--horizontal',
    element: 'article-card',
    title: 'Horizontal',
    html: card(' slug="performance-pressure" layout="horizontal"'),
    wide: true
  },
  {
    id: 'article-card--compact',
    element: 'article-card',
    title: 'Compact',
    html: card(' slug="bleeding-after-sex" layout="compact"')
  },
  {
    id: 'article-card--custom-image',
    element: 'article-card',
    title: 'Made from attributes, with an image',
    html: card(
      ' href="https://www.embracesexualwellness.com/esw-blog"' +
        ' heading="Five minutes of calm: a guided imagery practice"' +
        ' excerpt="A short, gentle exercise to try tonight, in your own time."' +
        ` category="Arousal" image="${CALM_SCENE}" published="2025-03-14" reading-minutes="3"` +
        ' author="Embrace Sexual Wellness"'
    ),
    act: async (main) => {
      const img = inShadow(the(main, 'article-card'), 'img', 'image');
      // The image is lazy: wait for it here, or a screenshot may catch its reserved box empty.
      img.loading = 'eager';
      if (!img.complete) await new Promise((resolve) => img.addEventListener('load', resolve, { once: true }));
      if (!img.naturalWidth) throw new Error(`the image ${img.src} did not load`);
    }
  },
  {
    id: 'article-card--unknown-slug',
    element: 'article-card',
    title: 'Unknown slug (warns)',
    html: card(' slug="not-an-article"')
  },
  {
    id: 'article-card--grid',
    element: 'article-card',
    title: 'A host grid: three cards, three compact cards',
    html:
      `<div style="${GRID}">` +
      ['bleeding-after-sex', 'guided-imagery', 'performance-pressure'].map((slug) => card(` slug="${slug}"`)).join('') +
      ['bleeding-after-sex', 'guided-imagery', 'performance-pressure']
        .map((slug) => card(` slug="${slug}" layout="compact"`))
        .join('') +
      '</div>',
    wide: true
  },

  // imagery-timer
  { id: 'imagery-timer--idle', element: 'imagery-timer', title: 'Idle', html: '<imagery-timer></imagery-timer>' },
  {
    id: 'imagery-timer--idle-remember',
    element: 'imagery-timer',
    title: 'Idle, with remember',
    html: '<imagery-timer remember></imagery-timer>',
    act: forgetPracticeLog
  },
  {
    id: 'imagery-timer--running',
    element: 'imagery-timer',
    title: 'Running (step 1)',
    html: '<imagery-timer></imagery-timer>',
    act: start
  },
  {
    id: 'imagery-timer--paused',
    element: 'imagery-timer',
    title: 'Paused on the breath step',
    html: '<imagery-timer></imagery-timer>',
    act: async (main) => {
      const timer = await start(main);
      timer.next(); // on the breath step: the pacer says "Paused" instead of a frozen "Breathe in"
      timer.pause();
      await timer.updateComplete;
      if (timer.state !== 'paused') throw new Error(`imagery-timer is "${timer.state}" after pause()`);
      inShadow(timer, '.pacer .held', 'paused pacer');
    }
  },
  {
    id: 'imagery-timer--breath',
    element: 'imagery-timer',
    title: 'Running, the breath step (step 2)',
    html: '<imagery-timer></imagery-timer>',
    act: async (main) => {
      const timer = await start(main);
      timer.next();
      await timer.updateComplete;
      inShadow(timer, '.pacer', 'breathing pacer');
    }
  },
  {
    id: 'imagery-timer--stopped',
    element: 'imagery-timer',
    title: 'Stopped early (End)',
    html: '<imagery-timer></imagery-timer>',
    act: async (main) => {
      const timer = await start(main);
      inShadow(timer, '.controls .quiet', 'End button').click();
      await timer.updateComplete;
      if (timer.state !== 'complete') throw new Error(`imagery-timer is "${timer.state}" after End`);
    }
  },
  {
    id: 'imagery-timer--complete',
    element: 'imagery-timer',
    title: 'Complete',
    html: '<imagery-timer></imagery-timer>',
    act: finish
  },
  {
    id: 'imagery-timer--complete-remember',
    element: 'imagery-timer',
    title: 'Complete, with remember: the offer',
    html: '<imagery-timer remember></imagery-timer>',
    act: async (main) => {
      await forgetPracticeLog(main);
      const timer = await finish(main);
      inShadow(timer, '[part="log"] button', 'offer to keep a count');
    }
  },

  // practice-provider
  {
    id: 'practice-provider--with-widgets',
    element: 'practice-provider',
    title: 'A provider with a consult-cta and an article card inside',
    html:
      `<practice-provider phone="3125550142" booking-url="${CONTACT_LINK}" partner="northside-primary-care">` +
      '<consult-cta></consult-cta><article-card slug="guided-imagery"></article-card></practice-provider>'
  }
];

// Keep the ids unique and in the documented shape: a duplicate would overwrite another state's screenshot.
const seen = new Set();
for (const state of WIDGET_STATES) {
  if (!/^[a-z]+(-[a-z]+)*--[a-z0-9]+(-[a-z0-9]+)*$/.test(state.id) || seen.has(state.id)) {
    throw new Error(`widget-states: bad or duplicate id "${state.id}"`);
  }
  seen.add(state.id);
}
