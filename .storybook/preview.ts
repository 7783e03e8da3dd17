import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
// Written by `npm run analyze` (run before `npm start`, `test:stories` and `build-storybook`).
import manifest from '../dist/custom-elements.json';
import '../src/index.js';
import { hostGlobalType, withHostPage } from '../stories/support/host-page.js';
import { htmlSnippet } from '../stories/support/snippet.js';
import { forStorybook } from './manifest.js';

// Controls and API tables come from the Custom Elements Manifest, which comes from the JSDoc on each class.
setCustomElementsManifest(forStorybook(manifest));

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];

// The stories render attributes, so only attributes get a control; properties, events, slots, parts and CSS
// properties are reference (an object editor for `::part(heading)` would do nothing).
const attributesOnlyControls: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([key, argType]) => {
      const category = argType.table?.category;
      return [key, category && category !== 'attributes' ? { ...argType, control: false } : argType];
    })
  );

const preview: Preview = {
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    // Any axe violation fails the story's test, in Storybook's test panel and in `npm run test:stories`.
    a11y: { test: 'error' },
    docs: {
      toc: { headingSelector: 'h2, h3' },
      // The code shown for a story (docs pages and the Code panel) is the HTML it rendered, tidied into what a
      // practice's web person pastes: never the Lit template behind it, never the Storybook-only wrappers.
      codePanel: true,
      source: { type: 'dynamic', excludeDecorators: true, language: 'html', transform: htmlSnippet }
    },
    options: {
      storySort: {
        order: [
          'Start here',
          ['Introduction', 'Embed on your site', 'Embed builder', 'Theming', 'Privacy and security'],
          'Elements',
          'Examples'
        ]
      }
    }
  },
  // The "Host page" switch in the toolbar: every story on the practice's light page, a dark partner site or a
  // colored one (`stories/support/host-themes.mjs`). A story can pin one with `globals: { host: 'dark' }`.
  globalTypes: { host: hostGlobalType },
  initialGlobals: { host: 'light' },
  decorators: [withHostPage],
  argTypesEnhancers: [attributesOnlyControls],
  tags: ['autodocs']
};

export default preview;
