/**
 * Registers `<care-checklist>` (and `<practice-provider>`, which it reads its settings from). Import
 * `@embracesexualwellness/widgets/care-checklist.js` to use the element; import the class from `@embracesexualwellness/widgets/classes.js` to
 * register it under another name.
 */
import './practice-provider.js';
import { defineElement } from './lib/define.js';
import { CareChecklist } from './care-checklist/care-checklist.component.js';

defineElement('care-checklist', CareChecklist);

export { CareChecklist };
export default CareChecklist;
