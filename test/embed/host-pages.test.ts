// The built CDN bundle on host pages that make life hard: two versions of the library, a host that owns one of the
// tag names, and hostile page CSS in a 320 px frame. Each test prints its figures.
import { expect } from '@open-wc/testing';
import { axeInPage, closePages, openPage, settle, timerButton, type ProbedWindow, type Timer } from './host-page.js';

const clashes = (win: ProbedWindow) => win.__probe.warnings.filter((w) => w.includes('is already defined'));

describe('host pages', () => {
  afterEach(closePages);

  it('an older and a newer build on one page: 0 errors, one warning per tag naming both versions, all usable', async () => {
    const win = await openPage('/test/embed/pages/two-versions.html');
    await settle(win);
    const warnings = clashes(win);
    console.log(`two versions: ${win.__probe.errors.length} errors, ${warnings.length} clash warnings`);
    expect(win.__probe.errors).to.deep.equal([]);
    const tags = ['practice-provider', 'consult-cta', 'imagery-timer', 'care-checklist', 'article-card'];
    for (const tag of tags) {
      const mine = warnings.filter((w) => w.includes(`<${tag}>`));
      expect(mine, tag).to.have.length(1);
      expect(mine[0]).to.contain('0.0.9-older').and.contain('0.1.0');
    }
    // The first copy to load (the older one) owns every tag, and its widgets work with the provider's settings.
    const cta = win.document.querySelector('consult-cta')!;
    expect((win.customElements.get('consult-cta') as unknown as { version: string }).version).to.equal('0.0.9-older');
    expect(cta.shadowRoot!.querySelector<HTMLAnchorElement>('.action')!.href).to.contain('utm_source=two-versions');
    const box = win.document.querySelector('care-checklist')!.shadowRoot!.querySelector<HTMLInputElement>('input')!;
    box.click();
    expect(box.checked).to.be.true;
    const timer = win.document.querySelector<Timer>('imagery-timer')!;
    expect((win.customElements.get('imagery-timer') as unknown as { version: string }).version).to.equal('0.0.9-older');
    timer.shadowRoot!.querySelector<HTMLElement>('.primary')!.click();
    await timer.updateComplete;
    expect(timer.state, "the older copy's timer starts").to.equal('running');
    expect(timer.shadowRoot!.querySelector('#now')!.textContent).to.equal('Set the space');
  });

  it('the host owns <consult-cta>: 0 errors, one warning naming it, the other widgets work', async () => {
    const win = await openPage('/test/embed/pages/host-owns-tag.html');
    await settle(win);
    const warnings = clashes(win);
    console.log(`host-owned tag: ${win.__probe.errors.length} errors, ${warnings.length} clash warnings`);
    expect(win.__probe.errors).to.deep.equal([]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<consult-cta>').and.contain('outside embrace-widgets');
    const hostCta = win.document.querySelector('consult-cta')!;
    expect(hostCta.hasAttribute('data-host-element')).to.be.true;
    expect(hostCta.shadowRoot).to.be.null;
    const card = win.document.querySelector('article-card')!;
    expect(card.shadowRoot!.querySelector('a')!.href).to.contain('utm_source=host-owns');
    const timer = win.document.querySelector<Timer>('imagery-timer')!;
    let starts = 0;
    timer.addEventListener('imagery-timer-start', () => (starts += 1));
    timer.shadowRoot!.querySelector<HTMLElement>('.primary')!.click();
    await timer.updateComplete;
    expect(starts, 'the timer starts beside the host element').to.equal(1);
    expect(timer.state).to.equal('running');
  });

  it('hostile host CSS in a 320 px frame: text follows the host size, nothing overflows, controls stay usable', async () => {
    const win = await openPage('/test/embed/pages/hostile-css.html', 320);
    await settle(win);
    const doc = win.document;
    expect(win.__probe.errors).to.deep.equal([]);
    const widgets = [...doc.querySelectorAll<HTMLElement>('consult-cta, imagery-timer, care-checklist, article-card')];
    expect(widgets.map((el) => el.localName)).to.include('imagery-timer');
    const bodySize = win.getComputedStyle(doc.body).fontSize;
    expect(bodySize).to.equal('16px');
    let overflowing = 0;
    let small = 0;
    let red = 0;
    const measure = (el: HTMLElement, when = '') => {
      const root = el.shadowRoot!;
      const base = root.querySelector<HTMLElement>('[part~="base"]')!;
      expect(win.getComputedStyle(base).fontSize, `${el.localName} text follows the host body size`).to.equal(bodySize);
      const inline = win.getComputedStyle(base).display === 'inline'; // an inline box has no scroll width of its own
      if (base.getBoundingClientRect().right > 320.5 || (!inline && base.scrollWidth > base.clientWidth + 0.5)) {
        overflowing += 1;
        console.log(
          `${el.localName}${when} overflows: right ${base.getBoundingClientRect().right}, scroll ${base.scrollWidth} > ${base.clientWidth}`
        );
      }
      // WCAG 2.5.8 measures the target: a checkbox's is its whole label; a link inside a sentence is exempt.
      for (const control of root.querySelectorAll<HTMLElement>('button, select, input, a.action:not(.inline *)')) {
        const rect = (control.closest('label') ?? control).getBoundingClientRect();
        if (rect.width > 0 && (rect.height < 24 || rect.width < 24)) {
          small += 1;
          console.log(`${el.localName}${when} ${control.localName}.${control.className} ${rect.width}x${rect.height}`);
        }
      }
      for (const link of root.querySelectorAll('a'))
        if (win.getComputedStyle(link).color === 'rgb(255, 0, 0)') red += 1;
    };
    for (const el of widgets) measure(el);
    const { results, violations } = await axeInPage(win);
    const contrastNodes = results.passes.find((rule) => rule.id === 'color-contrast')?.nodes.length ?? 0;

    // The timer has two more screens: a running breath step (pacer, bar, four controls in a row) and the finish
    // (with `remember`, the offer of a count). Each must fit the same 320 px.
    const timer = doc.querySelector<Timer>('imagery-timer')!;
    timer.shadowRoot!.querySelector<HTMLElement>('.primary')!.click();
    await timer.updateComplete;
    timerButton(timer, 'Next step')!.click();
    await timer.updateComplete;
    expect(timer.shadowRoot!.querySelector('.pacer'), 'the breath step').to.exist;
    measure(timer, ' (breath step)');
    const running = await axeInPage(win);
    timerButton(timer, 'End')!.click();
    await timer.updateComplete;
    expect(timerButton(timer, 'Keep a count on this device'), 'the finish screen').to.exist;
    measure(timer, ' (finished)');
    console.log(
      `hostile CSS at 320 px: ${overflowing} overflowing widgets, ${small} controls under 24 px, ${red} links turned red, ` +
        `${violations.length} + ${running.violations.length} axe violations (idle + timer running; contrast passed ` +
        `on ${contrastNodes} text nodes)`
    );
    expect(violations, 'axe (WCAG 2.2 AA, contrast included) under hostile CSS').to.deep.equal([]);
    expect(running.violations, 'axe with the timer on its breath step').to.deep.equal([]);
    expect(contrastNodes, 'text whose contrast axe measured').to.be.greaterThan(10);
    expect(overflowing, 'widgets overflowing 320 px').to.equal(0);
    expect(small, 'controls under 24 × 24 px').to.equal(0);
    expect(red, 'links restyled by the host').to.equal(0);
    expect(win.__probe.errors).to.deep.equal([]);
  });
});
