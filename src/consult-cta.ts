/**
 * Registers `<consult-cta>` (and `<practice-provider>`, which it reads its settings from). Import
 * `@embracesexualwellness/widgets/consult-cta.js` to use the element; import the class from `@embracesexualwellness/widgets/classes.js` to
 * register it under another name.
 */
import './practice-provider.js';
import { defineElement } from './lib/define.js';
import { ConsultCta } from './consult-cta/consult-cta.component.js';

defineElement('consult-cta', ConsultCta);

export { ConsultCta };
export default ConsultCta;
