// Every widget from the built CDN bundle on a host page served with a strict Content-Security-Policy (the policies
// are in web-test-runner.config.mjs): no violation, styles applied, the main interactions work.
import { expect } from '@open-wc/testing';
import { closePages, openPage, settle, type Upgraded } from './host-page.js';

const POLICIES = {
  a: "script-src 'self'",
  b: "+ require-trusted-types-for 'script'",
  c: '+ trusted-types lit-html',
  d: "script-src 'nonce-…' 'strict-dynamic'"
};

const until = async (check: () => boolean) => {
  for (let i = 0; i < 50 && !check(); i += 1) await new Promise((r) => setTimeout(r, 20));
  return check();
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

      // article-card: its link carries the provider's referral, its image loads.
      const link = card.shadowRoot!.querySelector('a')!;
      expect(link.href).to.contain('utm_source=csp-test');
      const img = card.shadowRoot!.querySelector('img')!;
      card.scrollIntoView(); // the image is lazy: it loads once near the viewport
      expect(await until(() => img.naturalWidth === 1), 'the image loaded under img-src').to.be.true;

      await new Promise((r) => setTimeout(r, 50)); // let any late violation report arrive
      // The test server injects its own live-reload script into every HTML page, without the nonce: not ours.
      const violations = win.__probe.violations.filter((v) => !v.includes('__web-dev-server__'));
      console.log(`CSP (${policy}): ${violations.length} violations, ${win.__probe.errors.length} errors`);
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
