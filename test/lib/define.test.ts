import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/lib/define.js';
import { watchWarnings } from '../helpers.js';
import { VERSION } from '../../src/lib/version.js';

let counter = 0;
const uniqueTag = () => `define-test-${Date.now()}-${(counter += 1)}`;

describe('defineElement', () => {
  let warn: ReturnType<typeof watchWarnings>['stub'];
  beforeEach(() => ({ stub: warn } = watchWarnings()));
  afterEach(() => warn.restore());

  it('defines a free tag', () => {
    const tag = uniqueTag();
    class El extends HTMLElement {}
    expect(defineElement(tag, El)).to.be.true;
    expect(customElements.get(tag)).to.equal(El);
    expect(warn.called).to.be.false;
  });

  it('is silent when the same class is defined again', () => {
    const tag = uniqueTag();
    class El extends HTMLElement {}
    defineElement(tag, El);
    expect(defineElement(tag, El)).to.be.false;
    expect(warn.called).to.be.false;
  });

  it('warns once, naming the tag and both versions, when another copy owns the tag', () => {
    const tag = uniqueTag();
    class Old extends HTMLElement {
      static version = '0.0.9';
    }
    class New extends HTMLElement {
      static version = '1.2.0';
    }
    defineElement(tag, Old);
    expect(() => defineElement(tag, New)).not.to.throw();
    expect(defineElement(tag, New)).to.be.false;
    expect(warn.callCount).to.equal(1);
    const message = String(warn.firstCall.args[0]);
    expect(message).to.contain(`<${tag}>`).and.contain('0.0.9').and.contain('1.2.0');
    expect(customElements.get(tag)).to.equal(Old);
  });

  it('names the host page when it owns the tag', () => {
    const tag = uniqueTag();
    customElements.define(tag, class extends HTMLElement {});
    class Ours extends HTMLElement {}
    expect(defineElement(tag, Ours)).to.be.false;
    expect(String(warn.firstCall.args[0])).to.contain('outside embrace-widgets').and.contain(VERSION);
  });

  it('warns instead of throwing when the registry refuses', () => {
    class El extends HTMLElement {}
    expect(defineElement('not a valid name', El)).to.be.false;
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.contain('could not be registered');
  });

  it('does nothing without a registry', () => {
    class El extends HTMLElement {}
    expect(defineElement(uniqueTag(), El, null)).to.be.false;
  });
});
