// Drives every element's main interaction on a page whose storage is broken (storage-faults-setup.js) and reports
// to the test page by postMessage, which also works from a sandboxed frame with an opaque origin.
const TAGS = ['practice-provider', 'consult-cta', 'care-checklist', 'article-card'];
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

  parent.postMessage(
    {
      source: 'storage-faults',
      errors: window.__probe.errors,
      outcome: shadow(cta, '[role="status"]')?.textContent.trim() ?? '',
      ctaClicks,
      level,
      levelAfterClear: checklist.level,
      cardClicks,
      cardHref: shadow(card, 'a').getAttribute('href')
    },
    '*'
  );
})();
