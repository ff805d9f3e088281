// Lint for Planrom: typescript-eslint's recommended rules, React's hook rules in the web app, and
// the import boundaries of STYLE.md ("Direction of imports"), which fail `npm test` when crossed.
// Syntax-only (no type information), so a full run stays a few seconds on two cores.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync('web/src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Our own folders; `shared/` may import none of them. */
const ours = ['web', 'server', 'bench', 'e2e'];

const boundaryZones = [
  // Features import only components/, lib/, shared/ and themselves; app/ composes them.
  ...features.map((feature) => ({
    target: `./web/src/features/${feature}`,
    from: './web/src/features',
    except: [`./${feature}`],
    message: 'A feature does not import another feature: move the shared part to web/src/lib or web/src/components, or compose in web/src/app.',
  })),
  {
    target: './web/src/features',
    from: ['./web/src/app', './web/src/main.tsx'],
    message: 'Features are composed by web/src/app, never the other way round.',
  },
  {
    target: ['./web/src/components', './web/src/lib'],
    from: ['./web/src/features', './web/src/app'],
    message: 'components/ and lib/ sit below the features and app/.',
  },
  // Node code never reaches into the browser app (shared clients live in shared/).
  {
    target: './server',
    from: './web',
    message: 'server/ does not import web/: put what both need in shared/.',
  },
  // The bench's browser pages that measure the web app's own parts live in web/bench-pages; the
  // bench builds and loads them by path.
  {
    target: './bench',
    from: './web',
    message: 'bench/ does not import web/: put what both need in shared/, or a page built from web code in web/bench-pages/.',
  },
  {
    target: './shared',
    from: ours.map((folder) => `./${folder}`),
    message: 'shared/ imports nothing of ours outside shared/.',
  },
  {
    target: './server/lib',
    from: './server',
    except: ['./lib'],
    message: 'server/lib is the bottom layer of the server: it imports only server/lib and shared/.',
  },
];

export default tseslint.config(
  { ignores: ['**/dist/**', 'node_modules/**', 'data/**', 'drizzle/**', 'coverage/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: boundaryZones,
        },
      ],
      // STYLE.md forbids `any` in shared/ (below); elsewhere it marks Hono's untyped test sub-apps and
      // tests reading loosely typed JSON, and the strict type check covers the rest.
      '@typescript-eslint/no-explicit-any': 'off',
      // Our text schemas and the return-path check match control characters on purpose, to refuse them.
      'no-control-regex': 'off',
      // Arguments and catch bindings named with a leading underscore are unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
  {
    // The two classic hook rules. The React Compiler rules of recommended-latest (refs,
    // set-state-in-effect, memoization) judge readiness for a compiler the app does not use, and
    // parse every file with Babel again, which triples lint time.
    files: ['web/src/**/*.{ts,tsx}', 'web/bench-pages/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // Formatting is Prettier's job (npm run format:check).
  prettier,
);
