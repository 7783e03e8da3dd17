import { expect } from '@open-wc/testing';
import { DEFAULT_SETTINGS, humanList, mergeSettingsInput, resolveSettings } from '../../src/practice/settings.js';
import { parseStates, stateName } from '../../src/practice/states.js'; // and, imported, settings read `states`
import { US_STATES } from '../../src/content/us-states.js';
import { watchWarnings } from '../helpers.js';

describe('practice settings', () => {
  let warn: ReturnType<typeof watchWarnings>['stub'];
  beforeEach(() => ({ stub: warn } = watchWarnings()));
  afterEach(() => warn.restore());

  it('knows the 50 states and DC', () => {
    expect(Object.keys(US_STATES)).to.have.length(51);
    expect(stateName('IL')).to.equal('Illinois');
    expect(stateName('DC')).to.equal('District of Columbia');
  });

  it('parses states leniently: case, spaces, separators and full names', () => {
    expect(parseStates('IL,IN,ID,KS,LA').codes).to.deep.equal(['IL', 'IN', 'ID', 'KS', 'LA']);
    expect(parseStates(' il ; in |id/ ks\nla ').codes).to.deep.equal(['IL', 'IN', 'ID', 'KS', 'LA']);
    expect(parseStates('IL IN  KS').codes).to.deep.equal(['IL', 'IN', 'KS']);
    expect(parseStates('Illinois, new york, District of Columbia').codes).to.deep.equal(['IL', 'NY', 'DC']);
    expect(parseStates('IL, il, Illinois').codes).to.deep.equal(['IL']);
  });

  it('separates unknown codes', () => {
    expect(parseStates('IL, XX, Narnia, PR')).to.deep.equal({ codes: ['IL'], unknown: ['XX', 'Narnia', 'PR'] });
    expect(parseStates(' , ;; ')).to.deep.equal({ codes: [], unknown: [] });
  });

  it('writes lists the way people do', () => {
    expect(humanList(['Illinois'])).to.equal('Illinois');
    expect(humanList(['Illinois', 'Indiana'])).to.equal('Illinois and Indiana');
    expect(humanList(['Illinois', 'Indiana', 'Idaho', 'Kansas', 'Louisiana'])).to.equal(
      'Illinois, Indiana, Idaho, Kansas, and Louisiana'
    );
    expect(humanList(['Kansas', 'Idaho'], 'disjunction')).to.equal('Kansas or Idaho');
  });

  it('resolves to the practice defaults with nothing set', () => {
    expect(resolveSettings()).to.deep.equal({ ...DEFAULT_SETTINGS });
    expect(resolveSettings({}, undefined)).to.deep.equal({ ...DEFAULT_SETTINGS });
    expect(warn.called).to.be.false;
  });

  it('takes each field from the nearest layer that sets it', () => {
    const own = { practiceName: 'Own', phone: '' };
    const provider = { practiceName: 'Provider', phone: '312-555-0142', partner: 'clinic' };
    const outer = { partner: 'outer', campaign: 'spring', inPerson: 'Evanston, IL' };
    const settings = resolveSettings(own, provider, outer);
    expect(settings.practiceName).to.equal('Own');
    expect(settings.phone).to.equal('312-555-0142'); // an empty attribute counts as "not set"
    expect(settings.partner).to.equal('clinic');
    expect(settings.campaign).to.equal('spring');
    expect(settings.inPerson).to.equal('Evanston, IL');
  });

  it('defaults the booking URL to the site URL', () => {
    expect(resolveSettings({ siteUrl: 'https://example.org' }).bookingUrl).to.equal('https://example.org');
    expect(resolveSettings({ siteUrl: 'https://a.example', bookingUrl: 'https://b.example/book' }).bookingUrl).to.equal(
      'https://b.example/book'
    );
  });

  it('drops unknown states with one warning and keeps the known ones', () => {
    expect(resolveSettings({ states: 'IL, XX, wi' }).states).to.deep.equal(['IL', 'WI']);
    expect(resolveSettings({ states: 'IL, XX, wi' }).states).to.deep.equal(['IL', 'WI']);
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.contain('"XX"');
  });

  it('falls back to the default states when none is known', () => {
    expect(resolveSettings({ states: 'Narnia' }).states).to.deep.equal(DEFAULT_SETTINGS.states);
    expect(warn.callCount).to.equal(2); // the unknown entry, and the fallback
    expect(String(warn.secondCall.args[0])).to.contain('default');
  });

  it('merges layers without inventing values', () => {
    expect(mergeSettingsInput({ practiceName: '  ' }, { practiceName: 'Outer ' })).to.deep.equal({
      practiceName: 'Outer'
    });
    expect(mergeSettingsInput(undefined, {})).to.deep.equal({});
  });
});
