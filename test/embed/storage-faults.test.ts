// Storage faults: every element on a page whose Web Storage is broken in each way real browsers break it. None of
// the landed elements stores anything (API.md: nothing without opt-in), so the figure is that none of them even
// trips over a throwing `localStorage`: 0 uncaught errors and every main interaction still works.
import { expect } from '@open-wc/testing';
import { closePages } from './host-page.js';

interface Report {
  source: string;
  errors: string[];
  outcome: string;
  ctaClicks: number;
  level: string;
  levelAfterClear: string;
  cardClicks: number;
  cardHref: string | null;
}

function run(query: string, sandbox: string | null): Promise<Report> {
  const report = new Promise<Report>((resolve) => {
    const listener = (event: MessageEvent<Report>) => {
      if (event.data?.source !== 'storage-faults') return;
      window.removeEventListener('message', listener);
      resolve(event.data);
    };
    window.addEventListener('message', listener);
  });
  const frame = document.createElement('iframe');
  if (sandbox !== null) frame.setAttribute('sandbox', sandbox);
  frame.src = `/test/embed/pages/storage-faults.html${query}`;
  document.body.append(frame);
  return report;
}

describe('storage faults', () => {
  afterEach(() => {
    closePages();
    localStorage.clear();
    sessionStorage.clear();
  });

  const cases: [string, string, string | null][] = [
    ['a sandboxed frame without allow-same-origin (SecurityError)', '', 'allow-scripts'],
    ['localStorage and sessionStorage getters that throw', '?fault=access', null],
    ['setItem that throws QuotaExceededError', '?fault=set', null],
    ['corrupted JSON under our own keys', '?fault=corrupt', null]
  ];
  for (const [name, query, sandbox] of cases) {
    it(`${name}: 0 errors, every widget usable`, async () => {
      const result = await run(query, sandbox);
      console.log(
        `storage faults, ${name}: ${result.errors.length} errors, cta ${result.ctaClicks} click, ` +
          `checklist ${result.level} → ${result.levelAfterClear}, card ${result.cardClicks} click`
      );
      expect(result.errors).to.deep.equal([]);
      expect(result.outcome, 'the location answer is shown').to.contain('Illinois');
      expect(result.ctaClicks).to.equal(1);
      expect(result.level, 'every box checked').to.equal('see-provider');
      expect(result.levelAfterClear).to.equal('none');
      expect(result.cardClicks).to.equal(1);
      expect(result.cardHref).to.match(/^https:\/\/.*utm_source=storage/);
    });
  }
});
