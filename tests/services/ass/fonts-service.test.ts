import { execFile } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import { assertFontsPresent, fontsDir, listShippedFonts } from '../../../src/main/services/fonts'
import { fontsHandlers } from '../../../src/main/handlers/fonts'
import { KindframeError } from '../../../src/shared/errors'
import { SCRIPT_FAMILIES } from '../../../src/shared/ass/script-runs'
import { describeCmap, preferFullUnicodeCmap } from '../../../src/main/services/fonts/full-unicode-cmap'
import { FileScope } from '../../../src/main/services/access/file-scope'

const run = promisify(execFile)
const REPO_FONTS = fileURLToPath(new URL('../../../resources/fonts', import.meta.url))
const temps: string[] = []
const savedEnv = process.env.KINDFRAME_RESOURCES

afterEach(() => {
  if (savedEnv === undefined) delete process.env.KINDFRAME_RESOURCES
  else process.env.KINDFRAME_RESOURCES = savedEnv
  delete (process as { resourcesPath?: string }).resourcesPath
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true })
})

function tempResources(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'kf-res-'))
  temps.push(root)
  mkdirSync(join(root, 'fonts'))
  for (const f of files) copyFileSync(join(REPO_FONTS, f), join(root, 'fonts', f))
  return root
}

describe('shipped fonts', () => {
  it('fontsDir() finds resources/fonts from the source tree', () => {
    delete process.env.KINDFRAME_RESOURCES
    expect(fontsDir()).toBe(resolve(REPO_FONTS))
  })

  it('every listed file exists, is lean, carries the family name it is listed under, and the OFL is shipped', async () => {
    const fonts = listShippedFonts()
    expect(fonts.map((f) => f.family)).toEqual(expect.arrayContaining(['Noto Sans', ...Object.values(SCRIPT_FAMILIES)]))
    let total = 0
    for (const f of fonts) {
      const path = join(REPO_FONTS, f.file)
      const size = statSync(path).size
      total += size
      expect(size).toBeLessThan(3 * 1024 * 1024)
      const { stdout } = await run('fc-scan', ['--format', '%{family}', path])
      expect(stdout.split(',')).toContain(f.family)
    }
    expect(total).toBeLessThan(4 * 1024 * 1024)
    expect(existsSync(join(REPO_FONTS, 'OFL.txt'))).toBe(true)
    expect(() => assertFontsPresent()).not.toThrow()
  })

  it('KINDFRAME_RESOURCES overrides the root; a missing or empty font is named in a font-missing error', () => {
    const all = listShippedFonts().map((f) => f.file)
    const root = tempResources(all.filter((f) => f !== 'NotoSansThai_700Bold.ttf'))
    writeFileSync(join(root, 'fonts', 'NotoSansArabic_400Regular.ttf'), '')
    process.env.KINDFRAME_RESOURCES = root
    expect(fontsDir()).toBe(join(root, 'fonts'))
    let err: unknown
    try {
      assertFontsPresent()
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(KindframeError)
    expect((err as KindframeError).code).toBe('font-missing')
    expect((err as KindframeError).message).toContain('NotoSansThai_700Bold.ttf')
    expect((err as KindframeError).message).toContain('NotoSansArabic_400Regular.ttf')
    expect((err as KindframeError).message).toContain(join(root, 'fonts'))
    expect((err as KindframeError).message).toContain('KINDFRAME_RESOURCES')
  })

  it('a packaged app finds <resourcesPath>/fonts first', () => {
    delete process.env.KINDFRAME_RESOURCES
    const root = tempResources(['NotoSans_400Regular.ttf'])
    ;(process as { resourcesPath?: string }).resourcesPath = root
    expect(fontsDir()).toBe(join(root, 'fonts'))
  })
})

describe('Noto Emoji cmap patch', () => {
  it('the shipped file is exactly the package font with the 3/1 record pointing at the full-Unicode table', () => {
    const original = readFileSync(
      fileURLToPath(
        new URL(
          '../../../node_modules/@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf',
          import.meta.url
        )
      )
    )
    const shipped = readFileSync(join(REPO_FONTS, 'NotoEmoji_400Regular.ttf'))
    expect(describeCmap(original)).toEqual(['0/3 fmt4', '0/4 fmt12', '0/5 fmt14', '3/1 fmt4', '3/10 fmt12'])
    expect(describeCmap(shipped)).toEqual(['0/3 fmt4', '0/4 fmt12', '0/5 fmt14', '3/1 fmt12', '3/10 fmt4'])
    expect(preferFullUnicodeCmap(original).equals(shipped)).toBe(true)
    expect(preferFullUnicodeCmap(shipped).equals(shipped)).toBe(true) // idempotent
    expect(shipped.length).toBe(original.length)
  })
})

describe('fonts.list handler', () => {
  it('lists every font with a URL from mediaUrl', async () => {
    delete process.env.KINDFRAME_RESOURCES
    const scope = new FileScope({ savesNeedAChoice: false })
    const handlers = fontsHandlers(
      { transport: 'bridge', mediaUrl: (p) => `http://127.0.0.1:1/media?path=${encodeURIComponent(p)}` },
      scope
    )
    const result = await handlers['fonts.list']({}, { emit: () => undefined })
    expect(result.fontsDir).toBe(resolve(REPO_FONTS))
    // The player may load exactly these fonts: fonts.list put the folder in scope.
    expect(await scope.readable(join(resolve(REPO_FONTS), 'NotoSans_400Regular.ttf'))).toBe(
      join(resolve(REPO_FONTS), 'NotoSans_400Regular.ttf')
    )
    expect(result.fonts).toHaveLength(listShippedFonts().length)
    expect(result.fonts[0]).toEqual({
      family: 'Noto Sans',
      file: 'NotoSans_400Regular.ttf',
      scripts: ['Latn', 'Grek', 'Cyrl'],
      url: `http://127.0.0.1:1/media?path=${encodeURIComponent(join(resolve(REPO_FONTS), 'NotoSans_400Regular.ttf'))}`
    })
  })

  it('returns url "" without mediaUrl', async () => {
    const result = await fontsHandlers({ transport: 'bridge' }, new FileScope({ savesNeedAChoice: false }))[
      'fonts.list'
    ]({}, { emit: () => undefined })
    expect(result.fonts.every((f) => f.url === '')).toBe(true)
  })
})
