import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { DEFAULT_IMAGERY_STEPS, type ImageryStep } from '../../src/content/imagery-steps.js';
import { SessionClock } from '../../src/imagery-timer/clock.js';
import { MIN_STEP_SECONDS, plan } from '../../src/imagery-timer/planner.js';
import { stepsFromList, stepsFromProperty, toStep } from '../../src/imagery-timer/steps.js';
import { watchWarnings } from '../helpers.js';

const seconds = (steps: { length: number }[]) => steps.map((step) => step.length / 1000);

describe('imagery-timer planner', () => {
  it('shares five minutes by weight: breath and scene longest, space and return shortest', () => {
    const steps = plan(DEFAULT_IMAGERY_STEPS, 300, true);
    expect(steps.map((s) => s.title)).to.deep.equal(DEFAULT_IMAGERY_STEPS.map((s) => s.title));
    expect(seconds(steps)).to.deep.equal([30, 60, 60, 45, 30, 45, 30]);
    expect(steps.map((s) => s.start / 1000)).to.deep.equal([0, 30, 90, 150, 195, 225, 270]);
  });

  it('leaves the optional step out and shares the same total among the rest, to the second', () => {
    const steps = plan(DEFAULT_IMAGERY_STEPS, 300, false);
    expect(steps.map((s) => s.title)).not.to.include('Add gentle touch');
    expect(steps).to.have.length(6);
    expect(seconds(steps).reduce((a, b) => a + b)).to.equal(300);
    for (const [i, minutes] of [1, 7, 13, 60, 180].entries()) {
      const total = seconds(plan(DEFAULT_IMAGERY_STEPS, minutes * 60, i % 2 === 0)).reduce((a, b) => a + b);
      expect(total, `${minutes} min`).to.equal(minutes * 60);
    }
  });

  it('keeps fixed lengths, shares the rest, and gives weighted steps the minimum when fixed ones fill the session', () => {
    const steps: ImageryStep[] = [
      { title: 'Arrive', text: '', seconds: 20 },
      { title: 'Breathe', text: '', weight: 3 },
      { title: 'Rest', text: '' }
    ];
    expect(seconds(plan(steps, 100, true))).to.deep.equal([20, 60, 20]);
    expect(seconds(plan(steps, 60, true))).to.deep.equal([20, 30, 10]);
    expect(seconds(plan(steps, 25, true))).to.deep.equal([20, 4, 1]);
    // No time left for the two weighted steps: they share 2 × MIN_STEP_SECONDS by weight instead.
    expect(seconds(plan(steps, 15, true))).to.deep.equal([20, 15, 5]);
    expect(MIN_STEP_SECONDS).to.equal(10);
  });

  it('runs a list of only optional steps rather than an empty session', () => {
    expect(plan([{ title: 'Touch', text: '', optional: true }], 60, false)).to.have.length(1);
  });
});

describe('imagery-timer clock', () => {
  const steps = plan(DEFAULT_IMAGERY_STEPS, 300, true);
  let now = 1_000_000;
  const clock = () => new SessionClock(steps, () => now);
  beforeEach(() => (now = 1_000_000));

  it('derives the step and time from timestamps alone, however far the clock jumped', () => {
    const c = clock();
    expect(c.position()).to.deep.equal({ elapsed: 0, index: 0, inStep: 0, remaining: 300_000, done: false });
    now += 200_000; // a laptop lid closed for 200 s: no tick in between
    expect(c.position()).to.include({ index: 4, inStep: 5_000, remaining: 100_000, done: false });
    now += 10 * 60_000;
    expect(c.position()).to.include({ elapsed: 300_000, index: 6, remaining: 0, done: true });
  });

  it('stops time while paused, and never runs backwards when the wall clock is set back', () => {
    const c = clock();
    now += 40_000;
    c.pause();
    now += 500_000;
    expect(c.position().remaining).to.equal(260_000);
    c.resume();
    now += 20_000;
    expect(c.position().remaining).to.equal(240_000);
    now -= 3_600_000;
    expect(c.position()).to.include({ elapsed: 0, index: 0 });
  });

  it('jumps to a step start, before the first and past the last', () => {
    const c = clock();
    c.jump(3);
    expect(c.position()).to.include({ index: 3, inStep: 0, elapsed: 150_000 });
    c.jump(-1);
    expect(c.position()).to.include({ index: 0, elapsed: 0 });
    c.pause();
    c.jump(2);
    now += 99_000;
    expect(c.position()).to.include({ index: 2, inStep: 0 }); // paused: the jump holds still
    c.jump(7);
    expect(c.position().done).to.be.true;
  });
});

describe('imagery-timer steps input', () => {
  let ours: () => string[];
  beforeEach(() => ({ ours } = watchWarnings()));
  afterEach(() => sinon.restore());

  it('reads an <ol>: text as guidance, data-title, lengths and flags', () => {
    const ol = document.createElement('ol');
    ol.innerHTML = `
      <li data-title="Arrive" data-seconds="20">Settle   in.</li>
      <li data-weight="2.5" data-breath>Breathe slowly</li>
      <li data-title="Touch" data-optional="">Rest a hand on your chest.</li>`;
    expect(stepsFromList(ol)).to.deep.equal([
      { title: 'Arrive', text: 'Settle in.', seconds: 20 },
      { title: 'Breathe slowly', text: '', weight: 2.5, breath: true },
      { title: 'Touch', text: 'Rest a hand on your chest.', optional: true }
    ]);
    expect(ours()).to.deep.equal([]);
  });

  it('leaves out every kind of broken entry, each with a warning that says why', () => {
    const steps = stepsFromProperty([
      'Just a title',
      null,
      42,
      ['nested'],
      {},
      { title: '   ' },
      { title: 'Negative', seconds: -5 },
      { title: 'Words', seconds: 'ten' },
      { title: 'Zero weight', weight: 0 },
      { title: 'Forever', seconds: Infinity },
      { title: 'Kept', text: 'Fine', seconds: '45' }
    ]);
    expect(steps).to.deep.equal([
      { title: 'Just a title', text: '' },
      { title: 'Kept', text: 'Fine', seconds: 45 }
    ]);
    const warnings = ours();
    expect(warnings).to.have.length(9);
    expect(warnings[0]).to.contain('step 2 of the steps property is not a step');
    expect(warnings.join('\n'))
      .to.contain('has seconds "-5", not a positive number')
      .and.contain('has seconds "ten"')
      .and.contain('has weight "0"')
      .and.contain('step 5 of the steps property has no title or text');
  });

  it('falls back to the defaults (null) when nothing valid is left or the value is not a list', () => {
    expect(stepsFromProperty([{}, { seconds: 3 }])).to.equal(null);
    expect(ours().at(-1)).to.contain("has no usable step; showing the practice's own seven");
    expect(stepsFromProperty('Set the space, Breathe')).to.equal(null);
    expect(ours().at(-1)).to.contain('must be an array');
    expect(stepsFromProperty(undefined)).to.equal(null);
    expect(stepsFromList(null)).to.equal(null);
    expect(toStep({ title: 7, text: 8 }, 'x')).to.deep.equal({ title: '7', text: '8' });
  });
});
