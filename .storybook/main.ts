import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // Example images for the stories (the package ships none).
  staticDirs: ['../stories/assets'],
  addons: [
    // GitHub-flavoured Markdown in the MDX pages: without remark-gfm (MDX 3 leaves it out), a `| a | b |` table is
    // shown as raw text. `scripts/check-storybook-docs.mjs` fails the build if any docs page still shows one.
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } }
    },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest'
  ],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // No Storybook onboarding: neither the "Get started" checklist in the sidebar nor the "Guide" page in its menu
  // (both only appear under `storybook dev`). This Storybook is the widgets' manual, not a Storybook tutorial.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  async viteFinal(viteConfig) {
    // Pre-bundle Lit once, so Storybook and Vitest never load two copies ("Multiple versions of Lit loaded").
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        'lit',
        'lit/decorators.js',
        'lit/directive-helpers.js',
        '@lit/context'
      ]
    };
    return viteConfig;
  }
};

export default config;
