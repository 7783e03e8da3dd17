/**
 * The package version, shown in the duplicate-registration warning. Kept equal to package.json by
 * `scripts/sync-version.mjs` (run by `npm version`) and checked by `test/lib/version.test.ts`.
 */
export const VERSION = '0.1.0';
