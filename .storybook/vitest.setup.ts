import * as a11yAnnotations from '@storybook/addon-a11y/preview';
import { setProjectAnnotations } from '@storybook/web-components-vite';
import * as projectAnnotations from './preview.js';

// Story tests use the same annotations as Storybook itself, including the a11y addon's axe run.
setProjectAnnotations([a11yAnnotations, projectAnnotations]);
