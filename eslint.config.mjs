import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Pure code (engine, formats, state machines, permission table) must not import the framework or the
// database: it takes data and returns data (house style, habit 1).
const pureDirs = [
  'lib/alignment/**',
  'lib/segment/**',
  'lib/align-engine/**',
  'lib/formats/**',
  'lib/review/**',
  'lib/comments/**',
  'lib/qa/**',
  'lib/seeded-random.ts',
  'lib/text/**',
  'lib/permissions.ts',
  'lib/http/**',
];

const pureImportPatterns = [
  {
    group: ['next', 'next/*', 'react', 'react-dom', 'next-auth', 'next-auth/*'],
    message: 'Pure library code must not import the framework.',
  },
  { group: ['@prisma/*', '@/lib/server/*', '@/lib/generated/*', 'pg'], message: 'Pure library code must not touch the database.' },
];

// UI text comes from the message catalogs (decision 030, 039): JSX text and string literals in JSX are refused under
// app/, except punctuation and symbols that read the same in every language.
const uiAllowedText = [
  // Punctuation and symbols between values (`{a} → {b}`, `{x} · {y}`).
  ...['/', '·', '→', '←', '—', '–', ':', '(', ')', '…', ',', '.', ';', '#', '+', '-', '×', '|', '*', '%', '@', '↑', '↓'],
  // Names that read the same in every language: the product, file formats, language codes.
  ...['Bitext Desk', 'TMX', 'TMX 1.4', 'XLIFF 1.2', 'TSV', 'ko-KR / en-US', 'ko / en'],
  // Keys on the keyboard and the editor's marks, the same in every language (decision 038).
  ...['?', '⚑', '¶', '↕', '▲', '▼', '“', '”', '— “', 'h', 'Esc', 'Enter', 'Ctrl+Enter', 'Ctrl+Shift+S'],
];
const uiTextAttributes = '/^(aria-label|aria-description|aria-placeholder|aria-roledescription|aria-valuetext|title|placeholder|alt)$/';
const uiTextRules = {
  'react/jsx-no-literals': ['error', { noStrings: true, ignoreProps: true, allowedStrings: uiAllowedText }],
  'no-restricted-syntax': [
    'error',
    {
      // Attributes a person reads or hears: a literal with a letter in it belongs in the catalogs.
      selector: `JSXAttribute[name.name=${uiTextAttributes}] > Literal[value=/[A-Za-z]/]`,
      message: 'Text a person reads or hears (aria-label, title, placeholder, alt) comes from the message catalogs (messages/*.json).',
    },
    {
      selector: `JSXAttribute[name.name=${uiTextAttributes}] > JSXExpressionContainer TemplateElement[value.raw=/[A-Za-z]{2}/]`,
      message: 'Text a person reads or hears (aria-label, title, placeholder, alt) comes from the message catalogs (messages/*.json).',
    },
    {
      // `{ok ? 'Saved' : 'Failed'}` and `{n > 0 && 'items'}` as element children.
      selector:
        ':matches(JSXElement, JSXFragment) > JSXExpressionContainer > :matches(ConditionalExpression, LogicalExpression) > Literal[value=/[A-Za-z]/]',
      message: 'UI text comes from the message catalogs (messages/*.json).',
    },
    {
      selector:
        ':matches(JSXElement, JSXFragment) > JSXExpressionContainer > :matches(ConditionalExpression, LogicalExpression) > TemplateLiteral > TemplateElement[value.raw=/[A-Za-z]{2}/]',
      message: 'UI text comes from the message catalogs (messages/*.json).',
    },
  ],
};

const config = [
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      '.next-*/**',
      'bench/out/**',
      '.data/**',
      'lib/generated/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: pureDirs,
    rules: {
      'no-restricted-imports': ['error', { patterns: pureImportPatterns }],
    },
  },
  {
    // One-way layers (issue 16 item 6): lib/alignment uses the review tables; lib/review imports nothing from it.
    files: ['lib/review/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...pureImportPatterns,
            {
              group: ['@/lib/alignment/*', '../alignment/*'],
              message: 'lib/review must not import lib/alignment (the dependency runs the other way).',
            },
          ],
        },
      ],
    },
  },
  {
    // Server code calls the alignment engine only through runEngine (lib/server/align/run-engine.ts), which runs
    // it on a worker thread (decision 025); types may still be imported.
    files: ['app/**', 'lib/server/**'],
    ignores: ['lib/server/align/**', 'lib/server/documents/auto-align.ts'], // auto-align runs inside the worker (engine-tasks.ts)
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@/lib/align-engine',
              importNames: ['alignSegments', 'realignBetweenLocks', 'findMovedLinks', 'buildLexicon'],
              allowTypeImports: true,
              message: 'Call the engine through runEngine (lib/server/align/run-engine.ts): it runs on a worker thread.',
            },
          ],
        },
      ],
    },
  },
  {
    // Test helpers live in a testing/ folder per area (decision 032); production code never imports them, nor a
    // test runner. A separate rule name from the pure-code rule above, so neither replaces the other's patterns.
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: [
      '**/*.test.ts',
      '**/*.test.tsx',
      '**/testing/**',
      'e2e/**',
      'bench/**',
      'scripts/e2e-server.ts',
      'playwright.config.ts',
      'vitest.config.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)testing(/|$)',
              message: 'Production code must not import test helpers (testing/ folders are for tests, e2e and benchmarks).',
            },
            { group: ['vitest', 'vitest/*'], message: 'Production code must not import a test runner.' },
          ],
        },
      ],
    },
  },
  {
    // Request bodies are read only through lib/server/http/read-body-bytes.ts (capped, after the access check).
    files: ['app/api/**', 'lib/server/**'],
    ignores: ['lib/server/http/read-body-bytes.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[object.name=/^(req|request)$/][property.name=/^(body|json|text|formData|arrayBuffer|blob|bytes)$/]',
          message:
            'Read request bodies with lib/server/http/read-body-bytes.ts (streamBody, readBodyBytes, readFormData) or readJson: one capped reader.',
        },
      ],
    },
  },
  {
    files: ['app/**/*.tsx'],
    rules: uiTextRules,
  },
];

export default config;
