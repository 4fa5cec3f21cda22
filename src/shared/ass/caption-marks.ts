import type { CueMark } from '../project/schema'
import { retargetMarks, STYLE_KINDS } from '../subtitles/rich/marks'
import type { Piece } from './caption-text'

/*
 * Inline formatting (italic, bold, underline, strike, colour marks of the rich cue model) drawn on top of
 * a caption style's look. The style stays the base: a mark adds a slant, a weight, a line or a colour to
 * the words it covers, and ending the mark returns to the style (never to libass's defaults).
 * - Bold ends with the style's own Bold flag (`\b1` for 700 styles), not `\b0`, so a bold mark inside a
 *   Bold style never thins the rest of the line. In a Black (900) style `\b1` asks libass for weight 700 of
 *   "Noto Sans Black", which only has the 900 face: libass keeps that face and adds no emboldening, so the
 *   text stays Black (it is already heavier than bold).
 * - The shipped fonts have no italic faces: libass slants the glyphs (the same as the Classic burn-in).
 * - A colour mark replaces the piece's colour (the style's text colour, a speaker's colour, the spoken or
 *   upcoming colour), except on pieces that keep theirs (Highlight's current word: the point of the style).
 */

export interface MarkOptions {
  /** Whether colour marks are drawn (false for the invisible layout twin under a current-word box). */
  colors: boolean
  /** The style's Bold flag: where a bold mark ends. */
  styleBold: boolean
  /** The style's text colour "#RRGGBB": where a colour mark ends on a piece without a colour of its own. */
  textColor: string
}

interface Format {
  italic: boolean
  bold: boolean
  underline: boolean
  strike: boolean
  color?: string
}

/**
 * The cue's marks moved from its text onto the text being drawn: cleaned (controls removed, a long cue
 * cut) and re-broken into lines by line-fit.ts. Only the kinds that format text are kept.
 */
export function marksForDrawnText(
  original: string,
  drawn: string,
  marks: readonly CueMark[] | undefined
): CueMark[] | undefined {
  const styled = marks?.filter((m) => STYLE_KINDS.has(m.kind))
  if (!styled?.length) return undefined
  return retargetMarks(original, drawn, styled)
}

/**
 * Pieces (which together spell the drawn text) split where marks start and end, each carrying the tags
 * that change the formatting from the piece before it. Pure; with no marks the pieces come back as they were.
 */
export function markPieces(pieces: readonly Piece[], marks: readonly CueMark[] | undefined, o: MarkOptions): Piece[] {
  if (!marks?.length) return [...pieces]
  const out: Piece[] = []
  let prev: Format = { italic: false, bold: o.styleBold, underline: false, strike: false }
  let offset = 0
  let recoloured = false
  for (const piece of pieces) {
    const start = offset
    const end = offset + piece.text.length
    offset = end
    if (start === end) continue
    const cuts = new Set([start, end])
    for (const m of marks) for (const at of [m.from, m.to]) if (at > start && at < end) cuts.add(at)
    const sorted = [...cuts].sort((a, b) => a - b)
    for (let k = 0; k + 1 < sorted.length; k++) {
      const from = sorted[k]!
      const to = sorted[k + 1]!
      const f = formatAt(marks, from, to, o.styleBold)
      let tags = k === 0 ? piece.tags : ''
      tags += formatTags(prev, f)
      prev = f
      const marked = o.colors && f.color && !piece.keepColor
      // After a colour mark the colour has to be set back explicitly: libass keeps the last `\1c`.
      const color = marked ? f.color : (piece.color ?? (recoloured ? o.textColor : undefined))
      if (marked) recoloured = true
      out.push({
        text: piece.text.slice(from - start, to - start),
        tags,
        scale: piece.scale,
        ...(color ? { color } : {}),
        ...(piece.keepColor ? { keepColor: true } : {}),
        ...(piece.fitBox ? { fitBox: true } : {})
      })
    }
  }
  return out
}

function formatAt(marks: readonly CueMark[], from: number, to: number, styleBold: boolean): Format {
  const f: Format = { italic: false, bold: styleBold, underline: false, strike: false }
  for (const m of marks) {
    if (m.from > from || m.to < to) continue
    if (m.kind === 'italic') f.italic = true
    else if (m.kind === 'bold') f.bold = true
    else if (m.kind === 'underline') f.underline = true
    else if (m.kind === 'strike') f.strike = true
    else if (m.kind === 'color' && m.value && /^#[0-9a-fA-F]{6}$/.test(m.value)) f.color = m.value
  }
  return f
}

/** Only what changes. Bold starts from the style's flag (formatAt), so it can only be switched off where the style is not bold. */
function formatTags(a: Format, b: Format): string {
  let tags = ''
  if (a.italic !== b.italic) tags += b.italic ? '\\i1' : '\\i0'
  if (a.bold !== b.bold) tags += b.bold ? '\\b1' : '\\b0'
  if (a.underline !== b.underline) tags += b.underline ? '\\u1' : '\\u0'
  if (a.strike !== b.strike) tags += b.strike ? '\\s1' : '\\s0'
  return tags
}
