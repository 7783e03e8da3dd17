import { expect } from '@open-wc/testing';
import { eligibility, inPersonState, OUTSIDE_US } from '../../src/consult-cta/eligibility.js';
import { DEFAULT_STATES } from '../../src/practice/settings.js';
import { formatPhone } from '../../src/lib/safe-url.js';

describe('consult-cta eligibility', () => {
  it('finds the office state in the in-person text', () => {
    expect(inPersonState('Chicago, IL')).to.equal('IL');
    expect(inPersonState('Chicago, Illinois')).to.equal('IL');
    expect(inPersonState('Suite 4, Boise, id')).to.equal('ID');
    expect(inPersonState('Chicago')).to.be.null;
    expect(inPersonState('')).to.be.null;
  });

  it('serves the telehealth states, by telehealth only', () => {
    for (const state of ['IN', 'ID', 'KS', 'LA'] as const) {
      expect(eligibility(state, DEFAULT_STATES, 'Chicago, IL')).to.deep.equal({ state, served: true, inPerson: false });
    }
  });

  it('offers in-person sessions in the office state', () => {
    expect(eligibility('IL', DEFAULT_STATES, 'Chicago, IL')).to.deep.equal({
      state: 'IL',
      served: true,
      inPerson: true
    });
  });

  it('serves the office state even when it is not a telehealth state', () => {
    expect(eligibility('WI', ['IL'], 'Madison, WI')).to.deep.equal({ state: 'WI', served: true, inPerson: true });
  });

  it('does not serve other states or people outside the US', () => {
    expect(eligibility('TX', DEFAULT_STATES, 'Chicago, IL').served).to.be.false;
    expect(eligibility('DC', DEFAULT_STATES, 'Chicago, IL').served).to.be.false;
    expect(eligibility(OUTSIDE_US, DEFAULT_STATES, 'Chicago, IL')).to.deep.equal({
      state: OUTSIDE_US,
      served: false,
      inPerson: false
    });
  });
});

describe('formatPhone', () => {
  it('writes US numbers the way people read them', () => {
    expect(formatPhone('3125550142')).to.equal('(312) 555-0142');
    expect(formatPhone('312.555.0142')).to.equal('(312) 555-0142');
    expect(formatPhone('+1 312 555 0142')).to.equal('(312) 555-0142');
    expect(formatPhone('1-312-555-0142')).to.equal('(312) 555-0142');
  });

  it('leaves international numbers as written', () => {
    expect(formatPhone(' +44 20 7946 0958 ')).to.equal('+44 20 7946 0958');
    expect(formatPhone('+3125550142')).to.equal('+3125550142');
  });
});
