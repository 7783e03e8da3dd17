// Every widget from the built CDN bundle on a host page served with a strict Content-Security-Policy (the policies
// are in web-test-runner.config.mjs): no violation, styles applied, the main interactions work.
import { expect } from '@open-wc/testing';
import { closePages, openPage, settle, timerButton, until, type Timer, type Upgraded } from './host-page.js';

const POLICIES = {
  a: "script-src 'self'",
  b: "+ require-trusted-types-for 'script'",
  c: '+ trusted-types embrace-widgets',
  d: "script-src 'nonce-…' 'strict-dynamic'"
};

describe('strict Content-Security-Policy', () => {
  afterEach(closePages);

  for (const [policy, summary] of Object.entries(POLICIES)) {
    it(`policy (${policy}) ${summary}: 0 violations, styles applied, interactions work`, async () => {
      const win = await openPage(`/test/embed/pages/csp.html?policy=${policy}`);
      await settle(win);
      const doc = win.document;
      const [cta, dialogCta] = doc.querySelectorAll<Upgraded>('consult-cta');
      const checklist = doc.querySelector<Upgraded>('care-checklist')!;
      const card = doc.querySelector<Upgraded>('article-card')!;

      // Styles: adopted stylesheets apply (no inline style was needed).
      const action = cta.shadowRoot!.querySelector('.action')!;
      expect(win.getComputedStyle(action).backgroundColor).to.equal('rgb(106, 43, 99)');
      expect(win.getComputedStyle(checklist.shadowRoot!.querySelector('fieldset')!).borderTopStyle).to.equal('none');

      // consult-cta: the location question answers.
      const select = cta.shadowRoot!.querySelector('select')!;
      select.value = 'KS';
      select.dispatchEvent(new win.Event('change'));
      await cta.updateComplete;
      expect(cta.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Kansas');

      // consult-cta open="dialog": the booking page opens in the dialog. It is framed, so it must be an origin
      // the host's frame-src (here default-src 'self') allows: the README says so.
      dialogCta.setAttribute('booking-url', `${win.location.origin}/test/embed/pages/booking.html`);
      await dialogCta.updateComplete;
      (dialogCta.shadowRoot!.querySelector('.action') as HTMLElement).click();
      expect(await until(() => Boolean(dialogCta.shadowRoot!.querySelector('dialog')?.open))).to.be.true;
      expect(dialogCta.shadowRoot!.querySelector('iframe')).to.exist;
      (dialogCta.shadowRoot!.querySelector('.close') as HTMLElement).click();

      // care-checklist: checking a box changes the advice.
      (checklist.shadowRoot!.querySelector('input[type="checkbox"]') as HTMLInputElement).click();
      await checklist.updateComplete;
      expect((checklist as Upgraded & { level: string }).level).to.equal('see-provider');

      // imagery-timer: styled, Start and a step change work, and on the breath step (index 1) the pacer and the bar
      // move by the Web Animations API (script-driven, so no inline style for the policy to refuse).
      const timer = doc.querySelector<Timer>('imagery-timer')!;
      const inTimer = (selector: string) => timer.shadowRoot!.querySelector<HTMLElement>(selector);
      expect(win.getComputedStyle(inTimer('.primary')!).backgroundColor, 'the timer is styled').to.equal(
        'rgb(106, 43, 99)'
      );
      inTimer('.primary')!.click();
      await timer.updateComplete;
      expect(timer.state).to.equal('running');
      expect(inTimer('#now')!.textContent).to.equal('Set the space');
      expect(inTimer('[role="timer"]')!.textContent).to.contain('About 5 min left');
      expect(inTimer('.pacer'), 'no pacer on the first step').to.be.null;
      timerButton(timer, 'Next step')!.click();
      await timer.updateComplete;
      expect(timer.stepIndex).to.equal(1);
      expect(inTimer('#now')!.textContent).to.equal('Focus on your breath');
      expect(inTimer('.pacer'), 'the breath step shows the pacer').to.exist;
      const still = win.matchMedia('(prefers-reduced-motion: reduce)').matches;
      const moving = ['.fill', '.in', '.out', ...(still ? [] : ['.orb'])].map((selector) => {
        const animations = inTimer(selector)!.getAnimations();
        expect(animations, `${selector} animates`).to.have.length(1);
        expect(animations[0].playState, selector).to.equal('running');
        return [selector, animations[0], Number(animations[0].currentTime)] as const;
      });
      // The document timeline moves with rendering updates, which an engine may slow down in a frame: give it time.
      const movedOn = () => moving.every(([, animation, before]) => Number(animation.currentTime) > before);
      for (let i = 0; i < 60 && !movedOn(); i += 1) await new Promise((r) => setTimeout(r, 50));
      for (const [selector, animation, before] of moving) {
        expect(Number(animation.currentTime), `${selector} moved on`).to.be.greaterThan(before);
      }
      // And their frames really apply: at the turn of the breath (2 s into a 4 s cycle) the orb is full size, "Breathe
      // in" has faded out and "Breathe out" in. (Sought to, so that a slow engine's start-up does not matter.)
      const at = (selector: string, property: 'transform' | 'opacity') => {
        const animation = moving.find(([s]) => s === selector)![1];
        animation.pause();
        animation.currentTime = 2000;
        return win.getComputedStyle(inTimer(selector)!)[property];
      };
      expect(at('.in', 'opacity'), 'breathe in, at the turn').to.equal('0');
      expect(at('.out', 'opacity'), 'breathe out, at the turn').to.equal('1');
      if (!still) expect(new win.DOMMatrix(at('.orb', 'transform')).a, 'the orb at full breath').to.equal(1);

      // article-card: its link carries the provider's referral, its image loads.
      const link = card.shadowRoot!.querySelector('a')!;
      expect(link.href).to.contain('utm_source=csp-test');
      const img = card.shadowRoot!.querySelector('img')!;
      card.scrollIntoView(); // the image is lazy: it loads once near the viewport
      expect(await until(() => img.naturalWidth === 1), 'the image loaded under img-src').to.be.true;

      await new Promise((r) => setTimeout(r, 50)); // let any late violation report arrive
      // The test server injects its own live-reload script into every HTML page, without the nonce: not ours.
      const violations = win.__probe.violations.filter((v) => !v.includes('__web-dev-server__'));
      console.log(
        `CSP (${policy}): ${violations.length} violations, ${win.__probe.errors.length} errors; ` +
          `timer: ${moving.length} animations running on the breath step`
      );
      expect(violations, 'securitypolicyviolation events').to.deep.equal([]);
      expect(win.__probe.errors, 'uncaught errors').to.deep.equal([]);

      // And the policy really is in force: an inline style attribute written by the page is refused.
      const canary = win.document.createElement('div');
      canary.setAttribute('style', 'color: rgb(1, 2, 3)');
      win.document.body.append(canary);
      expect(win.getComputedStyle(canary).color).not.to.equal('rgb(1, 2, 3)');
    });
  }
});

describe('Trusted Types when Lit is already on the page, or the bundle is loaded twice', () => {
  afterEach(closePages);
  const rendered = (win: Window) =>
    ['consult-cta', 'care-checklist', 'imagery-timer', 'article-card'].filter(
      (tag) => (win.document.querySelector(tag)?.shadowRoot?.childElementCount ?? 0) > 0
    );
  const violations = (win: Awaited<ReturnType<typeof openPage>>) =>
    win.__probe.violations.filter((v) => !v.includes('__web-dev-server__'));

  it('(e) the README advice, trusted-types lit-html embrace-widgets: the host keeps lit-html, we use our own', async () => {
    const win = await openPage('/test/embed/pages/csp-host-lit.html?policy=e');
    await settle(win);
    expect(win.__probe.errors, 'uncaught errors').to.deep.equal([]);
    expect(violations(win)).to.deep.equal([]);
    expect(rendered(win)).to.have.length(4);
    expect(win.__probe.warnings.filter((w) => w.includes('Trusted Types'))).to.deep.equal([]);
  });

  it("(f) Lit's name only, already taken by the host: loading never throws, every tag is defined, a warning says what to add", async () => {
    const win = await openPage('/test/embed/pages/csp-host-lit.html?policy=f');
    await Promise.all(['consult-cta', 'care-checklist'].map((tag) => win.customElements.whenDefined(tag)));
    await new Promise((r) => setTimeout(r, 100));
    const warnings = win.__probe.warnings.filter((w) => w.includes('Trusted Types'));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('trusted-types embrace-widgets');
    // Without a policy the widgets cannot render under enforcement (README: add embrace-widgets to the directive).
    // What must hold is that the bundle loaded and said so, instead of throwing at load with nothing defined.
    expect(win.__probe.errors.filter((e) => e.includes('already exists'))).to.deep.equal([]);
  });

  it("(f) Lit's name only, the host's own Lit loading after the widgets: Lit's name is left free for it", async () => {
    // Before issue 29 the bundle fell back to creating `lit-html` itself, and the host's Lit then threw "Policy with
    // name lit-html already exists": the partner's own app never rendered.
    const win = await openPage('/test/embed/pages/csp-lit-after.html?policy=f');
    await win.customElements.whenDefined('consult-cta');
    await until(() => (win as unknown as { __hostLit?: string }).__hostLit !== undefined);
    expect((win as unknown as { __hostLit: string }).__hostLit, "the host's Lit policy").to.equal('created');
    const warnings = win.__probe.warnings.filter((w) => w.includes('Trusted Types'));
    expect(warnings, 'one warning naming the line to add').to.have.length(1);
    expect(warnings[0]).to.contain('trusted-types embrace-widgets');
    // Without a policy of its own the widget cannot render under enforcement (its template is refused, as the
    // warning says); nothing else goes wrong, and nothing about a taken policy name.
    const refused = /TrustedHTML|Sink type mismatch/; // Chromium's and WebKit's words, Firefox's
    expect(
      win.__probe.errors.filter((e) => !refused.test(e)),
      'other uncaught errors'
    ).to.deep.equal([]);
  });

  it('(c) the bundle loaded twice under trusted-types embrace-widgets: no uncaught error, the first copy renders', async () => {
    const win = await openPage('/test/embed/pages/double-load.html?policy=c');
    await settle(win);
    expect(win.__probe.errors, 'uncaught errors').to.deep.equal([]);
    expect(violations(win).filter((v) => !v.startsWith('trusted-types'))).to.deep.equal([]);
    const cta = win.document.querySelector('consult-cta')!;
    expect(cta.shadowRoot!.querySelector('.action')).to.exist;
  });
});
