import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
// Written by `npm run analyze` (run before `npm start`, `test:stories` and `build-storybook`).
import manifest from '../dist/custom-elements.json';
import '../src/index.js';
import { forStorybook } from './manifest.js';

// Controls and API tables come from the Custom Elements Manifest, which comes from the JSDoc on each class.
setCustomElementsManifest(forStorybook(manifest));

const preview: Preview = {
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    // Any axe violation fails the story's test, in Storybook's test panel and in `npm run test:stories`.
    a11y: { test: 'error' },
    docs: { toc: true },
    options: { storySort: { order: ['Start here', ['Introduction', 'Embed on your site'], 'Elements'] } }
  },
  tags: ['autodocs']
};

export default preview;
