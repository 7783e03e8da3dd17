import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/lib/version.js';
import { PracticeProvider } from '../../src/classes.js';

describe('VERSION', () => {
  it('matches package.json, so the duplicate warning names the real version', async () => {
    // The test server serves the project root, so the real package.json is one fetch away.
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
    expect(PracticeProvider.version).to.equal(pkg.version);
  });
});
