import type { Cue } from '../../project/schema'
import { writeSrtText, readSrtText } from '../rich/srt-markup'
import { ReportBuilder } from '../report'
import { finalizeCues } from './finalize'
import { formatSrtTimestamp, parseSrtTimingAt, SRT_COORDS, type SrtTiming } from './srt-timing'
import { clip } from './text-clip'
import { lineIndex } from './line-index'
import { rawCue, type ParsedSubtitles, type RawCue } from './types'
import { withoutBlankLines } from './vtt/write'

/*
 * SRT, read the way Subtitle Edit and players read it, with a line-numbered report (docs/subtitles.md):
 * - a cue starts at every TIMING line (srt-timing.ts); the number before it is optional — the line just
 *   before the timing line (or the one before a blank line before it) is taken as the number when it is
 *   a whole number, otherwise the number is reported missing;
 * - everything between one timing line and the next belongs to the first cue: a blank or spaces-only line
 *   inside it no longer ends it (Subtitle Edit keeps such cues whole); trailing blank lines are dropped;
 * - a cue whose timing cannot be read is dropped ALONE, with its line number and its text kept for the
 *   kindness lint; text before the first cue is dropped and reported;
 * - HTML-style tags and `{\an}` become marks and a placement (rich/srt-markup.ts);
 * - display coordinates after the end time are kept (CueNative.srtCoords) and written back.
 */

const INDEX = /^[\s\u200B-\u200F\u2060\uFEFF]*\d+[\s\u200B-\u200F\u2060\uFEFF]*$/

/** True when input[a, b) is empty or whitespace only (printable ASCII answers without allocating). */
function blankAt(input: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = input.charCodeAt(i)
    if (c === 32 || c === 9) continue
    if (c > 32 && c < 0x85) return false
    return input.slice(i, b).trim() === ''
  }
  return true
}

/** True when input[a, b) is a cue number: digits, maybe with spaces and invisible characters around them. */
function indexAt(input: string, a: number, b: number): boolean {
  if (a >= b) return false
  for (let i = a; i < b; i++) {
    const c = input.charCodeAt(i)
    if (c < 48 || c > 57) return INDEX.test(input.slice(a, b))
  }
  return true
}

export function parseSrt(source: string): ParsedSubtitles {
  const report = new ReportBuilder()
  const input = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source
  const hasCR = input.indexOf('\r') >= 0
  // Lines as offsets, not strings: most lines (numbers, timings, blanks) never need to be copied.
  const { starts, ends, count } = lineIndex(input)
  const lineText = (k: number) => input.slice(starts[k], ends[k])
  const blank = (k: number) => blankAt(input, starts[k], ends[k])
  const raw: RawCue[] = []
  // The lines of a cue are contiguous: from its timing line + 1 up to the next timing line (minus that
  // cue's number). The text is sliced once per cue.
  let cueTiming: SrtTiming | string | null = null
  let cueIndex = -1
  let textFrom = 0

  /** Where the text before a timing line at `timingIndex` ends (-1 - end when there is no number). */
  const numberStart = (from: number, timingIndex: number): number => {
    let k = timingIndex - 1
    if (k >= from && blank(k)) k-- // one blank line between number and timing
    if (k >= from && indexAt(input, starts[k], ends[k])) {
      if (k === timingIndex - 2)
        report.add(k + 1, 'repaired', 'blank line between the cue number and its timing line ignored')
      return k
    }
    return -1 - timingIndex
  }

  /** The text of lines [from, end): one slice when no line needs its end trimmed. */
  const textOf = (from: number, end: number): { body: string; blankInside: number } => {
    let blankInside = 0
    let trimmed = false
    for (let k = from; k < end; k++) {
      if (!blankInside && blank(k)) blankInside = k + 1
      const last = input.charCodeAt(ends[k] - 1)
      if (ends[k] > starts[k] && (last === 32 || last === 9)) trimmed = true
    }
    if (from >= end) return { body: '', blankInside }
    if (!trimmed) {
      const slice = input.slice(starts[from], ends[end - 1])
      return { body: hasCR ? slice.replace(/\r\n?/g, '\n') : slice, blankInside }
    }
    let body = ''
    for (let k = from; k < end; k++) body += (k === from ? '' : '\n') + lineText(k).replace(/[ \t]+$/, '')
    return { body, blankInside }
  }

  const close = (timingIndex: number, timing: SrtTiming | string, from: number, to: number) => {
    let end = to
    while (end > from && blank(end - 1)) end--
    const { body, blankInside } = textOf(from, end)
    if (typeof timing === 'string') {
      report.add(
        timingIndex + 1,
        'dropped',
        `cue dropped: ${timing}${body ? `: "${clip(body.replace(/\n/g, ' '))}"` : ''}`
      )
      raw.push(rawCue(timingIndex + 1, NaN, NaN, readSrtText(body).text, true))
      return
    }
    if (blankInside)
      report.add(
        blankInside,
        'guessed',
        'blank line inside a cue: the lines after it are read as more text of the cue (as Subtitle Edit does)'
      )
    for (const f of timing.fixes) report.add(timingIndex + 1, f.kind, f.message)
    const rich = readSrtText(body)
    for (const note of rich.notes) report.add(timingIndex + 1, 'dropped', note)
    const cue = rawCue(timingIndex + 1, timing.startMs, timing.endMs, rich.text)
    if (rich.marks) cue.marks = rich.marks
    if (rich.place) cue.place = rich.place
    const rest = timing.rest
    if (rest) {
      if (SRT_COORDS.test(rest)) cue.native = { srtCoords: rest.replace(/\s+/g, ' ') }
      else report.add(timingIndex + 1, 'dropped', `text after the end time ignored: "${clip(rest)}"`)
    }
    raw.push(cue)
  }

  const stray = (from: number, end: number) => {
    let k = from
    while (k < end && blank(k)) k++
    if (k >= end) return
    const lines: string[] = []
    for (let j = k; j < end; j++) if (!blank(j)) lines.push(lineText(j))
    report.add(
      k + 1,
      'dropped',
      `text before the first cue ignored (${lines.length} line${lines.length === 1 ? '' : 's'}): "${clip(lines[0])}"`
    )
    raw.push(rawCue(k + 1, NaN, NaN, textOf(k, end).body.trim(), true))
  }

  for (let i = 0; i < count; i++) {
    const a = starts[i]
    const b = ends[i]
    if (b - a < 10) continue
    const gt = input.indexOf('>', a)
    if (gt < 0 || gt >= b) continue
    const timing = parseSrtTimingAt(input, a, b)
    if (timing === null) continue
    const n = numberStart(textFrom, i)
    const end = n >= 0 ? n : -1 - n
    if (n < 0) report.add(i + 1, 'repaired', 'cue number missing')
    if (cueTiming !== null) {
      if (end > textFrom && !blank(end - 1))
        report.add(i + 1, 'repaired', 'blank line missing before this cue; the previous cue ends here')
      close(cueIndex, cueTiming, textFrom, end)
    } else stray(textFrom, end)
    cueTiming = timing
    cueIndex = i
    textFrom = i + 1
  }
  if (cueTiming !== null) {
    // A number with nothing after it at the very end: the start of a cue that never came.
    let end = count
    while (end > textFrom && blank(end - 1)) end--
    if (end - 2 >= textFrom && indexAt(input, starts[end - 1], ends[end - 1]) && blank(end - 2)) {
      report.add(end, 'dropped', `cue number ${lineText(end - 1).trim()} without a timing line ignored`)
      end--
    }
    close(cueIndex, cueTiming, textFrom, end)
  } else stray(0, count)
  const { cues, dropped } = finalizeCues(raw, report)
  return { format: 'srt', cues, dropped, report: report.build(cues.length) }
}

export interface SerializeOptions {
  /** Line ending; SRT is traditionally CRLF, LF is accepted everywhere. */
  eol?: '\n' | '\r\n'
}

// SRT has no escapes: "-->" in the text would be read as a timing line, so it gets an invisible word
// joiner (U+2060) after "--"; "<" that would start one of the tags we read gets one after it.
function srtEscape(text: string): string {
  return text
    .replace(/-->/g, '--\u2060>')
    .replace(/<(?=\s*\/?\s*(?:[ibus]|font)\b)/gi, '<\u2060')
    .replace(/\{(?=\\)/g, '{\u2060')
}

export function serializeSrt(cues: readonly Cue[], options: SerializeOptions = {}): string {
  const eol = options.eol ?? '\n'
  const parts: string[] = []
  cues.forEach((c, i) => {
    const coords = c.native?.srtCoords ? ` ${c.native.srtCoords}` : ''
    const text = withoutBlankLines(writeSrtText(c.text, c.marks, c.place, srtEscape))
    parts.push(`${i + 1}\n${formatSrtTimestamp(c.startMs)} --> ${formatSrtTimestamp(c.endMs)}${coords}\n${text}\n`)
  })
  const out = parts.join('\n')
  return eol === '\n' ? out : out.replace(/\n/g, eol)
}
