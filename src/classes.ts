/**
 * Every element class, with nothing registered: for custom tag names and scoped registries.
 *
 * @example
 * import { PracticeProvider } from '@embracesexualwellness/widgets/classes.js';
 * customElements.define('clinic-settings', class extends PracticeProvider {});
 */
export { PracticeElement } from './practice/practice-element.js';
export { PracticeProvider } from './practice/practice-provider.component.js';
export { ConsultCta } from './consult-cta/consult-cta.component.js';
export type {
  ConsultCtaClickDetail,
  ConsultCtaLocationDetail,
  ConsultCtaOpen,
  ConsultCtaVariant
} from './consult-cta/consult-cta.component.js';
export type { ConsultCtaStrings } from './consult-cta/strings.js';
export type { LocationChoice } from './consult-cta/eligibility.js';
export { ImageryTimer } from './imagery-timer/imagery-timer.component.js';
export type {
  ImageryTimerCompleteDetail,
  ImageryTimerState,
  ImageryTimerStepDetail
} from './imagery-timer/imagery-timer.component.js';
export type { ImageryTimerStrings } from './imagery-timer/strings.js';
export type { ImageryStep, ImageryStepInput } from './content/imagery-steps.js';
export { CareChecklist } from './care-checklist/care-checklist.component.js';
export type { CareChecklistChangeDetail, CareChecklistLevel } from './care-checklist/care-checklist.component.js';
export type { CareChecklistStrings } from './care-checklist/strings.js';
export type { CareItem, CareLevel } from './content/care-items.js';
export { ArticleCard } from './article-card/article-card.component.js';
export type { ArticleCardClickDetail, ArticleCardLayout } from './article-card/article-card.component.js';
export type { ArticleCardStrings } from './article-card/strings.js';
export type { Article } from './content/articles.js';
export { defineElement } from './lib/define.js';
export { VERSION } from './lib/version.js';
export type { PracticeSettings, PracticeSettingsInput } from './practice/settings.js';
export type { StateCode } from './content/us-states.js';
