import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import vueParser from 'vue-eslint-parser';
import { builtinModules } from 'node:module';

/**
 * Module boundaries are part of the architecture: apps compose, domains meet through events,
 * ui and util libraries stay leaves. A violation fails `npm test`.
 */
/** What a domain layer may never import: it is pure TypeScript that runs in Node and in the browser. */
const NOT_IN_DOMAIN = [
  'fastify',
  'fastify-*',
  '@fastify/*',
  'mercurius',
  'mercurius-*',
  '@eventstore/*',
  '@kurrent/*',
  '@grpc/*',
  'vue',
  'vue-*',
  '@vue/*',
  'pinia',
  '@urql/*',
  'node:*',
  'nodemailer',
  '@node-rs/*',
];
/** What a read-model layer may never import: projections fold events; they serve no HTTP and render nothing. */
const NOT_IN_READ_MODELS = [
  'fastify',
  'fastify-*',
  '@fastify/*',
  'mercurius',
  'mercurius-*',
  'vue',
  'vue-*',
  '@vue/*',
  'pinia',
  '@urql/*',
  'nodemailer',
];

/** The bounded contexts: each is three projects (domain, read-models, api) with the same scope tag. */
const CONTEXTS = [
  'identity',
  'chat',
  'outbox',
  'knowledge-base',
  'tickets',
  'bookings',
  'calls',
  'customers',
  'accounts',
  'feedback',
  'operations',
];

/** Who may import whom, by tag. */
const productionConstraints = [
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: [
      'type:api',
      'type:read-model',
      'type:domain',
      'type:platform',
      'type:ui',
      'type:util',
      'type:store',
    ],
  },
  { sourceTag: 'type:store', onlyDependOnLibsWithTags: ['type:util'] },
  { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform', 'type:util'] },
  { sourceTag: 'type:api', onlyDependOnLibsWithTags: ['type:read-model', 'type:domain', 'type:platform', 'type:util'] },
  {
    sourceTag: 'type:read-model',
    onlyDependOnLibsWithTags: ['type:domain', 'type:platform', 'type:util'],
    bannedExternalImports: NOT_IN_READ_MODELS,
  },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:util'], bannedExternalImports: NOT_IN_DOMAIN },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  {
    sourceTag: 'type:tool',
    onlyDependOnLibsWithTags: [
      'type:app',
      'type:store',
      'type:platform',
      'type:api',
      'type:read-model',
      'type:domain',
      'type:ui',
      'type:util',
    ],
  },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  // A context reaches another only through that context's domain layer (its published events and
  // rules), never its read models or GraphQL module; the browser apps likewise.
  ...[...CONTEXTS, 'console', 'portal'].map((scope) => ({
    sourceTag: `scope:${scope}`,
    onlyDependOnLibsWithTags: [`scope:${scope}`, 'scope:shared', 'type:domain'],
  })),
];

/** Tests may also start the store (the emulator) to talk to it through the real client. */
const testConstraints = productionConstraints.map((c) =>
  c.sourceTag.startsWith('type:') && !c.onlyDependOnLibsWithTags.includes('type:store')
    ? { ...c, onlyDependOnLibsWithTags: [...c.onlyDependOnLibsWithTags, 'type:store'] }
    : c.sourceTag.startsWith('scope:')
      ? { ...c, onlyDependOnLibsWithTags: [...c.onlyDependOnLibsWithTags, 'scope:store'] }
      : c,
);

const boundaries = (depConstraints) => ({ enforceBuildableLibDependency: false, allow: [], depConstraints });

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/.data/**', '**/.nx/**', '**/generated/**'],
  },
  {
    // Vue single-file components: the template through vue-eslint-parser, `<script setup lang="ts">`
    // through the TypeScript parser, so the rules below (module boundaries included) see their imports.
    files: ['**/*.vue'],
    languageOptions: {
      parser: vueParser,
      parserOptions: {
        parser: tseslint.parser,
        sourceType: 'module',
        ecmaVersion: 'latest',
        extraFileExtensions: ['.vue'],
      },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs', '**/*.vue'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', boundaries(productionConstraints)],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A file is one idea: past 250 lines of code it is time to split it by concern.
      'max-lines': ['warn', { max: 250, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Every project's vitest config takes the repo's one test-kind convention from the root.
    files: ['**/vitest.config.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // The module-boundary rule lets Node's built-ins through; a domain layer must not have them.
    files: ['libs/*/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: builtinModules.map((name) => ({
            name,
            message: 'A domain layer runs in the browser too: no Node built-ins.',
          })),
          patterns: [{ group: ['node:*'], message: 'A domain layer runs in the browser too: no Node built-ins.' }],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/test-support/**/*.ts'],
    rules: {
      'max-lines': 'off',
      '@nx/enforce-module-boundaries': ['error', boundaries(testConstraints)],
    },
  },
];
