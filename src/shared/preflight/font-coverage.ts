import { baseFamily } from '../ass/ass-styles'
import { cleanUserText, MAX_CUE_GRAPHEMES } from '../ass/escape-text'
import { familyFor, splitScriptRuns } from '../ass/script-runs'
import type { SubtitleStyle } from '../project/schema'
import type { CodepointRanges } from './types'

/**
 * Which font has to draw which character, decided exactly as buildAss decides it (cleanUserText,
 * then one family per script run: see src/shared/ass/script-runs.ts), so the pre-flight checks the
 * glyphs libass will actually look up.
 */

/** Characters HarfBuzz never draws (default ignorables: joiners, variation selectors, bidi marks) and controls. */
const NO_GLYPH = /[\p{Default_Ignorable_Code_Point}\p{Cc}\u2028\u2029]/u

export function needsGlyph(ch: string): boolean {
  return !NO_GLYPH.test(ch)
}

export interface GlyphUse {
  family: string
  /** Code point → where it first occurs (a label the caller chose: a cue id, an end-card field). */
  codepoints: Map<number, string>
}

/** Adds the glyphs of `text` (as burned in at `baseFamily`) to `uses`, family by family. */
export function collectGlyphs(
  uses: Map<string, GlyphUse>,
  text: string,
  style: SubtitleStyle,
  locale: string,
  where: string,
  maxGraphemes = MAX_CUE_GRAPHEMES
): void {
  const base = baseFamily(style)
  const clean = cleanUserText(text, maxGraphemes)
  for (const run of splitScriptRuns(clean)) {
    const family = familyFor(run.script, base, locale)
    let use = uses.get(family)
    for (const ch of run.text) {
      if (ch === '\n' || !needsGlyph(ch)) continue
      const cp = ch.codePointAt(0)!
      if (!use) uses.set(family, (use = { family, codepoints: new Map() }))
      if (!use.codepoints.has(cp)) use.codepoints.set(cp, where)
    }
  }
}

/** Binary search in flat sorted inclusive ranges. */
export function rangesHas(ranges: CodepointRanges | undefined, cp: number): boolean {
  if (!ranges || ranges.length === 0) return false
  let lo = 0
  let hi = ranges.length / 2 - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (cp < ranges[mid * 2]) hi = mid - 1
    else if (cp > ranges[mid * 2 + 1]) lo = mid + 1
    else return true
  }
  return false
}

/** Sorted, merged ranges from any list of [lo, hi] pairs (overlapping or adjacent pairs are joined). */
export function mergeRanges(pairs: Iterable<readonly [number, number]>): CodepointRanges {
  const sorted = [...pairs].filter(([lo, hi]) => hi >= lo).sort((a, b) => a[0] - b[0])
  const out: number[] = []
  for (const [lo, hi] of sorted) {
    const last = out.length - 1
    if (last > 0 && lo <= out[last] + 1) out[last] = Math.max(out[last], hi)
    else out.push(lo, hi)
  }
  return out
}

/** "U+05D0" */
export function codepointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`
}
