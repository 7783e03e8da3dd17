// Vitest in browser mode, in Debian's Chromium:
//   `npm run test:stories`  every story rendered as a test (play functions and axe included);
//   `npm run test:interop`  React 19 and Vue 3 render every element (examples/, with their own Vite config).
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { BROWSERS, CHROMIUM_ARGS } from './scripts/browsers.mjs';

const configDir = fileURLToPath(new URL('./.storybook', import.meta.url));

// A fresh object per project: Vitest names each project's browser instance in place, so a shared one would show
// every test under the last project's name.
const browser = () => ({
  enabled: true,
  headless: true,
  // Never `npx playwright install`: drive the Chromium that Debian installed.
  provider: playwright({ launchOptions: { executablePath: BROWSERS.chromium.find(), args: CHROMIUM_ARGS } }),
  instances: [{ browser: 'chromium' as const }]
});

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir })],
        test: { name: 'storybook', browser: browser() }
      },
      {
        extends: './examples/vite.config.ts',
        test: { name: 'interop', include: ['test/interop/**/*.test.{ts,tsx}'], browser: browser() }
      }
    ]
  }
});
