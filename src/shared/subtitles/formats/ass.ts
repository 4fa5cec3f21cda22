import { parse as parseAssScript } from 'ass-compiler'
import type { Cue } from '../../project/schema'
import { pad } from '../../time'
import { ReportBuilder } from '../report'
import { finalizeCues } from './finalize'
import { clip } from './srt'
import type { AssStyles, ParsedSubtitles, RawCue } from './types'

/*
 * ASS/SSA through ass-compiler (sections, Format lines, styles, v4/v4+). The cue text is taken from the
 * raw Dialogue text and cleaned here:
 * - override blocks {\...} are STRIPPED (our cues are plain text; position/colour come from the project
 *   style) and each stripped cue gets a warning listing what was removed;
 * - vector drawings ({\p1} … {\p0}) are removed with the tags;
 * - \N and \n → newline, \h → no-break space (U+00A0).
 * Comment: lines are ignored. ass-compiler returns an empty object for a malformed Dialogue line; those
 * are reported as skipped with their line number (found by scanning the file's Dialogue lines in order).
 */
export function parseAss(text: string): ParsedSubtitles {
  const report = new ReportBuilder()
  const dialogueLines = findDialogueLines(text)
  let script: ReturnType<typeof parseAssScript>
  try {
    script = parseAssScript(text)
  } catch (err) {
    report.add(0, 'skipped', `not a readable ASS/SSA script: ${err instanceof Error ? err.message : String(err)}`)
    return { format: 'ass', cues: [], report: report.build(0) }
  }
  const raw: RawCue[] = []
  script.events.dialogue.forEach((d, i) => {
    const line = dialogueLines[i] ?? 0
    if (!d || !d.Text || typeof d.Start !== 'number' || typeof d.End !== 'number' || Number.isNaN(d.Start) || Number.isNaN(d.End)) {
      report.add(line, 'skipped', 'Dialogue line has too few fields or unreadable times')
      return
    }
    const cleaned = cleanAssText(d.Text.raw)
    if (cleaned.removed.length) report.add(line, 'warning', `override tags removed: ${clip(cleaned.removed.join(''))}`)
    const cue: RawCue = { line, startMs: Math.round(d.Start * 1000), endMs: Math.round(d.End * 1000), text: cleaned.text }
    if (d.Name) cue.speaker = d.Name
    raw.push(cue)
  })
  const cues = finalizeCues(raw, report)
  const styles: AssStyles = { format: script.styles.format ?? [], styles: (script.styles.style ?? []).map((s) => ({ ...s })) }
  return { format: 'ass', cues, report: report.build(cues.length), ass: { styles, info: { ...script.info } } }
}

function findDialogueLines(text: string): number[] {
  const lines: number[] = []
  const re = /^[ \t]*Dialogue[ \t]*:/gm
  // Count line breaks up to each match; the same CR/LF/CRLF rules as LineReader.
  let lineNo = 1
  let from = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lineNo += countBreaks(text, from, m.index)
    from = m.index
    lines.push(lineNo)
  }
  return lines
}

function countBreaks(text: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) n++
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++
  }
  return n
}

export function cleanAssText(raw: string): { text: string; removed: string[] } {
  const removed: string[] = []
  let drawing = false
  let out = ''
  let i = 0
  while (i < raw.length) {
    const open = raw.indexOf('{', i)
    const chunk = open < 0 ? raw.slice(i) : raw.slice(i, open)
    if (!drawing) out += chunk
    if (open < 0) break
    const close = raw.indexOf('}', open)
    if (close < 0) {
      // An unclosed brace is text, as libass renders it.
      if (!drawing) out += raw.slice(open)
      break
    }
    const block = raw.slice(open, close + 1)
    removed.push(block)
    const p = /\\p(\d+)/.exec(block)
    if (p) drawing = p[1] !== '0'
    i = close + 1
  }
  const text = out.replace(/\\[Nn]/g, '\n').replace(/\\h/g, '\u00a0')
  return { text, removed }
}

const DEFAULT_STYLE_FORMAT = ['Name', 'Fontname', 'Fontsize', 'PrimaryColour', 'SecondaryColour', 'OutlineColour', 'BackColour', 'Bold', 'Italic', 'Underline', 'StrikeOut', 'ScaleX', 'ScaleY', 'Spacing', 'Angle', 'BorderStyle', 'Outline', 'Shadow', 'Alignment', 'MarginL', 'MarginR', 'MarginV', 'Encoding']
const DEFAULT_STYLE = 'Default,Noto Sans,64,&H00FFFFFF,&H000000FF,&H00000000,&H80000000,0,0,0,0,100,100,0,0,1,4,0,2,40,40,60,1'

export interface AssSerializeOptions {
  styles?: AssStyles
  playResX?: number
  playResY?: number
  title?: string
}

/** Writes an ASS (v4.00+) script. Times are centiseconds in ASS, so milliseconds are rounded to 10 ms. */
export function serializeAss(cues: readonly Cue[], options: AssSerializeOptions = {}): string {
  const styleFormat = options.styles?.format.length ? options.styles.format : DEFAULT_STYLE_FORMAT
  const styleLines = options.styles?.styles.length
    ? options.styles.styles.map((s) => `Style: ${styleFormat.map((f) => (s[f] ?? '').replace(/[,\n\r]/g, ' ')).join(',')}`)
    : [`Style: ${DEFAULT_STYLE}`]
  const styleName = options.styles?.styles[0]?.Name ?? 'Default'
  const lines = [
    '[Script Info]',
    `Title: ${(options.title ?? 'Kindframe').replace(/[\n\r]/g, ' ')}`,
    'ScriptType: v4.00+',
    'WrapStyle: 0',
    'ScaledBorderAndShadow: yes',
    `PlayResX: ${options.playResX ?? 1080}`,
    `PlayResY: ${options.playResY ?? 1920}`,
    '',
    '[V4+ Styles]',
    `Format: ${styleFormat.join(', ')}`,
    ...styleLines,
    '',
    '[Events]',
    'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
    ...cues.map((c) => `Dialogue: 0,${assTime(c.startMs)},${assTime(c.endMs)},${styleName},${(c.speaker ?? '').replace(/[,\n\r]/g, ' ')},0,0,0,,${escapeAssText(c.text)}`)
  ]
  return lines.join('\n') + '\n'
}

/**
 * ASS has no escape for braces: libass and ass-compiler both start an override block at any '{'. So
 * user text could inject tags; braces become the full-width lookalikes ｛ ｝ and backslashes that would
 * form \N, \n or \h get a word joiner (U+2060) after them, so the text renders as typed.
 */
export function escapeAssText(text: string): string {
  return text
    .replace(/\\(?=[Nnh])/g, '\\\u2060')
    .replace(/\{/g, '\uff5b')
    .replace(/\}/g, '\uff5d')
    .replace(/\r?\n/g, '\\N')
}

export function assTime(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10))
  const h = Math.floor(cs / 360_000)
  const m = Math.floor((cs % 360_000) / 6000)
  const s = Math.floor((cs % 6000) / 100)
  return `${h}:${pad(m, 2)}:${pad(s, 2)}.${pad(cs % 100, 2)}`
}
