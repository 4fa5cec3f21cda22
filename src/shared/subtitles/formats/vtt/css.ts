import type { CueMark } from '../../../project/schema'
import { parseCssColor } from '../../rich/colors'
import { normalizeMarks } from '../../rich/marks'

/*
 * The small part of a WebVTT STYLE block the model can use: rules `::cue(.name) { … }` that make a class
 * italic, bold, underlined, struck through or coloured. `<c.name>` spans with such a class become those
 * marks; everything else in the CSS is kept verbatim (TrackNative.vtt.styles) and only a WebVTT round
 * trip uses it.
 */

export interface ClassLook {
  italic?: boolean
  bold?: boolean
  underline?: boolean
  strike?: boolean
  color?: string
}

export function classLooks(styles: readonly string[] | undefined): Map<string, ClassLook> {
  const out = new Map<string, ClassLook>()
  for (const css of styles ?? []) {
    const rule = /::cue\(\s*\.([A-Za-z0-9_-]+)\s*\)\s*\{([^}]*)\}/g
    for (let m = rule.exec(css); m; m = rule.exec(css)) {
      const look: ClassLook = { ...(out.get(m[1]) ?? {}) }
      for (const decl of m[2].split(';')) {
        const colon = decl.indexOf(':')
        if (colon < 0) continue
        const prop = decl.slice(0, colon).trim().toLowerCase()
        const value = decl
          .slice(colon + 1)
          .replace(/!important/i, '')
          .trim()
          .toLowerCase()
        if (prop === 'font-style' && (value === 'italic' || value === 'oblique')) look.italic = true
        else if (prop === 'font-weight' && (value === 'bold' || value === 'bolder' || Number(value) >= 600))
          look.bold = true
        else if (prop === 'text-decoration' || prop === 'text-decoration-line') {
          if (value.includes('underline')) look.underline = true
          if (value.includes('line-through')) look.strike = true
        } else if (prop === 'color') {
          const c = parseCssColor(value)
          if (c) look.color = c
        }
      }
      if (Object.keys(look).length) out.set(m[1], look)
    }
  }
  return out
}

/** Replaces class marks whose class has a look by the marks of that look. */
export function applyClassLooks(
  marks: CueMark[] | undefined,
  looks: Map<string, ClassLook>,
  length: number
): CueMark[] | undefined {
  if (!marks || looks.size === 0) return marks
  const out: CueMark[] = []
  for (const m of marks) {
    const look = m.kind === 'class' && m.value ? looks.get(m.value) : undefined
    if (!look) {
      out.push(m)
      continue
    }
    if (look.italic) out.push({ from: m.from, to: m.to, kind: 'italic' })
    if (look.bold) out.push({ from: m.from, to: m.to, kind: 'bold' })
    if (look.underline) out.push({ from: m.from, to: m.to, kind: 'underline' })
    if (look.strike) out.push({ from: m.from, to: m.to, kind: 'strike' })
    if (look.color) out.push({ from: m.from, to: m.to, kind: 'color', value: look.color })
  }
  return normalizeMarks(out, length)
}

/** Class names the writer uses for what WebVTT has no tag for. */
export const STRIKE_CLASS = 'strike'
export const colorClass = (color: string) => `color-${color.slice(1).toLowerCase()}`
