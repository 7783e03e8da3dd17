// Storage faults: every element on a page whose Web Storage is broken in each way real browsers break it. Only
// <imagery-timer remember> ever stores anything, and only after the person opts in (API.md); the others must not even
// trip over a throwing `localStorage`: 0 uncaught errors and every main interaction still works. The timer's practice
// still finishes, and opting in where storage fails shows a quiet note instead of failing.
import { expect } from '@open-wc/testing';
import { closePages, delivered } from './host-page.js';

interface Report {
  source: string;
  errors: string[];
  outcome: string;
  ctaClicks: number;
  level: string;
  levelAfterClear: string;
  cardClicks: number;
  cardHref: string | null;
  timerState: string;
  completes: number;
  offered: boolean;
  timerLog: string;
  timerStatus: string;
  timerStored: string | null;
}

const STORAGE_OFF = 'This browser isn’t keeping a count right now. That’s fine: your practice still counts.';
const COUNTED = 'You’ve practiced once in the past week.';

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
  frame.src = delivered(`/test/embed/pages/storage-faults.html${query}`);
  document.body.append(frame);
  return report;
}

describe('storage faults', () => {
  afterEach(() => {
    closePages();
    localStorage.clear();
    sessionStorage.clear();
  });

  // The last column: what the timer's log line says after the person opts in. Corrupted JSON is unreadable, so it
  // counts as no log: the person is asked, and opting in replaces it with a good one.
  const cases: [string, string, string | null, string][] = [
    ['a sandboxed frame without allow-same-origin (SecurityError)', '', 'allow-scripts', STORAGE_OFF],
    ['localStorage and sessionStorage getters that throw', '?fault=access', null, STORAGE_OFF],
    ['setItem that throws QuotaExceededError', '?fault=set', null, STORAGE_OFF],
    ['corrupted JSON under our own keys', '?fault=corrupt', null, COUNTED]
  ];
  for (const [name, query, sandbox, timerLog] of cases) {
    it(`${name}: 0 errors, every widget usable`, async () => {
      const result = await run(query, sandbox);
      console.log(
        `storage faults, ${name}: ${result.errors.length} errors, cta ${result.ctaClicks} click, ` +
          `checklist ${result.level} → ${result.levelAfterClear}, card ${result.cardClicks} click, ` +
          `timer ${result.timerState} (${result.completes} complete event), opted in: "${result.timerLog}"`
      );
      expect(result.errors).to.deep.equal([]);
      expect(result.outcome, 'the location answer is shown').to.contain('Illinois');
      expect(result.ctaClicks).to.equal(1);
      expect(result.level, 'every box checked: the red flags among them call for care today').to.equal('urgent');
      expect(result.levelAfterClear).to.equal('none');
      expect(result.cardClicks).to.equal(1);
      expect(result.cardHref).to.match(/^https:\/\/.*utm_source=storage/);
      expect(result.timerState, 'the practice finished').to.equal('complete');
      expect(result.completes).to.equal(1);
      expect(result.offered, 'the count was offered').to.be.true;
      expect(result.timerLog).to.equal(timerLog);
      expect(result.timerStatus, 'and said in the live region').to.equal(timerLog);
      if (timerLog === COUNTED) expect(result.timerStored).to.match(/^\[\d+\]$/);
    });
  }
});
