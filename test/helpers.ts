import sinon from 'sinon';
import { resetWarnings } from '../src/lib/warn.js';

/**
 * Watches console warnings for one test: forgets which warnings the library already printed (so each test sees its
 * own), stubs console.warn, and gives the library's own messages (Lit's dev-mode notes are not ours to count).
 * Call inside beforeEach; restore with sinon.restore() or the returned stub's restore().
 */
export function watchWarnings() {
  resetWarnings();
  const stub = sinon.stub(console, 'warn');
  return {
    stub,
    /** The messages embrace-widgets printed, in order. */
    ours: () =>
      stub
        .getCalls()
        .map((call) => String(call.args[0]))
        .filter((message) => message.startsWith('[embrace-widgets]'))
  };
}
