import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Every feature folder: each may import only itself, domain code and shared code. */
const features = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
// import-x's TypeScript settings, with the resolver of tsconfig's paths set below instead.
const importSettings = Object.fromEntries(
  Object.entries(importX.flatConfigs.typescript.settings).filter(
    ([key]) => key !== 'import-x/resolver',
  ),
);
/**
 * The features a feature builds on, one way only. The trainer's kept group (group) files and reads
 * the assignment feature's receipts and links; the assignment feature never imports group.
 */
const BUILDS_ON = { group: ['assignment'] };
/** The bottom layers, which import neither features nor the app. */
const SHARED = ['domain', 'components', 'config', 'hooks', 'lib', 'store', 'types'];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    // The direction of imports: app → features (and the LMS runtime) → domain and shared code.
    // Path-based, so relative imports are held to it too; no import cycles anywhere in src.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importSettings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: ['./src/features', './src/app', './src/lms'],
              except: [`./${feature}`, ...(BUILDS_ON[feature] ?? []).map((f) => `./${f}`)],
              message: 'A feature imports only domain and shared code; pages compose features.',
            })),
            {
              target: `./src/{${SHARED.join(',')}}/**`,
              from: ['./src/features', './src/app', './src/lms'],
              message:
                'Domain and shared code may not import features, the app or the LMS runtime.',
            },
            {
              target: './src/lms',
              from: ['./src/features', './src/app'],
              message: 'The LMS runtime builds on domain and shared code only.',
            },
          ],
        },
      ],
    },
  },
);
