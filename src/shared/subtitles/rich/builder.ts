import type { CueMark, MarkKind } from '../../project/schema'
import { normalizeMarks } from './marks'

export type Toggle = 'italic' | 'bold' | 'underline' | 'strike'

/** The formatting state a tag-based reader (ASS overrides, SRT tags) walks through. */
export interface StyleState {
  italic: boolean
  bold: boolean
  underline: boolean
  strike: boolean
  /** "#RRGGBB", or undefined for the style's own colour. */
  color?: string
}

export const PLAIN_STATE: StyleState = { italic: false, bold: false, underline: false, strike: false }

/**
 * Builds text + marks while a reader walks a tagged string: append text, switch formatting on and off at
 * the current offset, drop point marks. Marks come out in canonical form (marks.ts).
 */
export class RichBuilder {
  text = ''
  private readonly marks: CueMark[] = []
  private readonly open = new Map<Toggle, number>()
  private color: { from: number; value: string } | undefined

  append(s: string): void {
    this.text += s
  }

  get offset(): number {
    return this.text.length
  }

  set(kind: Toggle, on: boolean): void {
    const from = this.open.get(kind)
    if (on && from === undefined) this.open.set(kind, this.text.length)
    else if (!on && from !== undefined) {
      this.open.delete(kind)
      if (this.text.length > from) this.marks.push({ from, to: this.text.length, kind })
    }
  }

  setColor(value: string | undefined): void {
    if (this.color && this.color.value === value) return
    if (this.color && this.text.length > this.color.from)
      this.marks.push({ from: this.color.from, to: this.text.length, kind: 'color', value: this.color.value })
    this.color = value === undefined ? undefined : { from: this.text.length, value }
  }

  /** Applies a whole state (e.g. after an ASS `\r`). */
  setState(s: StyleState): void {
    this.set('italic', s.italic)
    this.set('bold', s.bold)
    this.set('underline', s.underline)
    this.set('strike', s.strike)
    this.setColor(s.color)
  }

  point(kind: MarkKind, value: string): void {
    this.marks.push({ from: this.text.length, to: this.text.length, kind, value })
  }

  range(kind: MarkKind, from: number, value?: string, classes?: string[]): void {
    if (this.text.length <= from) return
    const m: CueMark = { from, to: this.text.length, kind }
    if (value !== undefined) m.value = value
    if (classes && classes.length) m.classes = classes
    this.marks.push(m)
  }

  finish(): { text: string; marks?: CueMark[] } {
    for (const kind of [...this.open.keys()]) this.set(kind, false)
    this.setColor(undefined)
    const marks = normalizeMarks(this.marks, this.text.length)
    return marks ? { text: this.text, marks } : { text: this.text }
  }
}
