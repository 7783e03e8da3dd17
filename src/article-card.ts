/**
 * Registers `<article-card>` (and `<practice-provider>`, which it reads its settings from). Import
 * `@embracesexualwellness/widgets/article-card.js` to use the element; import the class from `@embracesexualwellness/widgets/classes.js` to
 * register it under another name.
 */
import './practice-provider.js';
import { defineElement } from './lib/define.js';
import { ArticleCard } from './article-card/article-card.component.js';

defineElement('article-card', ArticleCard);

export { ArticleCard };
export default ArticleCard;
