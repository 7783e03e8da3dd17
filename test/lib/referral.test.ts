import { expect } from '@open-wc/testing';
import { withReferral } from '../../src/lib/referral.js';

const SITE = 'https://www.embracesexualwellness.com/';

describe('withReferral', () => {
  it('adds source, medium and content for a partner', () => {
    expect(withReferral(SITE, { partner: 'lakeview-gyn', content: 'consult-cta' })).to.equal(
      `${SITE}?utm_source=lakeview-gyn&utm_medium=referral&utm_content=consult-cta`
    );
  });

  it('adds the campaign when set', () => {
    const url = new URL(withReferral(SITE, { partner: 'p', campaign: 'spring 2027', content: 'article-card' }));
    expect(url.searchParams.get('utm_campaign')).to.equal('spring 2027');
    expect(url.search).to.contain('utm_campaign=spring%202027');
  });

  it('changes nothing without a partner', () => {
    for (const partner of [undefined, null, '', '   ']) {
      expect(withReferral(`${SITE}?a=1`, { partner, campaign: 'x', content: 'consult-cta' })).to.equal(`${SITE}?a=1`);
    }
  });

  it('keeps the existing query byte for byte, and the hash', () => {
    const href = 'https://www.embracesexualwellness.com/book?name=a+b&x=%20y#slots';
    expect(withReferral(href, { partner: 'p' })).to.equal(
      'https://www.embracesexualwellness.com/book?name=a+b&x=%20y&utm_source=p&utm_medium=referral#slots'
    );
  });

  it('keeps utm parameters that are already there', () => {
    const href = `${SITE}?utm_source=newsletter&utm_campaign=fall`;
    const url = new URL(withReferral(href, { partner: 'p', campaign: 'spring', content: 'consult-cta' }));
    expect(url.searchParams.getAll('utm_source')).to.deep.equal(['newsletter']);
    expect(url.searchParams.getAll('utm_campaign')).to.deep.equal(['fall']);
    expect(url.searchParams.get('utm_medium')).to.equal('referral');
    expect(url.searchParams.get('utm_content')).to.equal('consult-cta');
  });

  it('returns the URL unchanged when every parameter is already there', () => {
    const href = `${SITE}?utm_source=a&utm_medium=b&utm_content=c`;
    expect(withReferral(href, { partner: 'p', content: 'x' })).to.equal(href);
  });

  it('encodes partner ids that are not URL-safe', () => {
    const url = withReferral(SITE, { partner: 'Dr. Lee & Co/#1' });
    expect(url).to.contain('utm_source=Dr.%20Lee%20%26%20Co%2F%231');
    expect(new URL(url).searchParams.get('utm_source')).to.equal('Dr. Lee & Co/#1');
  });

  it('never throws on text that is not well-formed Unicode', () => {
    const url = withReferral(SITE, { partner: 'a\uD800b', campaign: '\uDC00', content: 'x' });
    expect(new URL(url).searchParams.get('utm_source')).to.equal('a\uFFFDb');
    expect(new URL(url).searchParams.get('utm_campaign')).to.equal('\uFFFD');
  });

  it('leaves non-web and unparsable URLs alone', () => {
    expect(withReferral('tel:+13125550142', { partner: 'p' })).to.equal('tel:+13125550142');
    expect(withReferral('/relative', { partner: 'p' })).to.equal('/relative');
  });
});
