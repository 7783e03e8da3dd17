// Drives every element's main interaction on a page whose storage is broken (storage-faults-setup.js) and reports
// to the test page by postMessage, which also works from a sandboxed frame with an opaque origin.
const TAGS = ['practice-provider', 'consult-cta', 'imagery-timer', 'care-checklist', 'article-card'];
const shadow = (el, selector) => el.shadowRoot.querySelector(selector);

(async () => {
  await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
  const widgets = [...document.querySelectorAll(TAGS.slice(1).join(','))];
  for (const el of widgets) await el.updateComplete;
  // Keep link clicks on the page (and only link clicks: a prevented click on a checkbox would undo it).
  document.addEventListener('click', (event) => {
    if (event.composedPath().some((node) => node.localName === 'a')) event.preventDefault();
  });

  const cta = document.querySelector('consult-cta');
  const select = shadow(cta, 'select');
  select.value = 'IL';
  select.dispatchEvent(new Event('change'));
  await cta.updateComplete;
  let ctaClicks = 0;
  cta.addEventListener('consult-cta-click', () => (ctaClicks += 1));
  shadow(cta, '.action').click();

  const checklist = document.querySelector('care-checklist');
  for (const box of checklist.shadowRoot.querySelectorAll('input')) box.click();
  await checklist.updateComplete;
  const level = checklist.level;
  checklist.clear();
  await checklist.updateComplete;

  const card = document.querySelector('article-card');
  let cardClicks = 0;
  card.addEventListener('article-card-click', () => (cardClicks += 1));
  shadow(card, 'a').click();

  // imagery-timer with `remember`: a whole practice by its buttons, then the person opts in to a count.
  const timer = document.querySelector('imagery-timer');
  const button = (label) =>
    [...timer.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === label);
  const press = async (el) => {
    el.click();
    await timer.updateComplete;
  };
  let completes = 0;
  timer.addEventListener('imagery-timer-complete', () => (completes += 1));
  await press(shadow(timer, '.primary'));
  await press(button('Pause'));
  await press(button('Resume'));
  for (let i = 0; timer.state === 'running' && i < 20; i += 1) await press(button('Next step'));
  const timerState = timer.state;
  const offered = Boolean(button('Keep a count on this device'));
  if (offered) await press(button('Keep a count on this device'));
  let timerStored = null;
  try {
    timerStored = localStorage.getItem('embrace-widgets:imagery-log');
  } catch {
    timerStored = 'unreadable';
  }

  parent.postMessage(
    {
      source: 'storage-faults',
      errors: window.__probe.errors,
      outcome: shadow(cta, '.outcome')?.textContent.trim() ?? '',
      ctaClicks,
      level,
      levelAfterClear: checklist.level,
      cardClicks,
      cardHref: shadow(card, 'a').getAttribute('href'),
      timerState,
      completes,
      offered,
      timerLog: shadow(timer, 'p.log, .log > p')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
      timerStatus: shadow(timer, '[role="status"]').textContent.trim(),
      timerStored
    },
    '*'
  );
})();
