// @ts-check
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';
import pluginVue from 'eslint-plugin-vue';
import vueParser from 'vue-eslint-parser';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** The layering rule (see docs/architecture.md): who may import what. */
const layering = {
  electron: { name: 'electron', message: 'Only main/electron/ and main/index.ts may import electron; services run under plain Node.' },
  nodeInCommon: 'common/ runs anywhere: no Node built-ins (pass what you need in from main).',
  nodeInRenderer: 'The renderer never touches Node: call the KioskApi through renderer/bridge.',
};

const restrict = (paths, patterns = []) => ['error', { paths, patterns }];
const nodePaths = (message) => nodeBuiltins.map((name) => ({ name, message }));

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'resources/**', 'test-results/**', 'playwright-report/**', 'test/fixtures/**'],
  },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parser: vueParser, parserOptions: { parser: tseslint.parser, sourceType: 'module' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
    },
  },
  {
    files: ['main/**/*.ts', 'identity-api/**/*.ts'],
    ignores: ['main/electron/**', 'main/index.ts'],
    rules: { 'no-restricted-imports': restrict([layering.electron]) },
  },
  {
    files: ['common/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([layering.electron, ...nodePaths(layering.nodeInCommon)], [
        { group: ['**/main/**', '**/renderer/**', '**/preload/**', '**/identity-api/**'], message: 'common/ depends on nothing of the kiosk.' },
      ]),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'Buffer'],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.vue'],
    rules: {
      'no-restricted-imports': restrict([layering.electron, ...nodePaths(layering.nodeInRenderer)], [
        { group: ['**/main/**', '**/preload/**', '**/identity-api/**'], message: 'The renderer reaches main only through the KioskApi.' },
      ]),
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['preload/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(nodePaths('A sandboxed preload has no Node: only electron and common/.'), [
        { group: ['**/main/**', '**/renderer/**'], message: 'The preload knows only the contract in common/.' },
      ]),
    },
  },
  {
    files: ['scripts/**/*.ts', 'test/**/*.ts', '*.config.ts', 'main/tools/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
