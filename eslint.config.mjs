// Lint rules: typescript-eslint for the code, the Lit and web-component plugins for templates and elements,
// lit-a11y for accessibility mistakes in templates. Formatting is prettier's job (`prettier --check`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'coverage/',
      'storybook-static/',
      'node_modules/',
      'bench/.build/',
      'test/interop/.snippets/',
      '!.storybook/'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'],
    ...litConfigs['flat/recommended'],
    languageOptions: { globals: globals.browser }
  },
  { files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'], ...wcConfigs['flat/recommended'] },
  { files: ['src/**/*.ts', 'stories/**/*.ts'], ...litA11y.configs.recommended },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'smart']
    }
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', 'no-console': 'off' }
  },
  {
    files: ['test/**/*.js', 'bench/pages/**/*.js', 'bench/entries/**/*.js'],
    languageOptions: { globals: globals.browser }
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', '*.mjs', '*.cjs'],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off' }
  }
);
