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
      height: 100%; /* in a grid, cards of one row share a height: the meta line sits at the bottom of each */
      overflow: hidden;
      background: var(--_ac-surface);
      border: 1px solid var(--_ac-border);
      border-radius: var(--_ac-radius);
      cursor: pointer;
      overflow-wrap: break-word; /* long words break only when they cannot fit a line alone */
      --_category: var(--article-card-category-color, var(--_accent));
    }
    /* Each blog category has its own color for the small mark before its name (classes, not inline styles, for
       CSP), moved toward the host's text color so it shows on any page. */
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
      width: 100%; /* a set width: an auto one would shrink to keep the ratio under max-height (WebKit) */
      aspect-ratio: var(--_ac-ratio); /* reserved before the image loads: no layout shift */
      max-height: var(--article-card-image-max-height, 16rem);
      background: var(--_wash);
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
    /* A text-only card's category rule, along its top in every layout: one accent language for cards (the left edge is
       the banners' and advice boxes'), also when horizontal cards stack beside vertical ones in a narrow grid. An
       inset shadow follows the card's rounded corners (a border would taper). */
    .text-only {
      box-shadow: inset 0 4px 0 color-mix(in srgb, var(--_category) 65%, currentColor);
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
      display: flex;
      align-items: center;
      gap: 0.5em;
      margin: 0;
      font-size: 0.8em;
      font-weight: 600;
      letter-spacing: 0.06em;
      text-transform: uppercase;
    }
    .category::before {
      content: '';
      flex: none;
      width: 0.7em;
      height: 0.7em;
      border-radius: 50%;
      background: color-mix(in srgb, var(--_category) 65%, currentColor);
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
    .meta {
      margin-top: auto; /* at the foot of the card, however long the excerpt */
      padding-top: 0.25em;
    }
    .recommended {
      order: 4;
      font-style: italic;
    }
    /* The title is a heading inside the one link: it reads as a heading, and the card shows that it is a link. */
    a {
      display: block;
      color: var(--_ac-link);
      text-decoration: none;
    }
    a:focus-visible {
      outline: none; /* the whole card shows focus */
    }
    .card:hover a,
    a:focus-visible {
      text-decoration: underline;
    }

    .horizontal {
      flex-direction: row;
    }
    .horizontal .media {
      width: 38%;
      max-height: none;
      aspect-ratio: auto;
      min-height: 8em;
    }
    @container (max-width: 30em) {
      .horizontal {
        flex-direction: column;
      }
      .horizontal .media {
        width: 100%;
        max-height: var(--article-card-image-max-height, 16rem);
        aspect-ratio: var(--_ac-ratio);
        min-height: 0;
      }
      .content {
        padding: calc(var(--_ac-padding) * 0.85);
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
