import { existsSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { KindframeError } from '../../../shared/errors'

/**
 * The shipped fonts (resources/fonts) and where they are. ffmpeg's `ass` filter loads them with
 * `fontsdir=<fontsDir()>`; the studio player loads them by URL for jassub.
 */
export interface ShippedFontFile {
  family: string
  file: string
  /** ISO 15924 script codes the font is shipped for. */
  scripts: string[]
}

const SHIPPED: ShippedFontFile[] = [
  { family: 'Noto Sans', file: 'NotoSans_400Regular.ttf', scripts: ['Latn', 'Grek', 'Cyrl'] },
  { family: 'Noto Sans', file: 'NotoSans_700Bold.ttf', scripts: ['Latn', 'Grek', 'Cyrl'] },
  { family: 'Noto Sans', file: 'NotoSans_900Black.ttf', scripts: ['Latn', 'Grek', 'Cyrl'] },
  { family: 'Noto Sans Arabic', file: 'NotoSansArabic_400Regular.ttf', scripts: ['Arab'] },
  { family: 'Noto Sans Arabic', file: 'NotoSansArabic_700Bold.ttf', scripts: ['Arab'] },
  { family: 'Noto Sans Arabic', file: 'NotoSansArabic_900Black.ttf', scripts: ['Arab'] },
  { family: 'Noto Sans Thai', file: 'NotoSansThai_400Regular.ttf', scripts: ['Thai'] },
  { family: 'Noto Sans Thai', file: 'NotoSansThai_700Bold.ttf', scripts: ['Thai'] },
  { family: 'Noto Sans Thai', file: 'NotoSansThai_900Black.ttf', scripts: ['Thai'] },
  { family: 'Noto Sans Devanagari', file: 'NotoSansDevanagari_400Regular.ttf', scripts: ['Deva'] },
  { family: 'Noto Sans Devanagari', file: 'NotoSansDevanagari_700Bold.ttf', scripts: ['Deva'] },
  { family: 'Noto Sans Devanagari', file: 'NotoSansDevanagari_900Black.ttf', scripts: ['Deva'] },
  // Monochrome outlines: libass cannot draw colour (bitmap/COLR) emoji fonts anyway.
  { family: 'Noto Emoji', file: 'NotoEmoji_400Regular.ttf', scripts: ['Zsye'] }
]

/** A file that must exist in a real fonts folder (tells it apart from an unrelated "resources/fonts"). */
const MARKER = 'NotoSans_400Regular.ttf'

export function listShippedFonts(): ShippedFontFile[] {
  return SHIPPED.map((f) => ({ ...f, scripts: [...f.scripts] }))
}

/**
 * Absolute path of the shipped fonts folder. Order:
 * 1. $KINDFRAME_RESOURCES/fonts (explicit override, e.g. render workers);
 * 2. a packaged Electron app: <process.resourcesPath>/fonts or …/resources/fonts (extraResources);
 * 3. the nearest ancestor of this module with resources/fonts/<MARKER>: works from src/ under tsx
 *    (src/main/services/fonts) and from the out/main bundle.
 * Paths inside app.asar are rewritten to app.asar.unpacked, because ffmpeg cannot read into an
 * asar archive. When nothing is found, the repository-relative guess is returned and
 * assertFontsPresent() explains what is missing.
 */
export function fontsDir(): string {
  const override = process.env.KINDFRAME_RESOURCES
  if (override) return resolve(override, 'fonts')
  for (const candidate of candidates()) {
    const dir = unpacked(candidate)
    if (existsSync(join(dir, MARKER))) return dir
  }
  return resolve(moduleDir(), '../../../../resources/fonts')
}

function candidates(): string[] {
  const out: string[] = []
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath
  if (resourcesPath) out.push(join(resourcesPath, 'fonts'), join(resourcesPath, 'resources', 'fonts'))
  let dir = moduleDir()
  for (let i = 0; i < 8; i++) {
    out.push(join(dir, 'resources', 'fonts'))
    const parent = dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  return out
}

function moduleDir(): string {
  return dirname(fileURLToPath(import.meta.url))
}

function unpacked(path: string): string {
  return path.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1')
}

/** Throws KindframeError('font-missing') naming every missing or empty shipped font file. */
export function assertFontsPresent(): void {
  const dir = fontsDir()
  const missing = SHIPPED.filter((f) => !isNonEmptyFile(join(dir, f.file))).map((f) => f.file)
  if (missing.length === 0) return
  const via = process.env.KINDFRAME_RESOURCES ? ` (from KINDFRAME_RESOURCES=${process.env.KINDFRAME_RESOURCES})` : ''
  throw new KindframeError(
    'font-missing',
    `Shipped font${missing.length > 1 ? 's' : ''} missing in ${dir}${via}: ${missing.join(', ')}. ` +
      'Subtitles would render with the wrong font or as empty boxes. Reinstall Kindframe, restore the folder ' +
      '(in a checkout: "git checkout -- resources/fonts"), or point KINDFRAME_RESOURCES at a folder whose fonts/ subfolder holds these files.',
    { dir, missing }
  )
}

function isNonEmptyFile(path: string): boolean {
  try {
    const st = statSync(path)
    return st.isFile() && st.size > 0
  } catch {
    return false
  }
}
