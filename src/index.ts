/**
 * embrace-widgets: registers every element and exports their classes and types.
 *
 * `<practice-provider>` is registered first, so that when a page's markup is upgraded the provider exists before
 * the widgets inside it ask for their settings.
 */
import './practice-provider.js';
import './consult-cta.js';
import './imagery-timer.js';
import './care-checklist.js';
import './article-card.js';

export * from './classes.js';
