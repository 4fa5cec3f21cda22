import type { CueMark, CuePlacement } from '../../project/schema'
import { splitTags } from './ass-override'
import { RichBuilder, type Toggle } from './builder'
import { parseAssColor, parseCssColor } from './colors'
import { writeNested } from './marks'
import { anchorFromSsa, canonicalPlacement } from './placement'

/*
 * SRT cue text ↔ the rich model, reading what Subtitle Edit and players (ffmpeg's SubRip decoder, VLC,
 * mpv) understand:
 * - `<i> <b> <u> <s>` in any case, with stray spaces (`< i >`); same tags nest by depth; a closing tag
 *   with nothing open is ignored; anything still open closes at the end of the cue;
 * - `<font color="…">` (#RRGGBB, #RGB, names, rgb()); `face`/`size` have no place in the model and are
 *   reported; `</font>` closes the innermost font;
 * - `{\an1}`–`{\an9}` (and legacy `{\a…}`) anywhere, the first one wins, as in libass; `{\pos(x,y)}` in a
 *   384×288 frame (what ffmpeg gives an SRT converted to ASS); other `{\…}` tags are read as in ASS;
 *   braces without a backslash are text;
 * - any other `<…>` is text: Subtitle Edit and VLC show it, so dropping it would hide part of the file.
 * Entities are not decoded (SRT has none).
 */

/** ffmpeg renders SRT through an ASS script of this size, so SRT `{\pos}` coordinates mean this frame. */
export const SRT_PLAY_RES = { x: 384, y: 288 }

const TAG = /^<\s*(\/)?\s*([ibus])\s*>/i
const FONT_OPEN = /^<\s*font\b([^>]*)>/i
const FONT_CLOSE = /^<\s*\/\s*font\s*>/i

export interface SrtTextResult {
  text: string
  marks?: CueMark[]
  place?: CuePlacement
  notes: string[]
}

const NO_NOTES: string[] = []

export function readSrtText(source: string): SrtTextResult {
  // Our writer's escapes (srt.ts srtEscape): a word joiner after the "--" of "-->", after a "<" that would
  // start a tag and after a "{" before a backslash; the last two are undone in the loop, where they keep text literal.
  const raw = source.indexOf('--\u2060>') >= 0 ? source.replace(/--\u2060>/g, '-->') : source
  // Most cues have no markup at all.
  if (raw.indexOf('<') < 0 && raw.indexOf('{') < 0) return { text: raw, notes: NO_NOTES }
  const b = new RichBuilder()
  const notes: string[] = []
  const depth: Record<Toggle, number> = { italic: 0, bold: 0, underline: 0, strike: 0 }
  const fonts: (string | undefined)[] = []
  const kinds: Record<string, Toggle> = { i: 'italic', b: 'bold', u: 'underline', s: 'strike' }
  let an: number | undefined
  let pos: { x: number; y: number } | undefined
  let i = 0
  while (i < raw.length) {
    const c = raw[i]
    if ((c === '<' || c === '{') && raw[i + 1] === '\u2060') {
      b.append(c)
      i += 2
      continue
    }
    if (c === '<') {
      const rest = raw.slice(i, i + 200)
      let m = TAG.exec(rest)
      if (m) {
        const kind = kinds[m[2].toLowerCase()]
        if (m[1]) {
          if (depth[kind] > 0 && --depth[kind] === 0) b.set(kind, false)
        } else if (depth[kind]++ === 0) b.set(kind, true)
        i += m[0].length
        continue
      }
      if ((m = FONT_OPEN.exec(rest))) {
        const attrs = m[1]
        const colorAttr = /color\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i.exec(attrs)
        const color = colorAttr ? parseCssColor(colorAttr[1]) : undefined
        if (colorAttr && !color) notes.push(`font colour ${colorAttr[1]} not understood; the text is kept without it`)
        if (/\b(face|size)\s*=/i.test(attrs)) notes.push(`font face/size ignored (${attrs.trim()})`)
        fonts.push(color ?? fonts[fonts.length - 1])
        b.setColor(fonts[fonts.length - 1])
        i += m[0].length
        continue
      }
      if ((m = FONT_CLOSE.exec(rest))) {
        if (fonts.length) {
          fonts.pop()
          b.setColor(fonts[fonts.length - 1])
        }
        i += m[0].length
        continue
      }
    } else if (c === '{' && raw[i + 1] === '\\') {
      const close = raw.indexOf('}', i + 2)
      if (close > 0) {
        const block = raw.slice(i + 1, close)
        const other: string[] = []
        for (const tag of splitTags(block)) {
          let m: RegExpExecArray | null
          if ((m = /^\\an([1-9])\s*$/.exec(tag))) an ??= Number(m[1])
          else if ((m = /^\\a(\d+)\s*$/.exec(tag))) an ??= anchorFromSsa(Number(m[1]))
          else if ((m = /^\\pos\(\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*\)\s*$/.exec(tag)))
            pos ??= { x: Number(m[1]), y: Number(m[2]) }
          else other.push(tag)
        }
        // Formatting tags in braces (some SRT files carry ASS tags) are read the ASS way; the rest is kept verbatim.
        const leftover = applyAssOverrides(b, other, depth)
        if (leftover.length) b.point('ass', `{${leftover.join('')}}`)
        i = close + 1
        continue
      }
    }
    b.append(c)
    i++
  }
  const out = b.finish()
  const result: SrtTextResult = { text: out.text, notes }
  if (out.marks) result.marks = out.marks
  const place = pos
    ? canonicalPlacement({ an: an ?? 2, x: (pos.x / SRT_PLAY_RES.x) * 100, y: (pos.y / SRT_PLAY_RES.y) * 100 })
    : canonicalPlacement(an ? { an } : undefined)
  if (place) result.place = place
  return result
}

/** Applies `\\i \\b \\u \\s \\c` tags at the builder's offset; returns the tags it has no meaning for. */
function applyAssOverrides(b: RichBuilder, tags: string[], depth: Record<Toggle, number>): string[] {
  const kinds: Record<string, Toggle> = { i: 'italic', b: 'bold', u: 'underline', s: 'strike' }
  const raw: string[] = []
  for (const tag of tags) {
    const m = /^\\([ibus])(\d*)\s*$/.exec(tag)
    if (m) {
      const on = m[2] !== '' && m[2] !== '0'
      depth[kinds[m[1]]] = on ? 1 : 0
      b.set(kinds[m[1]], on)
      continue
    }
    const c = /^\\1?c\s*(&?[Hh][0-9A-Fa-f]+&?)?\s*$/.exec(tag)
    if (c) b.setColor(c[1] ? parseAssColor(c[1]) : undefined)
    else raw.push(tag)
  }
  return raw
}

/** Rich text → SRT cue text: HTML-style tags, `{\anN}` in front (SRT has no way to say `\pos`). */
export function writeSrtText(
  text: string,
  marks: readonly CueMark[] | undefined,
  place: CuePlacement | undefined,
  escape: (s: string) => string
): string {
  const p = canonicalPlacement(place)
  const prefix = p && p.an !== 2 ? `{\\an${p.an}}` : ''
  const body = writeNested(
    text,
    marks,
    (m) => {
      switch (m.kind) {
        case 'italic':
          return '<i>'
        case 'bold':
          return '<b>'
        case 'underline':
          return '<u>'
        case 'strike':
          return '<s>'
        case 'color':
          return m.value ? `<font color="${m.value.toLowerCase()}">` : null
        default:
          return null
      }
    },
    (m) =>
      m.kind === 'color'
        ? '</font>'
        : `</${m.kind === 'italic' ? 'i' : m.kind === 'bold' ? 'b' : m.kind === 'underline' ? 'u' : 's'}>`,
    escape
  )
  return prefix + body
}
