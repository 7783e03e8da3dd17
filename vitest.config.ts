// `npm run test:stories`: every story rendered in Debian's Chromium as a test (play functions and axe included).
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { BROWSERS, CHROMIUM_ARGS } from './scripts/browsers.mjs';

const configDir = fileURLToPath(new URL('./.storybook', import.meta.url));

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            // Never `npx playwright install`: drive the Chromium that Debian installed.
            provider: playwright({ launchOptions: { executablePath: BROWSERS.chromium.find(), args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }]
          }
        }
      }
    ]
  }
});
