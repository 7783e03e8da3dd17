import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { HOST_NAMES, HOST_THEMES, hostCss, type HostName } from './host-themes.mjs';

/**
 * Storybook's "Host page" switch: every story renders inside a wrapper dressed as one of the host pages in
 * `host-themes.mjs` (background, text color, font, and the color of the page's own links).
 *
 * Which host: a story's `parameters.host` if it sets one, else the story's `globals: { host }` or the toolbar
 * (Storybook merges those two into `globals.host`), else the practice's light page. `parameters.host: false` leaves
 * the wrapper out, for a story that is a whole page of its own.
 *
 * The wrapper is a decorator, so the HTML shown in the Code panel and on docs pages never includes it
 * (`excludeDecorators` in `.storybook/preview.ts`). It is an ordinary element around the story, so a play function's
 * `canvasElement.querySelector('consult-cta')` finds the widget as before.
 */

const isHost = (value: unknown): value is HostName =>
  typeof value === 'string' && (HOST_NAMES as readonly string[]).includes(value);

/** The host a story is shown on, or `undefined` for a story that brings its own page. */
export function hostFor(parameters: { host?: unknown }, globals: { host?: unknown }): HostName | undefined {
  if (parameters.host === false) return undefined;
  if (isHost(parameters.host)) return parameters.host;
  return isHost(globals.host) ? globals.host : 'light';
}

/** The toolbar menu, for `globalTypes.host` in `.storybook/preview.ts`. */
export const hostGlobalType = {
  description: 'The page around the widgets: a white clinic site, the practice’s own, a dark or a colored partner site',
  toolbar: {
    title: 'Host page',
    icon: 'paintbrush',
    items: HOST_NAMES.map((name) => ({ value: name, title: HOST_THEMES[name].label }))
  }
};

export const withHostPage: Decorator = (story, { parameters, globals }) => {
  const host = hostFor(parameters, globals);
  return host ? html`<div class="host-page" data-host=${host}>${story()}</div>` : story();
};

/*
 * The styles, made from the same list, so nothing is written twice. The area around the wrapper takes the host's
 * background too: the canvas's padding in the story view, and each story block on a docs page (a docs page can show
 * stories on different hosts side by side), so a dark host is not framed in white.
 */
const hostStyles = document.createElement('style');
hostStyles.id = 'storybook-host-page';
hostStyles.textContent = [
  '.host-page { padding: 1.5rem; }',
  '.host-page a { color: var(--host-link); }',
  ...HOST_NAMES.flatMap((name) => {
    const selector = `.host-page[data-host="${name}"]`;
    const around = `body:has(#storybook-root ${selector}), .docs-story:has(${selector})`;
    return [`${selector} { ${hostCss(name)} }`, `${around} { background: ${HOST_THEMES[name].background}; }`];
  })
].join('\n');
document.head.append(hostStyles);
