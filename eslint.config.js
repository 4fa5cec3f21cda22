// ESLint flat config. Errors are for real problems only: runtime boundaries, the one process runner,
// the rules of hooks, promises nobody awaits. Style is the formatter's job (prettier, `npm run format`).
import { builtinModules } from 'node:module'
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

/**
 * A relative import that climbs out of its folder and lands in src/`name`: only `../` steps, then `name`.
 * (`./bridge` inside the renderer is its own platform/bridge.ts; no runtime folder has a subfolder named
 * like a top-level one.)
 */
const into = (name) => ({ regex: `^(?:\\.\\./)+${name}(?:/|$)`, message: `reaches into src/${name}.` })
const ELECTRON = {
  name: 'electron',
  message: 'Electron is used only by the files of src/main listed in docs/architecture.md and by the preload.'
}
const NO_NODE = 'this runtime has no Node (docs/architecture.md, boundaries).'
const NODE = { regex: '^node:', message: NO_NODE }
/** Builtins without the `node:` prefix ('fs', 'path', 'fs/promises'…). */
const NODE_BARE = builtinModules.filter((m) => !m.startsWith('_')).map((name) => ({ name, message: NO_NODE }))
const REACT = { regex: '^react(-dom)?(/|$)', message: 'src/shared is environment-neutral: no React.' }
const CHILD_PROCESS = ['child_process', 'node:child_process'].map((name) => ({
  name,
  message: 'ffmpeg and ffprobe are started only by src/main/services/ffmpeg/runner.ts (registry, cancel, watchdog).'
}))

/** Anything in src/main except src/main/services (handlers, dispatch, Electron glue). */
const MAIN_BUT_SERVICES = {
  regex: '^(?:\\.\\./)+main/(?!services/)',
  message: 'only src/main/services, never handlers, dispatch or the Electron glue.'
}

/** One no-restricted-imports per folder (a later block replaces the rule for its files, it does not merge). */
const boundary = (files, { paths = [], patterns = [] }, why) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: paths.map((p) => ({ ...p, message: `${why}: ${p.message}` })),
        patterns: patterns.map((p) => ({ ...p, message: `${why}: ${p.message}` }))
      }
    ]
  }
})

/** The three files that may start a process: the runner, its Node watchdog, and fc-list for system fonts. */
const MAY_SPAWN = [
  'src/main/services/ffmpeg/runner.ts',
  'src/main/services/ffmpeg/reaper.ts',
  'src/main/services/fonts/system.ts'
]

export default tseslint.config(
  {
    ignores: [
      'out/',
      'dist/',
      'release/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'coverage/',
      'tests/.media/',
      'demo/',
      '.kf-tmp/'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused code is a tidy-up, not a bug: visible, never blocking.
      '@typescript-eslint/no-unused-vars': [
        'warn',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }
      ],
      // Control characters in regexes are how file names, cue text and terminal output are sanitized
      // (docs/reliability.md, promise 7): every use is deliberate.
      'no-control-regex': 'off',
      // A dead store is a tidy-up (e.g. a counter's last increment), not a bug.
      'no-useless-assignment': 'warn',
      // Prettier (run by npm test) breaks `client()['op'](…)` chains after the call; without
      // semicolons that is still one expression. eslint-config-prettier switches this rule off for
      // the same reason (https://github.com/prettier/eslint-config-prettier#no-unexpected-multiline).
      'no-unexpected-multiline': 'off',
      // `cond ? a() : b()` and `x && f()` as statements are deliberate here.
      '@typescript-eslint/no-unused-expressions': ['error', { allowTernary: true, allowShortCircuit: true }]
    }
  },
  {
    files: ['bin/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly' } }
  },
  {
    // A promise nobody awaits loses its error. Type-aware, so only for src (tests await what they assert).
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error' }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn'
    }
  },

  // Runtime boundaries (the table in docs/architecture.md). The compiler backs them up: tsconfig.shared.json
  // has neither DOM nor Node types, tsconfig.web.json no Node types.
  boundary(
    ['src/shared/**'],
    {
      paths: [ELECTRON, ...NODE_BARE],
      patterns: [NODE, REACT, ...['main', 'renderer', 'preload', 'bridge', 'cli'].map(into)]
    },
    'src/shared runs everywhere'
  ),
  boundary(
    ['src/renderer/**'],
    { paths: [ELECTRON, ...NODE_BARE], patterns: [NODE, ...['main', 'preload', 'bridge', 'cli'].map(into)] },
    'the renderer talks to main only through the contract'
  ),
  boundary(
    ['src/preload/**'],
    { paths: NODE_BARE, patterns: [NODE, ...['main', 'renderer', 'bridge', 'cli'].map(into)] },
    'the sandboxed preload can only require electron'
  ),
  boundary(
    ['src/main/**'],
    { paths: CHILD_PROCESS, patterns: [...['renderer', 'preload'].map(into)] },
    'main never imports the renderer or the preload'
  ),
  boundary(
    ['src/main/services/**', 'src/main/handlers/**'],
    { paths: [ELECTRON, ...CHILD_PROCESS], patterns: [...['renderer', 'preload'].map(into)] },
    'services and handlers also run in the CLI and the bridge (no Electron)'
  ),
  boundary(
    MAY_SPAWN,
    { paths: [ELECTRON], patterns: [...['renderer', 'preload'].map(into)] },
    'services run without Electron'
  ),
  boundary(
    ['src/bridge/**'],
    { paths: [ELECTRON, ...CHILD_PROCESS], patterns: [...['renderer', 'preload'].map(into)] },
    'the bridge runs in plain Node'
  ),
  // The CLI calls services directly: the studio's handlers and dispatch add the session's FileScope and
  // the IPC envelope, which mean nothing in a one-shot command (docs/architecture.md).
  boundary(
    ['src/cli/**'],
    { paths: [ELECTRON, ...CHILD_PROCESS], patterns: [...['renderer', 'preload'].map(into), MAIN_BUT_SERVICES] },
    'the CLI runs in plain Node and calls services directly'
  )
)
