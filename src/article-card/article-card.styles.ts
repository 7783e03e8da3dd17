import { css } from 'lit';
import { widgetStyles } from '../styles/base.js';

export const articleCardStyles = [
  ...widgetStyles,
  css`
    :host {
      --_ac-surface: var(--article-card-surface, var(--_surface));
      --_ac-border: var(--article-card-border-color, var(--_border));
      --_ac-radius: var(--article-card-radius, var(--_radius));
      --_ac-padding: var(--article-card-padding, var(--_space));
      --_ac-link: var(--article-card-link-color, inherit);
      --_ac-ratio: var(--article-card-image-ratio, 16 / 9);
      container-type: inline-size;
    }
    .card {
      position: relative;
      display: flex;
      flex-direction: column;
      height: 100%;
      overflow: hidden;
      background: var(--_ac-surface);
      border: 1px solid var(--_ac-border);
      border-radius: var(--_ac-radius);
      cursor: pointer;
      overflow-wrap: break-word; /* long words break only when they cannot fit a line alone */
    }
    /* The block shown when there is no image: a colour per blog category (classes, not inline styles, for CSP). */
    .card {
      --_category: var(--article-card-category-color, var(--_accent));
    }
    .cat-anxiety {
      --_category: var(--article-card-category-color, #4f63a0);
    }
    .cat-arousal {
      --_category: var(--article-card-category-color, #a34d6d);
    }
    .cat-communication {
      --_category: var(--article-card-category-color, #3d7f6f);
    }
    .card:hover {
      border-color: color-mix(in srgb, currentColor 50%, transparent);
    }
    .card:focus-within {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .media {
      position: relative;
      overflow: hidden; /* the image never sizes the box: its ratio is fixed before and after loading */
      flex: none;
      aspect-ratio: var(--_ac-ratio); /* reserved before the image loads: no layout shift */
      background: linear-gradient(135deg, var(--_category), color-mix(in srgb, var(--_category) 55%, white));
    }
    .media img {
      position: absolute;
      inset: 0;
      display: block;
      width: 100%;
      height: 100%;
      object-fit: cover;
    }
    .content {
      display: flex;
      flex: 1;
      flex-direction: column;
      gap: 0.5em;
      padding: var(--_ac-padding);
    }
    .link {
      order: 1;
    }
    .heading {
      margin: 0;
      font-size: 1.2em;
      line-height: 1.3;
    }
    .category {
      order: 0; /* shown above the title, read after it */
      margin: 0;
      font-size: 0.85em;
      font-weight: 600;
      letter-spacing: 0.02em;
      text-transform: uppercase;
    }
    .excerpt {
      order: 2;
      margin: 0;
    }
    .meta,
    .recommended {
      order: 3;
      margin: 0;
      color: var(--_muted);
      font-size: 0.9em;
    }
    .recommended {
      font-style: italic;
    }
    a {
      display: block;
      color: var(--_ac-link);
      text-decoration: underline;
      text-decoration-thickness: 1px;
      text-underline-offset: 0.15em;
    }
    a:focus-visible {
      outline: none; /* the whole card shows focus */
    }
    .card:hover a {
      text-decoration-thickness: 2px;
    }

    .horizontal {
      flex-direction: row;
    }
    .horizontal .media {
      width: 38%;
      aspect-ratio: auto;
      min-height: 8em;
    }
    @container (max-width: 30em) {
      .horizontal {
        flex-direction: column;
      }
      .horizontal .media {
        width: auto;
        aspect-ratio: var(--_ac-ratio);
        min-height: 0;
      }
    }
    .compact .content {
      gap: 0.25em;
      padding: calc(var(--_ac-padding) * 0.75);
    }
    .compact .heading {
      font-size: 1.05em;
    }

    @media (forced-colors: active) {
      .card {
        border-color: CanvasText;
      }
    }
  `
];
