import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'
import prettier from 'eslint-config-prettier/flat'
import { defineConfig, globalIgnores } from 'eslint/config'

/** Imports run one way: app → site → cms → shared helpers (see STYLE.md). */
const never = (from, ...areas) => ({
  files: from,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: areas.map((area) => ({
          group: [`@/${area}`, `@/${area}/**`, `**/${area}/**`],
          message: `${from.join(', ')} must not import from src/${area}: imports run app → site → cms.`,
        })),
      },
    ],
  },
})

export default defineConfig([
  globalIgnores([
    '.next/**',
    '.next-growth/**',
    'node_modules/**',
    'data/**',
    'media/**',
    'bench/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
    'src/payload-types.ts',
    'src/app/(payload)/admin/importMap.js',
    'src/migrations/**',
  ]),
  ...nextVitals,
  ...nextTypescript,
  prettier,
  {
    settings: { 'import/resolver': { typescript: { project: './tsconfig.json' } } },
    rules: {
      'import/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportDeclaration[source.value=/^\\.\\.\\/\\.\\.\\//]',
          message: 'Use the @/ alias: no import climbs more than one folder.',
        },
      ],
    },
  },
  never(['src/cms/**', 'payload.config.ts'], 'site', 'app'),
  never(['src/site/**'], 'app'),
])
