/**
 * Registers `<practice-provider>`. Import this module (`@embracesexualwellness/widgets/practice-provider.js`) to use the element;
 * import the class from `@embracesexualwellness/widgets/classes.js` to register it under another name.
 */
import { defineElement } from './lib/define.js';
import { PracticeProvider } from './practice/practice-provider.component.js';

defineElement('practice-provider', PracticeProvider);

export { PracticeProvider };
export default PracticeProvider;
