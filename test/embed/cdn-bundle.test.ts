// Loads the built CDN bundle (dist/cdn/embrace-widgets.js) the way a host page does. `npm test` builds first.
import { expect } from '@open-wc/testing';

interface Probe {
  errors: string[];
  warnings: string[];
}

/** Opens a test page in an iframe and resolves once its module scripts have run. */
async function openPage(path: string): Promise<Window & { __probe: Probe }> {
  const frame = document.createElement('iframe');
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & { __probe: Probe };
  await win.customElements.whenDefined('practice-provider');
  await new Promise((resolve) => setTimeout(resolve, 50)); // let the second copy finish evaluating
  return win;
}

describe('CDN bundle', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('exports every class and registers every element', async () => {
    const mod = (await import('/dist/cdn/embrace-widgets.js' as string)) as Record<string, unknown>;
    expect(mod.PracticeProvider).to.be.a('function');
    expect(mod.VERSION).to.be.a('string');
    expect(customElements.get('practice-provider')).to.equal(mod.PracticeProvider);
  });

  it('loaded twice from two URLs: no uncaught error, one warning per tag, elements still work', async () => {
    const win = await openPage('/test/embed/pages/double-load.html');
    expect(win.__probe.errors, 'uncaught errors').to.deep.equal([]);
    const clashes = win.__probe.warnings.filter((w) => w.includes('is already defined'));
    expect(clashes, 'one warning per tag').to.have.length(1);
    expect(clashes[0]).to.contain('<practice-provider>');
    const provider = win.document.querySelector('practice-provider')!;
    expect(provider.shadowRoot, 'the first copy upgraded the element').to.exist;
    expect(win.getComputedStyle(provider).display).to.equal('contents');
  });
});
