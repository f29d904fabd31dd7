/**
 * ESLint for the whole repo (flat config): the recommended JavaScript and
 * typescript-eslint rules everywhere, React's hook rules in the client.
 * Warnings count as failures in `npm test` (`--max-warnings 0`).
 */
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'scripts/neo4j/target/**', 'scripts/bench/out/**', 'client/e2e/screenshots/**', '.data/**', '.venv/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a value left unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}', 'scripts/bench/explorer/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // Two React Compiler rules; the client is not compiled. `refs` flags the latest-props ref
      // (`latest.current = props`) that GraphCanvas, SearchBox and usePresentation use on purpose,
      // and `set-state-in-effect` the reset-on-key that useAsync and SearchBox do in their effects.
      'react-hooks/refs': 'off',
      'react-hooks/set-state-in-effect': 'off',
    },
  },
  {
    // Tests read untyped JSON answers.
    files: ['**/*.test.{ts,tsx}', '**/test-support.ts', '**/*.test-support.ts', 'server/test/**', 'client/e2e/**', 'scripts/test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
