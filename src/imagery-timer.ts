/**
 * Registers `<imagery-timer>`. Import `@embracesexualwellness/widgets/imagery-timer.js` to use the element; import the class from
 * `@embracesexualwellness/widgets/classes.js` to register it under another name.
 *
 * Unlike the other define modules, this one does not bring `<practice-provider>`: the timer reads none of the
 * practice's shared settings (it links nowhere and names no one), so a page with only a timer does not pay for them.
 */
import { defineElement } from './lib/define.js';
import { ImageryTimer } from './imagery-timer/imagery-timer.component.js';

defineElement('imagery-timer', ImageryTimer);

export { ImageryTimer };
export default ImageryTimer;
