import { execFile } from 'node:child_process'
import { mergeRanges, rangesHas } from '../../../shared/preflight/font-coverage'
import type { CodepointRanges, FontFacts } from '../../../shared/preflight/types'
import { shippedCoverage } from './cmap'

/**
 * What the system's fonts cover, as libass sees them through fontconfig: families Kindframe does not
 * ship (CJK, a custom style font) and the fallback for characters a shipped font lacks. One
 * `fc-list` call lists every installed font with its charset (~0.5 MB, ~30 ms); the answer is kept
 * for a minute so a review and the export right after it do not list the fonts twice. Without
 * fontconfig (macOS, Windows without it) system coverage is "unknown" and pre-flight says so.
 */
export interface SystemFonts {
  known: boolean
  /** Family name (every name fontconfig gives a font) → joined charset of its fonts. */
  families: Map<string, CodepointRanges>
}

const TTL_MS = 60_000
let cached: { at: number; fonts: Promise<SystemFonts> } | undefined

export function systemFonts(now = Date.now()): Promise<SystemFonts> {
  if (!cached || now - cached.at > TTL_MS) cached = { at: now, fonts: listSystemFonts() }
  return cached.fonts
}

/** For tests. */
export function forgetSystemFonts(): void {
  cached = undefined
}

function listSystemFonts(): Promise<SystemFonts> {
  return new Promise((resolve) => {
    const bin = process.env.KINDFRAME_FC_LIST ?? 'fc-list'
    execFile(
      bin,
      ['--format', '%{family}\\t%{charset}\\n'],
      { maxBuffer: 64 * 1024 * 1024, timeout: 20_000 },
      (err, stdout) => {
        if (err) return resolve({ known: false, families: new Map() })
        resolve({ known: true, families: parseFcList(stdout) })
      }
    )
  })
}

/** "DejaVu Sans,DejaVu Sans Condensed<TAB>20-7e a0-17f 192 …" lines → family → ranges. */
export function parseFcList(text: string): Map<string, CodepointRanges> {
  const pairs = new Map<string, [number, number][]>()
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t')
    if (tab <= 0) continue
    const ranges: [number, number][] = []
    for (const token of line
      .slice(tab + 1)
      .trim()
      .split(/\s+/)) {
      if (!token) continue
      const [a, b] = token.split('-')
      const lo = parseInt(a, 16)
      const hi = b === undefined ? lo : parseInt(b, 16)
      if (Number.isFinite(lo) && Number.isFinite(hi)) ranges.push([lo, hi])
    }
    for (const family of line.slice(0, tab).split(',')) {
      const name = family.trim()
      if (name) pairs.set(name, [...(pairs.get(name) ?? []), ...ranges])
    }
  }
  return new Map([...pairs].map(([family, list]) => [family, mergeRanges(list)]))
}

/**
 * The font facts for the glyphs a batch needs (family → code points, from glyphNeeds): the shipped
 * fonts' maps, the maps of requested families that are installed but not shipped, and for every
 * code point its family does not have, the system family fontconfig would fall back to (Noto first,
 * as libass's fontconfig provider ends up preferring the families fontconfig sorts first) or null.
 */
export async function fontFacts(needs: Map<string, Set<number>>, system?: SystemFonts): Promise<FontFacts> {
  const shipped = await shippedCoverage()
  const sys = system ?? (await systemFonts())
  const facts: FontFacts = { shipped, system: {}, fallback: {}, systemKnown: sys.known }
  const orderedFamilies = [...sys.families.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
  for (const [family, cps] of needs) {
    const own = shipped[family] ?? sys.families.get(family)
    if (!shipped[family] && own) facts.system[family] = own
    for (const cp of cps) {
      if (rangesHas(own, cp) || !sys.known) continue
      facts.fallback[String(cp)] = orderedFamilies.find((f) => rangesHas(sys.families.get(f), cp)) ?? null
    }
  }
  return facts
}

function rank(family: string): number {
  return family.startsWith('Noto Sans') ? 0 : family.startsWith('Noto') ? 1 : 2
}
