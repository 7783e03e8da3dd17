import { aTimeout, expect, fixture } from '@open-wc/testing';
import { LitElement, render } from 'lit';
import { choice } from '../src/internal/choice.js';
import { property, state } from '../src/internal/coerce.js';
import { headingLevel, renderHeading } from '../src/internal/heading.js';
import { LightDomController } from '../src/internal/light-dom.js';
import { watchWarnings } from './helpers.js';

describe('internal helpers', () => {
  let warn: ReturnType<typeof watchWarnings>['stub'];
  beforeEach(() => ({ stub: warn } = watchWarnings()));
  afterEach(() => warn.restore());

  it('choice: accepts allowed values in any case, defaults and warns otherwise', () => {
    const allowed = ['card', 'banner', 'inline'] as const;
    expect(choice(undefined, allowed, 'x-el', 'variant')).to.equal('card');
    expect(choice('', allowed, 'x-el', 'variant')).to.equal('card');
    expect(choice(' Banner ', allowed, 'x-el', 'variant')).to.equal('banner');
    expect(warn.called).to.be.false;
    expect(choice('poster', allowed, 'x-el', 'variant')).to.equal('card');
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.contain('<x-el>: variant="poster"').and.contain('"card"');
  });

  it('headingLevel: 2–6, else the fallback with a warning', () => {
    expect(headingLevel(undefined, 3, 'x-el')).to.equal(3);
    expect(headingLevel('4', 3, 'x-el')).to.equal(4);
    expect(headingLevel(6, 3, 'x-el')).to.equal(6);
    for (const bad of ['1', '7', 'two', '2.5']) expect(headingLevel(bad, 3, 'x-el')).to.equal(3);
    expect(warn.callCount).to.equal(4);
  });

  it('renderHeading: a real heading element of each level', async () => {
    const host = await fixture<HTMLDivElement>('<div></div>');
    for (const level of [2, 3, 4, 5, 6] as const) {
      render(renderHeading(level, 'Title'), host);
      const heading = host.querySelector(`h${level}`)!;
      expect(heading.textContent).to.equal('Title');
      expect(heading.getAttribute('part')).to.equal('heading');
    }
  });

  it("LightDomController: follows what is written inside, not the host's own attributes", async () => {
    let calls = 0;
    class Watched extends LitElement {
      constructor() {
        super();
        new LightDomController(this, () => (calls += 1));
      }
    }
    customElements.define('light-dom-watched', Watched);
    const el = await fixture<HTMLElement>('<light-dom-watched><a href="/a">A</a></light-dom-watched>');
    expect(calls, 'once on connect').to.equal(1);
    el.setAttribute('data-x', '1');
    el.style.setProperty('--x', '1');
    await aTimeout(0);
    expect(calls, 'host attributes and CSSOM writes are ignored').to.equal(1);
    el.querySelector('a')!.setAttribute('href', '/b');
    await aTimeout(0);
    expect(calls, 'a change inside is followed').to.equal(2);
    el.remove();
    el.querySelector('a')!.textContent = 'B';
    await aTimeout(0);
    expect(calls, 'nothing is observed once removed').to.equal(2);
  });

  describe('the property and state decorators (coerce.ts, in place of Lit’s)', () => {
    class Decorated extends LitElement {
      @property() label?: string;
      @property({ type: Boolean }) open = false;
      @state() protected items: string[] = [];
      private stored = '';
      /** A decorated accessor: Lit's reactive setter and the coercion must both wrap it. */
      @property({ attribute: 'name-field' })
      get name(): string {
        return this.stored;
      }
      set name(value: string) {
        this.stored = value;
      }
      get list(): string[] {
        return this.items;
      }
      set list(value: string[]) {
        this.items = value;
      }
      renders = 0;
      protected override render() {
        this.renders += 1;
        return `${this.label}|${this.name}|${this.items.join()}`;
      }
    }
    customElements.define('decorated-probe', Decorated);

    it('observe attributes, coerce text and booleans, keep state objects, and wrap a decorated accessor', async () => {
      expect((Decorated as unknown as typeof LitElement).observedAttributes).to.have.members([
        'label',
        'open',
        'name-field'
      ]);
      const el = await fixture<Decorated>('<decorated-probe label="Hi" name-field="Ana" open></decorated-probe>');
      {
        expect([el.label, el.name, el.open]).to.deep.equal(['Hi', 'Ana', true]);
        (el as unknown as { label: unknown }).label = 42;
        expect(el.label, 'a number becomes text').to.equal('42');
        (el as unknown as { name: unknown }).name = ['IL', 'KS'];
        expect(el.name, 'the accessor is coerced too').to.equal('IL, KS');
        (el as unknown as { open: unknown }).open = 'yes';
        expect(el.open).to.equal(true);
        el.list = ['a', 'b'];
        expect(el.list, 'a state array is left alone').to.deep.equal(['a', 'b']);
        await el.updateComplete;
        expect(el.shadowRoot!.textContent).to.equal('42|IL, KS|a,b');
        const before = el.renders;
        el.name = 'Bo';
        await el.updateComplete;
        expect(el.renders, 'the accessor is reactive').to.equal(before + 1);
        expect(warn.called, 'nothing here is a bad value').to.be.false;
      }
    });
  });
});
