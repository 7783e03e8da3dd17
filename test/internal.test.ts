import { expect, fixture } from '@open-wc/testing';
import { render } from 'lit';
import { choice } from '../src/internal/choice.js';
import { headingLevel, renderHeading } from '../src/internal/heading.js';
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
});
