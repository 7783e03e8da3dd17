import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import sinon from 'sinon';
import '../../src/practice-provider.js';
import { PracticeElement, PracticeProvider } from '../../src/classes.js';
import { resetWarnings } from '../../src/lib/warn.js';
import { ContextEvent } from '@lit/context';
import { practiceContext, waitingForProvider } from '../../src/practice/context.js';

/** A minimal widget for these tests: renders the settings it resolved. */
class SettingsProbe extends PracticeElement {
  protected override render() {
    const s = this.settings;
    return litHtml`<p>${s.practiceName}|${s.siteUrl}|${s.bookingUrl}|${s.states.join(',')}|${s.partner ?? '-'}|${s.phone ?? '-'}</p>`;
  }
}
customElements.define('settings-probe', SettingsProbe);

/** Remembers the practice name of every render, to catch a first render with the wrong settings. */
class RenderLog extends PracticeElement {
  renders: string[] = [];
  protected override render() {
    this.renders.push(this.settings.practiceName);
    return litHtml`<p>${this.settings.practiceName}</p>`;
  }
}
customElements.define('render-log', RenderLog);

const read = async (probe: Element) => {
  await (probe as SettingsProbe).updateComplete;
  return probe.shadowRoot!.querySelector('p')!.textContent!.split('|');
};

describe('<practice-provider>', () => {
  beforeEach(() => resetWarnings());
  afterEach(() => sinon.restore());

  it('renders its children unchanged and passes an accessibility audit', async () => {
    const el = await fixture<PracticeProvider>(
      html`<practice-provider
        ><p>Hello <a href="/x">there</a></p></practice-provider
      >`
    );
    expect(el).to.be.instanceOf(PracticeProvider);
    expect(el.innerHTML).to.contain('<p>Hello <a href="/x">there</a></p>');
    expect(getComputedStyle(el).display).to.equal('contents');
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('maps every attribute to its property', async () => {
    const el = await fixture<PracticeProvider>(
      html`<practice-provider
        practice-name="Clinic"
        site-url="https://clinic.example"
        booking-url="https://clinic.example/book"
        phone="312-555-0142"
        states="IL"
        in-person="Evanston, IL"
        partner="p1"
        campaign="c1"
      ></practice-provider>`
    );
    expect(el.practiceName).to.equal('Clinic');
    expect(el.siteUrl).to.equal('https://clinic.example');
    expect(el.bookingUrl).to.equal('https://clinic.example/book');
    expect(el.phone).to.equal('312-555-0142');
    expect(el.states).to.equal('IL');
    expect(el.inPerson).to.equal('Evanston, IL');
    expect(el.partner).to.equal('p1');
    expect(el.campaign).to.equal('c1');
    expect(el.settings.states).to.deep.equal(['IL']);
  });

  it('gives a widget outside any provider the practice defaults', async () => {
    const probe = await fixture(html`<settings-probe></settings-probe>`);
    expect(await read(probe)).to.deep.equal([
      'Embrace Sexual Wellness',
      'https://www.embracesexualwellness.com',
      'https://www.embracesexualwellness.com',
      'IL,IN,ID,KS,LA',
      '-',
      '-'
    ]);
  });

  it('shares its settings with widgets inside, even inside other shadow roots', async () => {
    const el = await fixture(
      html`<practice-provider practice-name="Clinic" partner="lakeview" states="il, wi">
        <div><settings-probe></settings-probe></div>
      </practice-provider>`
    );
    const [name, , , states, partner] = await read(el.querySelector('settings-probe')!);
    expect([name, states, partner]).to.deep.equal(['Clinic', 'IL,WI', 'lakeview']);
  });

  it('gives widgets parsed inside it the right settings on their very first render', async () => {
    const host = await fixture(html`<div></div>`);
    host.innerHTML = '<practice-provider practice-name="Clinic"><render-log></render-log></practice-provider>';
    const log = host.querySelector<RenderLog>('render-log')!;
    await log.updateComplete;
    await nextFrame();
    expect(log.renders).to.deep.equal(['Clinic']);
  });

  it("lets a widget's own attribute win", async () => {
    const el = await fixture(
      html`<practice-provider practice-name="Clinic" partner="lakeview">
        <settings-probe practice-name="Own name"></settings-probe>
      </practice-provider>`
    );
    const [name, , , , partner] = await read(el.querySelector('settings-probe')!);
    expect([name, partner]).to.deep.equal(['Own name', 'lakeview']);
  });

  it('nests: an inner provider overrides only what it sets', async () => {
    const el = await fixture(
      html`<practice-provider practice-name="Outer" partner="outer-partner" phone="312-555-0100">
        <practice-provider partner="inner-partner">
          <settings-probe id="inner"></settings-probe>
        </practice-provider>
        <settings-probe id="outer"></settings-probe>
      </practice-provider>`
    );
    const inner = await read(el.querySelector('#inner')!);
    const outer = await read(el.querySelector('#outer')!);
    expect([inner[0], inner[4], inner[5]]).to.deep.equal(['Outer', 'inner-partner', '312-555-0100']);
    expect([outer[0], outer[4]]).to.deep.equal(['Outer', 'outer-partner']);
  });

  it('sends attribute changes to the widgets inside, through nested providers', async () => {
    const el = await fixture<PracticeProvider>(
      html`<practice-provider site-url="https://a.example">
        <practice-provider><settings-probe></settings-probe></practice-provider>
      </practice-provider>`
    );
    const probe = el.querySelector('settings-probe')!;
    expect((await read(probe))[1]).to.equal('https://a.example');
    el.setAttribute('site-url', 'https://b.example');
    el.setAttribute('booking-url', 'https://b.example/book');
    await el.updateComplete;
    await el.querySelector('practice-provider')!.updateComplete;
    const [, site, booking] = await read(probe);
    expect([site, booking]).to.deep.equal(['https://b.example', 'https://b.example/book']);
    el.removeAttribute('booking-url');
    await el.updateComplete;
    await el.querySelector('practice-provider')!.updateComplete;
    expect((await read(probe))[2]).to.equal('https://b.example');
  });

  it('reaches widgets that were on the page before the provider upgraded', async () => {
    const el = await fixture(
      html`<late-provider practice-name="Late clinic"><settings-probe></settings-probe></late-provider>`
    );
    const probe = el.querySelector('settings-probe')!;
    expect((await read(probe))[0]).to.equal('Embrace Sexual Wellness');
    customElements.define('late-provider', class extends PracticeProvider {});
    await nextFrame();
    expect((await read(probe))[0]).to.equal('Late clinic');
  });

  it('forgets widgets that left the page before any provider came (no growth as widgets come and go)', async () => {
    const el = await fixture(html`<div></div>`);
    const before = waitingForProvider();
    const probes = [1, 2, 3].map(() => el.appendChild(document.createElement('settings-probe')));
    expect(waitingForProvider() - before, 'three widgets outside any provider').to.equal(3);
    probes[0].remove();
    probes[1].remove();
    expect(waitingForProvider() - before, 'the two removed are forgotten').to.equal(1);
    for (let i = 0; i < 100; i += 1) el.appendChild(document.createElement('settings-probe')).remove();
    expect(waitingForProvider() - before, 'after 100 more came and went').to.equal(1);
    const provider = document.createElement('practice-provider');
    provider.setAttribute('practice-name', 'Found');
    el.append(provider);
    provider.append(probes[2]);
    expect((await read(probes[2]))[0]).to.equal('Found');
    expect(waitingForProvider() - before, 'only the provider, which listens for an outer one').to.equal(1);
    provider.remove();
    expect(waitingForProvider() - before).to.equal(0);
  });

  it('drops widgets another copy of the library removed, at the next request', async () => {
    const el = await fixture(html`<div></div>`);
    const before = waitingForProvider();
    const other = el.appendChild(document.createElement('settings-probe'));
    // What another copy's widget looks like to this copy's list: it asked, then left without telling us.
    const stranger = document.createElement('div');
    el.append(stranger);
    stranger.dispatchEvent(new ContextEvent(practiceContext, stranger, () => {}, true));
    expect(waitingForProvider() - before).to.equal(2);
    stranger.remove();
    el.appendChild(document.createElement('settings-probe'));
    expect(waitingForProvider() - before, 'the stranger is gone, the two probes wait').to.equal(2);
    other.remove();
  });

  it('keeps widgets working after they move out of a provider', async () => {
    const el = await fixture(
      html`<div>
        <practice-provider practice-name="Clinic"><settings-probe></settings-probe></practice-provider>
      </div>`
    );
    const probe = el.querySelector('settings-probe')!;
    expect((await read(probe))[0]).to.equal('Clinic');
    el.append(probe);
    await nextFrame();
    expect((await read(probe))[0]).to.equal('Embrace Sexual Wellness');
  });

  it('warns once about unknown states and keeps the known ones', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture(
      html`<practice-provider states="IL, ZZ"><settings-probe></settings-probe></practice-provider>`
    );
    expect((await read(el.querySelector('settings-probe')!))[3]).to.equal('IL');
    const ours = warn.getCalls().filter((call) => String(call.args[0]).startsWith('[embrace-widgets]'));
    expect(ours).to.have.length(1);
    expect(String(ours[0].args[0])).to.contain('"ZZ"');
  });

  describe('page', () => {
    it('reaches widgets anywhere in the document that are not inside another provider', async () => {
      const el = await fixture(
        html`<div>
          <div id="injection">
            <practice-provider page booking-url="https://clinic.example/book" phone="312-555-0142"></practice-provider>
          </div>
          <div id="block-1"><settings-probe></settings-probe></div>
          <div id="block-2"><shadow-host></shadow-host></div>
        </div>`
      );
      const [, , booking, , , phone] = await read(el.querySelector('#block-1 settings-probe')!);
      expect([booking, phone]).to.deep.equal(['https://clinic.example/book', '312-555-0142']);
      // A widget parsed later, inside another component's shadow root.
      const host = el.querySelector('#block-2 shadow-host')!;
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<settings-probe></settings-probe>';
      expect((await read(shadow.querySelector('settings-probe')!))[2]).to.equal('https://clinic.example/book');
    });

    it('gives widgets parsed after it the page settings on their very first render', async () => {
      const el = await fixture(
        html`<div>
          <practice-provider page practice-name="Page clinic"></practice-provider><render-log></render-log>
        </div>`
      );
      const log = el.querySelector<RenderLog>('render-log')!;
      await log.updateComplete;
      expect(log.renders).to.deep.equal(['Page clinic']);
    });

    it('reaches widgets that were there first, and follows its attribute changes and its removal', async () => {
      const el = await fixture(html`<div><settings-probe></settings-probe></div>`);
      const probe = el.querySelector('settings-probe')!;
      expect((await read(probe))[2]).to.equal('https://www.embracesexualwellness.com');
      const page = document.createElement('practice-provider');
      page.setAttribute('page', '');
      page.setAttribute('booking-url', 'https://clinic.example/book');
      el.prepend(page);
      expect((await read(probe))[2]).to.equal('https://clinic.example/book');
      page.setAttribute('booking-url', 'https://clinic.example/schedule');
      await page.updateComplete;
      expect((await read(probe))[2]).to.equal('https://clinic.example/schedule');
      page.removeAttribute('page');
      await page.updateComplete;
      expect((await read(probe))[2], 'no longer page-wide').to.equal('https://www.embracesexualwellness.com');
      page.setAttribute('page', '');
      await page.updateComplete;
      expect((await read(probe))[2]).to.equal('https://clinic.example/schedule');
      page.remove();
      expect((await read(probe))[2], 'removed').to.equal('https://www.embracesexualwellness.com');
    });

    it('keeps the order: own attribute, then the enclosing provider, then the page provider, then the defaults', async () => {
      const el = await fixture(
        html`<div>
          <practice-provider
            page
            booking-url="https://page.example/book"
            phone="312-555-0142"
            partner="page-wide"
          ></practice-provider>
          <practice-provider partner="near" practice-name="Near clinic">
            <settings-probe id="inside"></settings-probe>
            <settings-probe id="own" phone="773-555-0100"></settings-probe>
          </practice-provider>
        </div>`
      );
      const [name, site, booking, states, partner, phone] = await read(el.querySelector('#inside')!);
      expect({ name, site, booking, states, partner, phone }).to.deep.equal({
        name: 'Near clinic',
        site: 'https://www.embracesexualwellness.com',
        booking: 'https://page.example/book',
        states: 'IL,IN,ID,KS,LA',
        partner: 'near',
        phone: '312-555-0142'
      });
      expect((await read(el.querySelector('#own')!))[5]).to.equal('773-555-0100');
    });

    it('gives the widgets inside it the page settings too, and with two page providers the later one wins per field', async () => {
      const el = await fixture(
        html`<div>
          <practice-provider
            page
            id="site"
            booking-url="https://site.example/book"
            phone="312-555-0142"
          ></practice-provider>
          <practice-provider page id="this-page" booking-url="https://site.example/couples"
            ><settings-probe></settings-probe
          ></practice-provider>
          <settings-probe id="outside"></settings-probe>
        </div>`
      );
      for (const probe of el.querySelectorAll('settings-probe')) {
        const [, , booking, , , phone] = await read(probe);
        expect([booking, phone], probe.id || 'inside').to.deep.equal(['https://site.example/couples', '312-555-0142']);
      }
      el.querySelector('#this-page')!.remove();
      expect((await read(el.querySelector('#outside')!))[2]).to.equal('https://site.example/book');
    });

    it('reaches widgets when it upgrades after them', async () => {
      const el = await fixture(
        html`<div>
          <late-page-provider page phone="312-555-0142"></late-page-provider>
          <section><settings-probe></settings-probe></section>
        </div>`
      );
      const probe = el.querySelector('settings-probe')!;
      expect((await read(probe))[5]).to.equal('-');
      customElements.define('late-page-provider', class extends PracticeProvider {});
      await nextFrame();
      expect((await read(probe))[5]).to.equal('312-555-0142');
    });

    it('lets a provider that appears later around a widget take over, and hands the widget back when it goes', async () => {
      const el = await fixture(
        html`<div>
          <practice-provider page partner="page-wide"></practice-provider>
          <section><settings-probe></settings-probe></section>
        </div>`
      );
      const probe = el.querySelector('settings-probe')!;
      expect((await read(probe))[4]).to.equal('page-wide');
      const near = document.createElement('practice-provider');
      near.setAttribute('partner', 'near');
      el.querySelector('section')!.append(near);
      near.append(probe);
      expect((await read(probe))[4]).to.equal('near');
      el.append(probe);
      await nextFrame();
      expect((await read(probe))[4]).to.equal('page-wide');
    });

    it('holds nothing for widgets that came and went', async () => {
      const el = await fixture(html`<div><practice-provider page phone="312-555-0142"></practice-provider></div>`);
      const before = waitingForProvider();
      for (let i = 0; i < 100; i += 1) {
        const probe = el.appendChild(document.createElement('settings-probe'));
        expect((await read(probe))[5]).to.equal('312-555-0142');
        probe.remove();
      }
      expect(waitingForProvider() - before).to.equal(0);
    });
  });
});
