import type { CueMark, CuePlacement, SafeZone } from '../project/schema'
import { stateOf, stateTags, NO_STYLE } from '../subtitles/rich/ass-override'
import { canonicalPlacement, anchorColumn, anchorRow } from '../subtitles/rich/placement'
import { segments } from '../subtitles/rich/marks'
import type { StyleState } from '../subtitles/rich/builder'
import type { AssStyleLine } from './ass-styles'
import { cleanUserText, escapeCleanText, MAX_CUE_GRAPHEMES } from './escape-text'
import { familyFor, runScale, splitScriptRuns } from './script-runs'

/*
 * Burn-in of formatted and placed cues (the same ASS the studio previews with jassub):
 * - italic, bold, underline, strike and colour marks become `\i1`…`\i0`-style toggles (libass renders
 *   them; the shipped fonts have no italic face, so libass slants the glyphs — the burn-in test checks
 *   the slant in pixels);
 * - placement: a cue's `\an` row and column replace the project's position for that cue; top and bottom
 *   rows keep the safe-zone margins (per-event MarginV), middle rows and explicit positions get a `\pos`
 *   clamped into the safe zone, so a file's `{\pos}` can never put text under the TikTok buttons;
 * - other marks (classes, ruby, raw ASS) are not rendered: the project style decides the look.
 */

export interface RichContext {
  width: number
  height: number
  safeZone: SafeZone
  /** The subtitle style line (margins, family). */
  sub: AssStyleLine
  /** Primary colour as "#RRGGBB": where a colour mark ends. */
  primary: string
  locale: string
}

export interface PlacedText {
  /** Override block to put first ('' when none). */
  prefix: string
  /** Event MarginV (0 = the style's). */
  marginV: number
}

/** Where a placed cue goes: `\an`, `\pos` and MarginV, inside the safe zone. */
export function placeCue(place: CuePlacement | undefined, ctx: RichContext): PlacedText | null {
  const p = canonicalPlacement(place)
  if (!p) return null
  const { width, height, safeZone, sub } = ctx
  // The style's own margins keep outline + 2 px antialiasing inside the safe zone (ass-styles.ts); the same here.
  const pad = Math.ceil(sub.outlinePx) + 2
  const left = sub.marginL
  const right = width - sub.marginR
  const top = safeZone.top + pad
  const bottom = height - safeZone.bottom - pad
  if (p.x !== undefined && p.y !== undefined) {
    const x = clamp(Math.round((p.x * width) / 100), left, right)
    const y = clamp(Math.round((p.y * height) / 100), top, bottom)
    return { prefix: `\\an${p.an}\\pos(${x},${y})`, marginV: 0 }
  }
  const row = anchorRow(p.an)
  if (row === 'middle') {
    const column = anchorColumn(p.an)
    const x = column === 'left' ? left : column === 'right' ? right : Math.round((left + right) / 2)
    const y = Math.round((top + bottom) / 2)
    return { prefix: `\\an${p.an}\\pos(${x},${y})`, marginV: 0 }
  }
  return { prefix: `\\an${p.an}`, marginV: row === 'top' ? safeZone.top + pad : safeZone.bottom + pad }
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(Math.max(lo, hi), v))
}

/**
 * Cue text with marks → escaped event text with formatting toggles and the per-script font switches of
 * event-text.ts (tracked across segments, so a switch is never lost at a formatting boundary).
 */
export function richEventText(
  text: string,
  marks: readonly CueMark[] | undefined,
  baseFamily: string,
  locale: string,
  primary: string
): string {
  const clean = cleanUserText(text, MAX_CUE_GRAPHEMES)
  // Cleaning keeps offsets except when it removes controls or cuts a long cue; marks past the end are clipped.
  const clipped = marks?.filter((m) => m.from < clean.length).map((m) => ({ ...m, to: Math.min(m.to, clean.length) }))
  let state: StyleState = NO_STYLE
  let family = baseFamily
  let scale = 100
  let out = ''
  for (const seg of segments(clean, clipped)) {
    if (!seg.text) continue
    const want = stateOf(seg.active, NO_STYLE)
    const styleTags = stateTags(state, want, primary)
    state = want
    let pendingTags = styleTags
    for (const run of splitScriptRuns(seg.text)) {
      const nextFamily = familyFor(run.script, baseFamily, locale)
      const nextScale = runScale(nextFamily, baseFamily)
      let tags = pendingTags
      pendingTags = ''
      if (nextFamily !== family) tags += `\\fn${nextFamily}`
      if (nextScale !== scale) tags += `\\fscx${nextScale}\\fscy${nextScale}`
      family = nextFamily
      scale = nextScale
      if (tags) out += `{${tags}}`
      out += escapeCleanText(run.text)
    }
    if (pendingTags) out += `{${pendingTags}}`
  }
  return out
}
