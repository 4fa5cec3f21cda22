import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/**
 * The runtime boundaries and the one process runner are ESLint rules (eslint.config.js,
 * no-restricted-imports per folder; `npx eslint .` in scripts/test-all.sh) backed by the compiler
 * (tsconfig.shared.json has no DOM and no Node types, tsconfig.web.json no Node types). This test
 * proves the rules see what they must, and do not flag what is allowed, for each folder.
 */
const eslint = new ESLint({
  // Type-aware rules need the file on disk in a tsconfig project; these snippets are not.
  overrideConfig: [
    {
      files: ['src/**'],
      languageOptions: { parserOptions: { projectService: false } },
      rules: { '@typescript-eslint/no-floating-promises': 'off' }
    }
  ]
})

async function refused(filePath: string, specifiers: string[]): Promise<string[]> {
  const code = specifiers.map((s, i) => `import * as m${i} from '${s}'\nexport { m${i} }\n`).join('')
  const [result] = await eslint.lintText(code, { filePath })
  const errors = result!.messages.filter((m) => m.severity === 2)
  expect(errors.filter((m) => m.ruleId !== 'no-restricted-imports')).toEqual([])
  return errors.map((m) => specifiers[(m.line - 1) / 2]!)
}

describe('runtime boundaries (ESLint)', () => {
  it.each([
    [
      'src/shared/lint/x.ts',
      [
        'electron',
        'node:fs',
        'fs/promises',
        'react',
        'react-dom/client',
        '../../main/dispatch',
        '../../renderer/src/x',
        '../../cli/main',
        '../../bridge/server',
        '../../preload/index'
      ],
      ['zod', '../errors', './engine']
    ],
    [
      'src/renderer/src/features/x/y.ts',
      [
        'electron',
        'node:path',
        'path',
        '../../../../main/dispatch',
        '../../../../preload/index',
        '../../../../bridge/server',
        '../../../../cli/main'
      ],
      ['react', '../../platform/bridge', '../../../../shared/contract', '@shared/errors']
    ],
    ['src/preload/index.ts', ['node:fs', 'fs', '../main/ipc', '../renderer/src/x'], ['electron', '../shared/contract']],
    [
      'src/main/services/media/x.ts',
      ['electron', 'node:child_process', 'child_process', '../../../renderer/src/x', '../../../preload/index'],
      ['node:fs', '../../../shared/errors', '../ffmpeg/runner']
    ],
    ['src/main/handlers/x.ts', ['electron', 'node:child_process'], ['node:path', '../services/ffmpeg/probe']],
    [
      'src/main/window.ts',
      ['node:child_process', '../renderer/src/x'],
      ['electron', 'node:path', './services/ffmpeg/runner']
    ],
    [
      'src/cli/commands/x.ts',
      [
        'electron',
        'node:child_process',
        '../../renderer/src/x',
        '../../main/dispatch',
        '../../main/handlers/export',
        '../../main/ipc'
      ],
      ['node:util', '../../main/services/ffmpeg/probe', '../args']
    ],
    ['src/bridge/x.ts', ['electron', 'child_process'], ['ws', '../main/dispatch']]
  ])('%s', async (file, forbidden, allowed) => {
    expect(await refused(file, forbidden)).toEqual(forbidden)
    expect(await refused(file, allowed)).toEqual([])
  })

  it('only the runner (ffmpeg, ffprobe), its watchdog and fc-list may start processes', async () => {
    for (const file of [
      'src/main/services/ffmpeg/runner.ts',
      'src/main/services/ffmpeg/reaper.ts',
      'src/main/services/fonts/system.ts'
    ]) {
      expect(await refused(file, ['node:child_process', 'electron'])).toEqual(['electron'])
    }
    expect(await refused('src/main/services/ffmpeg/probe.ts', ['node:child_process'])).toEqual(['node:child_process'])
  })
})
