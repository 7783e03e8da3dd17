import { expect } from '@open-wc/testing';
import { PracticeLog, LOG_KEY } from '../../src/imagery-timer/log.js';
import { createStorage, STORAGE_PREFIX } from '../../src/lib/storage.js';

const DAY = 24 * 60 * 60 * 1000;
const KEY = STORAGE_PREFIX + LOG_KEY;

describe('imagery-timer practice log', () => {
  afterEach(() => localStorage.clear());

  it('is empty and not kept until the first practice is added; then counts the past week only', () => {
    const log = new PracticeLog(createStorage());
    const now = Date.UTC(2026, 11, 2);
    expect(log.kept).to.be.false;
    expect(log.countWeek(now)).to.equal(0);
    expect(localStorage.length).to.equal(0); // reading never writes
    expect(log.add(now - 8 * DAY)).to.be.true;
    expect(log.kept).to.be.true;
    expect(log.add(now - 2 * DAY)).to.be.true;
    expect(log.add(now)).to.be.true;
    expect(log.countWeek(now)).to.equal(2);
    // Entries older than a week are dropped on the next write: nothing is kept that is never shown.
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal([now - 2 * DAY, now]);
  });

  it('forgets everything', () => {
    const log = new PracticeLog(createStorage());
    log.add();
    expect(log.forget()).to.be.true;
    expect(log.kept).to.be.false;
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('treats anything but a list of times as never kept, and overwrites it once the person opts in', () => {
    localStorage.setItem(KEY, JSON.stringify({ streak: 99 }));
    const log = new PracticeLog(createStorage());
    expect(log.kept).to.be.false;
    expect(log.countWeek()).to.equal(0);
    localStorage.setItem(KEY, JSON.stringify([1, 'two', null]));
    expect(log.kept).to.be.false;
    expect(log.countWeek()).to.equal(0);
    expect(log.add()).to.be.true;
    expect(log.kept).to.be.true;
    expect(log.countWeek()).to.equal(1);
  });

  it('never throws when storage does, and says it could not keep the count', () => {
    const throwing = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      length: 0
    } as unknown as Storage;
    const log = new PracticeLog(createStorage(() => throwing));
    expect(log.kept).to.be.false;
    expect(log.countWeek()).to.equal(0);
    expect(log.add()).to.be.false;
    expect(log.forget()).to.be.false;
    const gone = new PracticeLog(createStorage(() => null));
    expect(gone.add()).to.be.false;
  });
});
