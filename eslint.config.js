import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const uiLibraries = ['react', 'react-dom', 'react-dom/*', 'msw', 'msw/*', '@tanstack/*', 'react-router', 'react-router-dom', 'zod'];
const outsideDomain = ['../api/*', '../mocks/*', '../features/*', '../components/*', '../app/*', '@/*'];

export default tseslint.config(
  { ignores: ['.tmp-*', '.bench', '.test-results', 'dist', 'coverage', 'node_modules', 'public/mockServiceWorker.js', 'playwright-report', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'date-fns-tz', message: 'Time-zone maths lives in src/domain/time.ts only.' }] },
      ],
    },
  },
  {
    files: ['**/*.tsx', 'src/**/use-*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // The rules module is pure: no UI, mock or HTTP library, nothing from the rest of src, no clock.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'date-fns-tz', message: 'Only src/domain/time.ts imports date-fns-tz.' }],
          patterns: [
            { group: uiLibraries, message: 'src/domain is pure: no UI, mock or validation library.' },
            { group: outsideDomain, message: 'src/domain imports nothing from the rest of src.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'src/domain does no I/O.' },
        { name: 'localStorage', message: 'src/domain does no I/O.' },
        { name: 'indexedDB', message: 'src/domain does no I/O.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Time is an argument in src/domain: never Date.now().' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Time is an argument in src/domain: never new Date().' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'src/domain is deterministic.' },
      ],
    },
  },
  {
    files: ['src/domain/time.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: uiLibraries }, { group: outsideDomain }] },
      ],
    },
  },
  {
    files: ['src/domain/**/*.test.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // The UI talks to the backend over HTTP only; it never reaches into the mock's store.
    files: ['src/features/**', 'src/components/**', 'src/api/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'date-fns-tz', message: 'Time-zone maths lives in src/domain/time.ts only.' }],
          patterns: [{ group: ['../mocks/*', '../../mocks/*', '../../../mocks/*'], message: 'The UI reaches the mock only through HTTP.' }],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
