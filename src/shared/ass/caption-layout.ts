import type { ResolvedCaption } from '../captions/resolve-style'
import { familyForLocale } from '../captions/resolve-style'
import type { SafeZone } from '../project/schema'
import { assColor } from './ass-format'
import type { AssStyleLine } from './ass-styles'
import { sanitizeAssField } from './escape-text'
import { DEFAULT_FAMILY } from './ass-styles'
import { needsBold, weightedFamily } from './caption-text'

/** The style lines and geometry of one caption style at one frame (pure). */
export interface CaptionLayout {
  /** Text style ("Caption"). */
  text: AssStyleLine
  /** Box style for the current word ("CaptionBox"), when the style boxes it. */
  wordBox?: AssStyleLine
  /** Unweighted base family (script runs switch back to it). */
  family: string
  weight: number
  /** `\pos` prefix for the middle position ('' otherwise). */
  middle: string
  /** Column of the alignment: what a placed cue keeps. */
  an: number
}

const COLUMN = { start: 0, center: 1, end: 2 } as const

/**
 * Sizes relative to the frame become pixels; margins keep every painted pixel (glyphs + outline or box
 * padding + shadow + 2 px antialiasing) inside the safe zone, the same rule as ass-styles.ts; start/end
 * alignment and the left/right insets are mirrored for right-to-left locales.
 */
export function captionLayout(
  c: ResolvedCaption,
  safe: SafeZone,
  width: number,
  height: number,
  rtl: boolean,
  locale: string
): CaptionLayout {
  const o = c.options
  const size = Math.max(8, Math.round((o.sizePct / 100) * height))
  const family = sanitizeAssField(familyForLocale(o, locale)) || DEFAULT_FAMILY
  const outline = (o.outlinePct / 100) * size
  const padding = (o.boxPaddingPct / 100) * size
  const shadow = (o.shadowPct / 100) * size
  const border = o.box ? padding : outline
  const wordBoxPad = c.preset === 'highlight' && o.highlightBox ? padding : 0
  const edge = Math.ceil(Math.max(border, wordBoxPad) + shadow) + 2
  const gutter = Math.round(width * 0.04)
  const [left, right] = rtl ? [safe.right, safe.left] : [safe.left, safe.right]
  let column: number = COLUMN[o.align]
  if (rtl && column !== 1) column = 2 - column
  const row = o.position === 'lower' ? 0 : o.position === 'middle' ? 3 : 6
  const an = 1 + row + column
  const marginL = left + gutter + edge
  const marginR = right + gutter + edge
  const marginV = o.position === 'lower' ? safe.bottom + edge : o.position === 'upper' ? safe.top + edge : 0
  const boxAlpha = Math.round(255 * (1 - o.boxOpacity / 100))
  const text: AssStyleLine = {
    name: 'Caption',
    family: weightedFamily(family, o.fontWeight),
    size,
    primary: assColor(o.textColor),
    outline: o.box ? assColor(o.boxColor, boxAlpha) : assColor(o.outlineColor),
    back: assColor(o.shadowColor, o.box ? boxAlpha : 0x60),
    bold: needsBold(family, o.fontWeight),
    borderStyle: o.box ? 3 : 1,
    outlinePx: Math.round(border * 100) / 100,
    shadowPx: Math.round(shadow * 100) / 100,
    alignment: an,
    marginL,
    marginR,
    marginV,
    encoding: rtl ? -1 : 1
  }
  const wordBox = wordBoxPad
    ? {
        ...text,
        name: 'CaptionBox',
        outline: assColor(o.highlightBoxColor),
        back: assColor('#000000', 0xff),
        borderStyle: 3 as const,
        outlinePx: Math.round(padding * 100) / 100,
        shadowPx: 0
      }
    : undefined
  let middle = ''
  if (o.position === 'middle') {
    const x = column === 0 ? marginL : column === 2 ? width - marginR : Math.round((marginL + width - marginR) / 2)
    const y = Math.round((safe.top + height - safe.bottom) / 2)
    middle = `{\\pos(${x},${y})}`
  }
  return { text, ...(wordBox ? { wordBox } : {}), family, weight: o.fontWeight, middle, an }
}
