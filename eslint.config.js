// @ts-check
import { builtinModules } from 'node:module';
import path from 'node:path';
import tseslint from 'typescript-eslint';
import pluginVue from 'eslint-plugin-vue';
import vueParser from 'vue-eslint-parser';
import prettierConfig from 'eslint-config-prettier';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** The layering rule (see docs/architecture.md): who may import what. */
const layering = {
  electron: { name: 'electron', message: 'Only main/electron/ and main/index.ts may import electron; services run under plain Node.' },
  nodeInCommon: 'common/ runs anywhere: no Node built-ins (pass what you need in from main).',
  nodeInRenderer: 'The renderer never touches Node: call the KioskApi through renderer/bridge.',
  untypedTexts: {
    name: 'vue-i18n',
    importNames: ['useI18n'],
    message: 'Use useText() from renderer/i18n/useText: its t() takes only keys the messages have, so vue-tsc catches a misspelt key.',
  },
  piniaInKit: {
    name: 'pinia',
    message: 'The kit in renderer/components/ holds no state of the app: take values as props and report with emits; stores belong to flows, steps and views.',
  },
};

/** Folders and files inside a process that a layer must not reach, each with what to do instead. */
const boundaries = {
  servicesToRoots: {
    targets: ['main/wiring', 'main/electron', 'main/shell', 'main/index.ts', 'main/launch.ts', 'main/kioskServices.ts'],
    message:
      'Services know nothing of how they are wired or which shell runs them: take what you need as a constructor or function parameter and let main/kioskServices.ts or main/wiring/ pass it in.',
  },
  kitToApp: {
    targets: ['renderer/stores', 'renderer/flows', 'renderer/bridge', 'renderer/steps', 'renderer/frame'],
    message:
      'The kit in renderer/components/ is presentational: take data as props and report with emits. A piece that calls the KioskApi or reads a store belongs in renderer/steps/ (flow steps) or renderer/frame/ (the app frame).',
  },
};

const withoutExtension = (file) => file.replace(/\.(ts|js|mjs|vue)$/, '');

/**
 * Relative imports resolved against the importing file, so a boundary names places in the tree
 * (`main/wiring`) rather than the spellings that reach them (`../../wiring`, `../index`).
 * @type {import('eslint').ESLint.Plugin}
 */
const layersPlugin = {
  rules: {
    'no-import-across': {
      meta: {
        type: 'problem',
        docs: { description: 'Forbid relative imports that resolve into the given folders or files.' },
        schema: [
          {
            type: 'object',
            properties: { targets: { type: 'array', items: { type: 'string' } }, message: { type: 'string' } },
            required: ['targets', 'message'],
            additionalProperties: false,
          },
        ],
        messages: { across: '{{message}}' },
      },
      create(context) {
        const { targets, message } = context.options[0];
        const forbidden = targets.map(withoutExtension);
        const from = path.relative(context.cwd, path.dirname(context.filename)).split(path.sep).join('/');
        const check = (node) => {
          const spec = node.source?.type === 'Literal' ? node.source.value : undefined;
          if (typeof spec !== 'string' || !spec.startsWith('.')) return;
          const target = withoutExtension(path.posix.join(from, spec));
          if (forbidden.some((t) => target === t || target.startsWith(`${t}/`))) {
            context.report({ node: node.source, messageId: 'across', data: { message } });
          }
        };
        return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
      },
    },
  },
};

/** Flows are read top to bottom by reviewers: past these sizes, split out a step or a helper. */
const sizeLimits = {
  file: ['error', { max: 300, skipBlankLines: true, skipComments: true }],
  function: ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
};

const restrict = (paths, patterns = []) => ['error', { paths, patterns }];
const nodePaths = (message) => nodeBuiltins.map((name) => ({ name, message }));
const boundary = (rule) => ['error', rule];

const rendererPaths = [layering.electron, layering.untypedTexts, ...nodePaths(layering.nodeInRenderer)];
const rendererPatterns = [{ group: ['**/main/**', '**/preload/**', '**/identity-api/**'], message: 'The renderer reaches main only through the KioskApi.' }];

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
    plugins: { layers: layersPlugin },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
      'vue/multi-word-component-names': 'off',
    },
  },
  {
    files: ['main/**/*.ts', 'identity-api/**/*.ts'],
    ignores: ['main/electron/**', 'main/index.ts'],
    rules: { 'no-restricted-imports': restrict([layering.electron]) },
  },
  {
    files: ['main/services/**/*.ts'],
    rules: { 'layers/no-import-across': boundary(boundaries.servicesToRoots) },
  },
  {
    files: ['common/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [layering.electron, ...nodePaths(layering.nodeInCommon)],
        [{ group: ['**/main/**', '**/renderer/**', '**/preload/**', '**/identity-api/**'], message: 'common/ depends on nothing of the kiosk.' }],
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'Buffer'],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.vue'],
    rules: {
      'no-restricted-imports': restrict(rendererPaths, rendererPatterns),
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['renderer/components/**/*.ts', 'renderer/components/**/*.vue'],
    rules: {
      // Replaces the renderer's list above for the kit, so it repeats it.
      'no-restricted-imports': restrict([...rendererPaths, layering.piniaInKit], rendererPatterns),
      'layers/no-import-across': boundary(boundaries.kitToApp),
    },
  },
  {
    files: ['main/services/flows/**/*.ts', 'renderer/flows/**/*.ts', 'renderer/flows/**/*.vue'],
    rules: { 'max-lines': sizeLimits.file },
  },
  {
    files: ['main/services/flows/**/*.ts'],
    rules: { 'max-lines-per-function': sizeLimits.function },
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
  // Last, so formatting is Prettier's alone: it turns off every stylistic rule above that would disagree with it.
  prettierConfig,
);
