import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { resetWarnings, warnOnce } from '../../src/lib/warn.js';

describe('warnOnce', () => {
  afterEach(() => sinon.restore());

  it('prints each distinct message once, with the library prefix', () => {
    resetWarnings();
    const warn = sinon.stub(console, 'warn');
    expect(warnOnce('states="XX" names no US state')).to.be.true;
    expect(warnOnce('states="XX" names no US state')).to.be.false;
    expect(warnOnce('another problem')).to.be.true;
    expect(warn.callCount).to.equal(2);
    expect(warn.firstCall.args[0]).to.equal('[embrace-widgets] states="XX" names no US state');
  });
});
