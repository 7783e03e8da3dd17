import { expect } from '@open-wc/testing';
import { CONTACT_PROTOCOLS, safeUrl, telHref } from '../../src/lib/safe-url.js';
import { HOSTILE_URLS as HOSTILE } from '../fixtures/hostile.js';

const BASE = 'https://www.embracesexualwellness.com';

describe('safeUrl', () => {
  it(`refuses ${HOSTILE.length} hostile inputs, even with every protocol allowed`, () => {
    expect(HOSTILE.length).to.be.at.least(50);
    for (const input of HOSTILE) {
      const result = safeUrl(input, { base: BASE, allow: CONTACT_PROTOCOLS });
      // A hostile value either is refused or resolves to a harmless https page on the practice's own site
      // (entity-looking text is just a relative path there); it never keeps a dangerous protocol.
      if (result !== null) {
        expect(new URL(result).origin, String(input)).to.equal(BASE);
      }
    }
  });

  it('refuses every script-capable protocol outright', () => {
    for (const input of HOSTILE.filter((v): v is string => typeof v === 'string' && /script|data|blob|file/i.test(v))) {
      const result = safeUrl(input, { base: BASE, allow: CONTACT_PROTOCOLS });
      if (result !== null) expect(result.startsWith(`${BASE}/`), input).to.be.true;
      expect(result ?? '').not.to.match(/^(javascript|data|vbscript|blob|file):/i);
    }
  });

  it('returns absolute http(s) URLs serialised', () => {
    expect(safeUrl('https://www.embracesexualwellness.com/esw-blog')).to.equal(
      'https://www.embracesexualwellness.com/esw-blog'
    );
    expect(safeUrl('  HTTPS://Example.COM/a b?x=1#top ')).to.equal('https://example.com/a%20b?x=1#top');
    expect(safeUrl('http://example.com')).to.equal('http://example.com/');
  });

  it('resolves relative URLs against the base', () => {
    expect(safeUrl('/esw-blog', { base: BASE })).to.equal(`${BASE}/esw-blog`);
    expect(safeUrl('esw-blog/category/Anxiety', { base: `${BASE}/` })).to.equal(`${BASE}/esw-blog/category/Anxiety`);
    expect(safeUrl('?utm_source=x', { base: BASE })).to.equal(`${BASE}/?utm_source=x`);
    expect(safeUrl('//partner.example/page', { base: BASE })).to.equal('https://partner.example/page');
  });

  it('refuses relative URLs without a usable base', () => {
    expect(safeUrl('/esw-blog')).to.be.null;
    expect(safeUrl('/esw-blog', { base: 'javascript:alert(1)' })).to.be.null;
    expect(safeUrl('/esw-blog', { base: 'not a url' })).to.be.null;
  });

  it('accepts tel: and mailto: only when asked to', () => {
    expect(safeUrl('tel:+13125550142')).to.be.null;
    expect(safeUrl('tel:+13125550142', { allow: CONTACT_PROTOCOLS })).to.equal('tel:+13125550142');
    expect(safeUrl('tel:(312) 555-0142', { allow: CONTACT_PROTOCOLS })).to.equal('tel:3125550142');
    expect(safeUrl('TEL:+1.312.555.0142', { allow: ['tel:'] })).to.equal('tel:+13125550142');
    expect(safeUrl('mailto:hello@embracesexualwellness.com', { allow: CONTACT_PROTOCOLS })).to.equal(
      'mailto:hello@embracesexualwellness.com'
    );
    expect(safeUrl('mailto:hello@embracesexualwellness.com?subject=Hi', { allow: ['mailto:'] })).to.equal(
      'mailto:hello@embracesexualwellness.com?subject=Hi'
    );
    expect(safeUrl('https://example.com', { allow: ['tel:'] })).to.be.null;
  });
});

describe('telHref', () => {
  it('keeps the digits and a leading plus', () => {
    expect(telHref('(312) 555-0142')).to.equal('tel:3125550142');
    expect(telHref('+1 312 555 0142')).to.equal('tel:+13125550142');
    expect(telHref(' 312.555.0142 ')).to.equal('tel:3125550142');
  });

  it('refuses what is not a phone number', () => {
    for (const input of [
      '',
      '12345',
      'call us',
      'javascript:alert(1)',
      '1'.repeat(20),
      '312\u0000555 0142',
      null,
      3125550142
    ]) {
      expect(telHref(input), String(input)).to.be.null;
    }
  });
});
