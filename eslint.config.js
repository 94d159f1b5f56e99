import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['build/', 'build-*/', 'bench/.data/', 'app/generated/', 'node_modules/', 'tests/.tmp/', 'test-results/', 'playwright-report/'] },
  ...tseslint.configs.recommended,
  {
    files: ['app/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['../../*'], message: 'Use the #app/* alias.' }] }],
    },
  },
  {
    files: ['app/routes/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '#app/db.server.ts', message: 'Routes call modules; only modules talk to Prisma.' }] },
      ],
    },
  },
)
