import type { CueMark, CuePlacement } from '../../project/schema'
import { RichBuilder, type StyleState } from './builder'
import { assColorTag, parseAssColor } from './colors'
import { segments } from './marks'
import { anchorFromSsa, canonicalPlacement } from './placement'

/*
 * ASS event text ↔ the rich model. Reading follows libass (what burns our video and what most players
 * use), knowledge recorded in docs/subtitles.md:
 * - `{…}` is an override block; an unclosed `{` is text. Outside blocks `\N` is a line break, `\n` a
 *   line break only with WrapStyle 2 (a space otherwise), `\h` a no-break space, `\{` `\}` literal braces.
 * - mapped: `\i` `\b` `\u` `\s` (0/1, no value = back to the style), `\c`/`\1c` (primary colour),
 *   `\r`/`\rStyle` (reset), `\an` and legacy `\a` (the FIRST one in the event wins), `\pos` (the first wins).
 * - everything else (`\fad`, `\blur`, `\k`, `\move`, `\t(…)`, `\fn`, comments, drawings `\p1 … \p0`) is
 *   kept verbatim as an 'ass' point mark, written back to ASS and ignored by the other formats.
 */

export interface AssStyleInfo extends StyleState {
  /** Numpad alignment of the style. */
  an: number
  /** "#RRGGBB" of the style's PrimaryColour (a `\c` back to it ends the colour mark). */
  primary?: string
}

export interface AssTextOptions {
  style: AssStyleInfo
  /** Other styles by name, for `\rName`. */
  styles?: ReadonlyMap<string, AssStyleInfo>
  playResX: number
  playResY: number
  /** 2 = `\n` is a hard break; otherwise it is a space. */
  wrapStyle?: number
  /** SRT `{…}` blocks: only tags are read, anything else in braces stays text. */
  srt?: boolean
}

export interface AssTextResult {
  text: string
  marks?: CueMark[]
  place?: CuePlacement
  /** Things a report should mention ("soft break read as a space"). */
  notes: string[]
}

const WJ = '\u2060'

/** Splits the inside of an override block into tags (`\name args`, parentheses may hold backslashes) and comment text. */
export function splitTags(block: string): string[] {
  const out: string[] = []
  let i = 0
  let comment = ''
  while (i < block.length) {
    if (block[i] !== '\\') {
      comment += block[i++]
      continue
    }
    if (comment) {
      out.push(comment)
      comment = ''
    }
    let j = i + 1
    let depth = 0
    while (j < block.length && (depth > 0 || block[j] !== '\\')) {
      if (block[j] === '(') depth++
      else if (block[j] === ')') depth = Math.max(0, depth - 1)
      j++
    }
    out.push(block.slice(i, j))
    i = j
  }
  if (comment) out.push(comment)
  return out
}

function flag(arg: string, styleValue: boolean, bold = false): boolean {
  if (arg === '') return styleValue
  const n = Number(arg)
  if (!Number.isFinite(n)) return styleValue
  if (bold) return n === 1 || n >= 600
  return n !== 0
}

export function readAssText(raw: string, options: AssTextOptions): AssTextResult {
  const b = new RichBuilder()
  const notes: string[] = []
  const style = options.style
  b.setState(style)
  let an: number | undefined
  let pos: { x: number; y: number } | undefined
  let softBreaks = 0
  let i = 0
  const n = raw.length
  while (i < n) {
    const c = raw.charCodeAt(i)
    if (c === 0x7b /* { */) {
      const close = raw.indexOf('}', i + 1)
      if (close < 0 || (options.srt && raw.charCodeAt(i + 1) !== 0x5c)) {
        b.append(raw[i])
        i++
        continue
      }
      const block = raw.slice(i + 1, close)
      const drawing = /\\p([1-9]\d*)/.exec(block)
      if (drawing && !/\\p0(?!\d)/.test(block.slice(drawing.index + drawing[0].length))) {
        // A drawing runs until a block with \p0 (or the end); it is kept whole.
        let end = n
        for (let k = raw.indexOf('{', close + 1); k >= 0; k = raw.indexOf('{', k + 1)) {
          const kClose = raw.indexOf('}', k + 1)
          if (kClose < 0) break
          if (/\\p0(?!\d)/.test(raw.slice(k + 1, kClose))) {
            end = kClose + 1
            break
          }
        }
        b.point('ass', raw.slice(i, end))
        i = end
        continue
      }
      const kept: string[] = []
      for (const tag of splitTags(block)) {
        let m: RegExpExecArray | null
        if (tag[0] !== '\\') kept.push(tag)
        else if ((m = /^\\an(\d+)\s*$/.exec(tag))) {
          if (an === undefined && Number(m[1]) >= 1 && Number(m[1]) <= 9) an = Number(m[1])
        } else if ((m = /^\\a(\d+)\s*$/.exec(tag))) {
          const v = anchorFromSsa(Number(m[1]))
          if (an === undefined && v !== undefined) an = v
        } else if ((m = /^\\pos\(\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*\)\s*$/.exec(tag))) {
          if (pos === undefined) pos = { x: Number(m[1]), y: Number(m[2]) }
        } else if ((m = /^\\i(\d*)\s*$/.exec(tag))) b.set('italic', flag(m[1], style.italic))
        else if ((m = /^\\b(\d*)\s*$/.exec(tag))) b.set('bold', flag(m[1], style.bold, true))
        else if ((m = /^\\u(\d*)\s*$/.exec(tag))) b.set('underline', flag(m[1], style.underline))
        else if ((m = /^\\s(\d*)\s*$/.exec(tag))) b.set('strike', flag(m[1], style.strike))
        else if ((m = /^\\1?c\s*(&?[Hh][0-9A-Fa-f]+&?)?\s*$/.exec(tag))) {
          const color = m[1] ? parseAssColor(m[1]) : undefined
          b.setColor(color === undefined || color === style.primary ? style.color : color)
        } else if ((m = /^\\r(.*)$/.exec(tag))) {
          const named = m[1].trim() ? options.styles?.get(m[1].trim()) : undefined
          b.setState(named ?? style)
        } else kept.push(tag)
      }
      if (kept.length) b.point('ass', `{${kept.join('')}}`)
      i = close + 1
      continue
    }
    if (c === 0x5c /* \ */ && i + 1 < n) {
      const d = raw[i + 1]
      if (d === 'N') {
        b.append('\n')
        i += 2
        continue
      }
      if (d === 'n') {
        if (options.wrapStyle === 2) b.append('\n')
        else {
          b.append(' ')
          softBreaks++
        }
        i += 2
        continue
      }
      if (d === 'h') {
        b.append('\u00a0')
        i += 2
        continue
      }
      if (d === '{' || d === '}') {
        b.append(d)
        i += 2
        continue
      }
      if (d === WJ && (i + 2 >= n || /[Nnh{}]/.test(raw[i + 2]))) {
        // Our writers' escape (escapeAssText): a word joiner keeps a backslash literal before N, n, h, a brace or the end.
        b.append('\\')
        i += 2
        continue
      }
    }
    b.append(raw[i])
    i++
  }
  if (softBreaks) notes.push(`soft line break \\n read as a space (WrapStyle is not 2)`)
  const out = b.finish()
  let place: CuePlacement | undefined
  const anchor = an ?? style.an
  if (pos) {
    place = canonicalPlacement({ an: anchor, x: (pos.x / options.playResX) * 100, y: (pos.y / options.playResY) * 100 })
    if (pos.x < 0 || pos.y < 0 || pos.x > options.playResX || pos.y > options.playResY)
      notes.push(
        `\\pos(${pos.x},${pos.y}) is outside the ${options.playResX}×${options.playResY} frame; clamped to its edge`
      )
  } else place = canonicalPlacement({ an: anchor })
  const result: AssTextResult = { text: out.text, notes }
  if (out.marks) result.marks = out.marks
  if (place) result.place = place
  return result
}

/** What `\i \b \u \s \c` tags a writer needs at one point: the difference between two states. */
export function stateTags(from: StyleState, to: StyleState, styleColor: string | undefined): string {
  let tags = ''
  if (from.italic !== to.italic) tags += to.italic ? '\\i1' : '\\i0'
  if (from.bold !== to.bold) tags += to.bold ? '\\b1' : '\\b0'
  if (from.underline !== to.underline) tags += to.underline ? '\\u1' : '\\u0'
  if (from.strike !== to.strike) tags += to.strike ? '\\s1' : '\\s0'
  if (from.color !== to.color) tags += `\\c${assColorTag(to.color ?? styleColor ?? '#FFFFFF')}`
  return tags
}

/** The formatting state that `active` marks put on top of a style. */
export function stateOf(active: readonly CueMark[], base: StyleState): StyleState {
  const s: StyleState = { ...base }
  for (const m of active) {
    if (m.kind === 'italic') s.italic = true
    else if (m.kind === 'bold') s.bold = true
    else if (m.kind === 'underline') s.underline = true
    else if (m.kind === 'strike') s.strike = true
    else if (m.kind === 'color' && m.value) s.color = m.value
  }
  return s
}

/** The state marks describe, with nothing set where there is no mark (the style's own look is off). */
export const NO_STYLE: StyleState = { italic: false, bold: false, underline: false, strike: false }

export interface AssWriteOptions {
  style: AssStyleInfo
  playResX: number
  playResY: number
  /** Escapes a run of plain text for the event (braces, backslashes, line breaks). */
  escape: (text: string) => string
  /** Write 'ass' point marks back (files: yes; the burn-in: no). */
  raw?: boolean
}

/**
 * Rich text → ASS event text relative to a style: only what differs from the style becomes a tag, so a
 * cue of an italic style is not wrapped in `\i1`, and a cue written back to its own file keeps its look.
 */
export function writeAssText(
  text: string,
  marks: readonly CueMark[] | undefined,
  place: CuePlacement | undefined,
  o: AssWriteOptions
): string {
  let prefix = ''
  const p = canonicalPlacement(place)
  const an = p?.an ?? 2
  if (an !== o.style.an) prefix += `\\an${an}`
  if (p?.x !== undefined && p.y !== undefined)
    prefix += `\\pos(${num((p.x * o.playResX) / 100)},${num((p.y * o.playResY) / 100)})`
  // Marks say what is on (readers turn a style's italic into a mark too); tags go where they differ from the style.
  let state: StyleState = {
    italic: o.style.italic,
    bold: o.style.bold,
    underline: o.style.underline,
    strike: o.style.strike
  }
  let out = ''
  let first = true
  for (const seg of segments(text, marks)) {
    let tags = first ? prefix : ''
    if (seg.text) {
      const want = stateOf(seg.active, NO_STYLE)
      tags += stateTags(state, want, o.style.primary)
      state = want
    }
    first = false
    if (tags) out += `{${tags}}`
    if (o.raw !== false) for (const pt of seg.points) if (pt.kind === 'ass' && pt.value) out += pt.value
    out += o.escape(seg.text)
  }
  if (first && prefix) out = `{${prefix}}`
  return out
}

function num(v: number): string {
  return String(Math.round(v * 100) / 100)
}
