import type { SafeZone, SubtitleStyle } from '../project/schema'
import { assColor } from './ass-format'
import { sanitizeAssField } from './escape-text'

export const STYLE_FORMAT =
  'Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding'

export const DEFAULT_FAMILY = 'Noto Sans'

export interface AssStyleLine {
  name: string
  family: string
  size: number
  primary: string
  outline: string
  back: string
  bold: boolean
  /** 1 = outline, 3 = opaque box per line (box colour = OutlineColour in libass). */
  borderStyle: 1 | 3
  outlinePx: number
  alignment: number
  marginL: number
  marginR: number
  marginV: number
  /** 1 = default; -1 = libass: detect the paragraph's base direction (needed for RTL text). */
  encoding: 1 | -1
  /** Drop shadow offset in px (BackColour is its colour); absent = 0. */
  shadowPx?: number
}

export function styleLine(s: AssStyleLine): string {
  return `Style: ${[
    s.name,
    s.family,
    s.size,
    s.primary,
    '&H000000FF',
    s.outline,
    s.back,
    s.bold ? -1 : 0,
    0,
    0,
    0,
    100,
    100,
    0,
    0,
    s.borderStyle,
    num(s.outlinePx),
    num(s.shadowPx ?? 0),
    s.alignment,
    s.marginL,
    s.marginR,
    s.marginV,
    s.encoding
  ].join(',')}`
}

/** The font family of a SubtitleStyle, safe inside a Style line and a `\fn` tag. */
export function baseFamily(style: SubtitleStyle): string {
  return sanitizeAssField(style.fontFamily) || DEFAULT_FAMILY
}

/** Padding of the opaque box around text (ASS Outline in BorderStyle 3). */
export function boxPadding(style: SubtitleStyle): number {
  return Math.max(4, Math.round(style.fontSizePx * 0.18))
}

const ALIGNMENT = { bottom: 2, middle: 5, top: 8 } as const

/**
 * The subtitle style with margins that keep every painted pixel (glyphs + outline or box +
 * 2 px antialiasing) inside the safe zone. A gutter of 4 % of the width keeps text off the
 * edges even when an inset is 0. Right-to-left locales mirror the left/right insets.
 */
export function subtitleStyle(style: SubtitleStyle, safe: SafeZone, width: number, rtl: boolean): AssStyleLine {
  const border = style.box ? boxPadding(style) : style.outlinePx
  const edge = Math.ceil(border) + 2
  const gutter = Math.round(width * 0.04)
  const [left, right] = rtl ? [safe.right, safe.left] : [safe.left, safe.right]
  const marginV = style.position === 'bottom' ? safe.bottom + edge : style.position === 'top' ? safe.top + edge : 0
  return {
    name: 'Default',
    family: baseFamily(style),
    size: style.fontSizePx,
    primary: assColor(style.primaryColor),
    outline: assColor(style.box ? style.boxColor : style.outlineColor),
    back: style.box ? assColor(style.boxColor) : assColor('#000000', 0x80),
    bold: false,
    borderStyle: style.box ? 3 : 1,
    outlinePx: border,
    alignment: ALIGNMENT[style.position],
    marginL: left + gutter + edge,
    marginR: right + gutter + edge,
    marginV,
    encoding: rtl ? -1 : 1
  }
}

function num(v: number): string {
  return String(Math.round(v * 100) / 100)
}
