import { escapeCleanText } from './escape-text'
import { boxFitScale } from './box-fit'
import { familyFor, runScale, splitScriptRuns } from './script-runs'

/**
 * Event text for the caption styles: pieces of already-cleaned text, each with its own override tags
 * (colour, alpha) and size, written with the per-script font switches of event-text.ts (see
 * script-runs.ts for why libass needs them) in the style's weight.
 */

export interface Piece {
  text: string
  /** Override tags for this piece, e.g. `\1a&HFF&\i1` ('' = none). */
  tags: string
  /** Text colour "#RRGGBB" (written as `\1c` when it changes); absent = the style's. */
  color?: string
  /** A colour mark does not recolour this piece (Highlight's current word). */
  keepColor?: boolean
  /** The invisible twin of the current word under its box: tall-script runs squeezed to their glyph box (box-fit.ts). */
  fitBox?: boolean
  /** Size in percent (100 = the style's); multiplied with the script's own scale. */
  scale: number
}

/** Families shipped with a Black (900) face, named "<family> Black" in the font files (see docs/fonts.md). */
const HAS_BLACK = new Set(['Noto Sans', 'Noto Sans Arabic', 'Noto Sans Thai', 'Noto Sans Devanagari'])

/**
 * The family name that selects `weight`. WHY a family name for 900: libass (0.17.1, ffmpeg's fontsdir)
 * picks the Bold face for `\b900` and emboldens it synthetically instead of choosing the Black face;
 * the Black files name their family "Noto Sans Black" (name ID 1), which libass and jassub both match.
 */
export function weightedFamily(family: string, weight: number): string {
  return weight >= 900 && HAS_BLACK.has(family) ? `${family} Black` : family
}

/** Whether the style line needs Bold: 700, or 900 in a family without a Black face. */
export function needsBold(family: string, weight: number): boolean {
  return weight >= 700 && !(weight >= 900 && HAS_BLACK.has(family))
}

export function piecesText(
  pieces: readonly Piece[],
  baseFamily: string,
  locale: string,
  weight: number,
  uppercase: boolean
): string {
  let family = baseFamily
  let scale = 100
  let scaleY = 100
  let color: string | undefined
  let out = ''
  for (const piece of pieces) {
    if (!piece.text) continue
    const text = uppercase ? piece.text.toLocaleUpperCase(locale) : piece.text
    let pending = piece.tags
    if (piece.color && piece.color !== color) pending = `\\1c${tagColor(piece.color)}${pending}`
    if (piece.color) color = piece.color
    for (const run of splitScriptRuns(text)) {
      const nextFamily = familyFor(run.script, baseFamily, locale)
      const nextScale = Math.round((runScale(nextFamily, baseFamily) * piece.scale) / 100)
      const nextScaleY = piece.fitBox ? Math.round(nextScale * boxFitScale(nextFamily)) : nextScale
      let tags = pending
      pending = ''
      if (nextFamily !== family) tags += `\\fn${weightedFamily(nextFamily, weight)}`
      if (nextScale !== scale || nextScaleY !== scaleY)
        tags +=
          nextScale === nextScaleY ? `\\fscx${nextScale}\\fscy${nextScale}` : `\\fscx${nextScale}\\fscy${nextScaleY}`
      family = nextFamily
      scale = nextScale
      scaleY = nextScaleY
      if (tags) out += `{${tags}}`
      out += escapeCleanText(run.text)
    }
  }
  return out
}

/** `#RRGGBB` → the colour argument of `\1c`/`\3c` (`&HBBGGRR&`). */
export function tagColor(hex: string): string {
  const h = hex.replace('#', '').toUpperCase()
  return `&H${h.slice(4, 6)}${h.slice(2, 4)}${h.slice(0, 2)}&`
}
