import { expect } from '@open-wc/testing';
import { createStorage, STORAGE_PREFIX } from '../../src/lib/storage.js';

/** A Storage whose every method throws, as a sandboxed frame or a blocked-storage browser does. */
function throwingStore(name: string): Storage {
  const fail = () => {
    throw new DOMException('storage is not allowed here', name);
  };
  return {
    get length(): number {
      return fail();
    },
    clear: fail,
    getItem: fail,
    key: fail,
    removeItem: fail,
    setItem: fail
  };
}

const isNumberList = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'number');

describe('createStorage', () => {
  afterEach(() => localStorage.clear());

  it('round-trips JSON in real localStorage under the library prefix', () => {
    const storage = createStorage();
    expect(storage.available).to.be.true;
    expect(storage.set('log', [1, 2, 3])).to.be.true;
    expect(localStorage.getItem(`${STORAGE_PREFIX}log`)).to.equal('[1,2,3]');
    expect(storage.get('log', [] as number[], isNumberList)).to.deep.equal([1, 2, 3]);
    expect(storage.remove('log')).to.be.true;
    expect(storage.get('log', 'none')).to.equal('none');
  });

  it('writes nothing to find out whether storage works', () => {
    const storage = createStorage();
    expect(storage.available).to.be.true;
    expect(localStorage.length).to.equal(0);
  });

  it('returns the fallback for corrupted or unexpected values', () => {
    const storage = createStorage();
    localStorage.setItem(`${STORAGE_PREFIX}log`, '{not json');
    expect(storage.get('log', 'fallback')).to.equal('fallback');
    localStorage.setItem(`${STORAGE_PREFIX}log`, '{"a":1}');
    expect(storage.get('log', [] as number[], isNumberList)).to.deep.equal([]);
  });

  it('reports a real QuotaExceededError as a failed write, without throwing', () => {
    const storage = createStorage();
    const huge = 'x'.repeat(12 * 1024 * 1024); // above every engine's per-origin quota
    expect(storage.set('huge', huge)).to.be.false;
    expect(storage.available).to.be.false;
    expect(storage.set('small', 1)).to.be.true; // recovers when a write succeeds again
    expect(storage.available).to.be.true;
  });

  it('never throws when every access throws SecurityError', () => {
    const storage = createStorage(() => throwingStore('SecurityError'));
    expect(storage.available).to.be.false;
    expect(storage.get('log', 'fallback')).to.equal('fallback');
    expect(storage.set('log', 1)).to.be.false;
    expect(storage.remove('log')).to.be.false;
  });

  it('never throws when the storage getter itself throws', () => {
    const storage = createStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(storage.available).to.be.false;
    expect(storage.get('x', 0)).to.equal(0);
    expect(storage.set('x', 1)).to.be.false;
    expect(storage.remove('x')).to.be.false;
  });

  it('handles a page with no storage at all', () => {
    const storage = createStorage(() => null);
    expect(storage.available).to.be.false;
    expect(storage.get('x', 0)).to.equal(0);
    expect(storage.set('x', 1)).to.be.false;
    expect(storage.remove('x')).to.be.false;
  });

  it('refuses values that are not JSON without marking storage broken', () => {
    const storage = createStorage();
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(storage.set('c', circular)).to.be.false;
    expect(storage.available).to.be.true;
  });
});
