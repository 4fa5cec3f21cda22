import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import ts from 'typescript'
import { ROOT } from './locale-files'

/**
 * Proves the i18next type augmentation (src/renderer/src/i18n/i18next.d.ts) makes a missing key a
 * compile error: the real TypeScript compiler, with the renderer's tsconfig, type-checks small probe
 * files placed (virtually) next to the renderer's i18n code. One program for every probe keeps it
 * to a few seconds.
 */
const I18N_DIR = join(ROOT, 'src/renderer/src/i18n')
const PRELUDE = `import i18next from 'i18next'
import { useTranslation } from 'react-i18next'
import type { AppKey, CommonKey, EditorKey } from './keys'
export function probe(someString: string) {
  const common = useTranslation().t
  const editor = useTranslation('editor').t
  const both = useTranslation(['common', 'editor']).t
  void [common, editor, both, someString]
`

/** Each probe: one line of code. `ok` lines must compile; the others must fail on that line. */
const PROBES: { name: string; line: string; ok: boolean }[] = [
  { name: 'good-common', line: `return common('topbar.save')`, ok: true },
  { name: 'good-plural-base', line: `return common('clips.heading', { count: 2 })`, ok: true },
  { name: 'good-editor', line: `return editor('lint.why')`, ok: true },
  { name: 'good-prefixed', line: `return both('editor:lint.why') + i18next.t('editor:lint.why')`, ok: true },
  {
    name: 'good-key-types',
    line: `const keys: [CommonKey, EditorKey, AppKey] = ['topbar.save', 'lint.why', 'editor:actions.addCue']; return keys`,
    ok: true
  },
  { name: 'missing-default-ns', line: `return common('no.such.key')`, ok: false },
  { name: 'missing-prefixed', line: `return both('editor:no.such.key')`, ok: false },
  { name: 'missing-global-t', line: `return i18next.t('editor:no.such.key')`, ok: false },
  { name: 'wrong-namespace', line: `return editor('topbar.save')`, ok: false },
  {
    name: 'missing-in-table',
    line: `const table: Record<'a', EditorKey> = { a: 'lint.nope' }; return table`,
    ok: false
  },
  { name: 'unchecked-string', line: `return common(someString)`, ok: false },
  // strictKeyChecks: a default value does not let an unknown key through.
  { name: 'default-value', line: `return editor(someString, { defaultValue: 'x' })`, ok: false }
]

const probePath = (name: string) => join(I18N_DIR, `__probe-${name}.ts`)
const probeSource = (line: string) => `${PRELUDE}  ${line}\n}\n`
const PROBE_LINE = PRELUDE.split('\n').length - 1 // 0-based line of the probed code

function compileProbes(): Map<string, ts.Diagnostic[]> {
  const configPath = join(ROOT, 'tsconfig.web.json') // the renderer's project (tsconfig.json only lists the projects)
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, ROOT)
  const sources = new Map(PROBES.map((p) => [probePath(p.name), probeSource(p.line)]))
  // No ambient node/vite types: the probes need none, and loading them doubles the time.
  const host = ts.createCompilerHost(config.options)
  const { getSourceFile, fileExists, readFile } = host
  host.fileExists = (f) => sources.has(f) || fileExists.call(host, f)
  host.readFile = (f) => sources.get(f) ?? readFile.call(host, f)
  host.getSourceFile = (f, lang, ...rest) => {
    const text = sources.get(f)
    return text !== undefined ? ts.createSourceFile(f, text, lang) : getSourceFile.call(host, f, lang, ...rest)
  }
  const program = ts.createProgram({
    rootNames: [...sources.keys(), join(I18N_DIR, 'i18next.d.ts')],
    options: { ...config.options, types: [] },
    host
  })
  const byFile = new Map<string, ts.Diagnostic[]>()
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const file = d.file?.fileName ?? '(global)'
    byFile.set(file, [...(byFile.get(file) ?? []), d])
  }
  return byFile
}

describe('typed translation keys', () => {
  it('tsc accepts existing keys and rejects missing ones, in every namespace', { timeout: 60_000 }, () => {
    const diagnostics = compileProbes()
    const unrelated = [...diagnostics.keys()].filter((f) => !PROBES.some((p) => probePath(p.name) === f))
    expect(unrelated).toEqual([])
    const outcome = PROBES.map((p) => {
      const found = diagnostics.get(probePath(p.name)) ?? []
      const lines = [...new Set(found.map((d) => d.file!.getLineAndCharacterOfPosition(d.start ?? 0).line))]
      return { name: p.name, compiles: found.length === 0, errorLines: lines }
    })
    expect(outcome).toEqual(PROBES.map((p) => ({ name: p.name, compiles: p.ok, errorLines: p.ok ? [] : [PROBE_LINE] })))
  })
})
