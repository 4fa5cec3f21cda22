import type { Cue } from '../../project/schema'
import { writeSrtText, readSrtText } from '../rich/srt-markup'
import { ReportBuilder } from '../report'
import { finalizeCues } from './finalize'
import { formatSrtTimestamp, parseSrtTiming, SRT_COORDS, type SrtTiming } from './srt-timing'
import { clip } from './text-clip'
import type { ParsedSubtitles, RawCue } from './types'
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

/** A cue number line: digits, maybe with spaces and invisible characters around them. */
function isIndex(line: string): boolean {
  let digits = line.length > 0
  for (let i = 0; i < line.length && digits; i++) {
    const c = line.charCodeAt(i)
    digits = c >= 48 && c <= 57
  }
  return digits || INDEX.test(line)
}

/** Empty or whitespace only; printable ASCII first (nearly every text line) answers without trimming. */
function isBlank(s: string): boolean {
  if (s.length === 0) return true
  const c = s.charCodeAt(0)
  if (c > 32 && c < 0x85) return false
  return s.trim() === ''
}

/** A line without trailing spaces or tabs (Subtitle Edit trims line ends). */
function trimEnd(line: string): string {
  const last = line.charCodeAt(line.length - 1)
  return last === 32 || last === 9 ? line.replace(/[ \t]+$/, '') : line
}

export function parseSrt(source: string): ParsedSubtitles {
  const report = new ReportBuilder()
  const input = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source
  const lines = input.indexOf('\r') < 0 ? input.split('\n') : input.split(/\r\n|\r|\n/)
  const raw: RawCue[] = []
  // The lines of a cue are contiguous: from its timing line + 1 up to the next timing line (minus that
  // cue's number). Indices only; strings are joined once per cue.
  let cueTiming: SrtTiming | string | null = null
  let cueIndex = -1
  let textFrom = 0

  /** Where the text before a timing line at `timingIndex` ends: without trailing blanks and the next cue's number. */
  const numberStart = (from: number, timingIndex: number): { end: number; numbered: boolean } => {
    let k = timingIndex - 1
    if (k >= from && isBlank(lines[k])) k-- // one blank line between number and timing
    if (k >= from && isIndex(lines[k])) {
      if (k === timingIndex - 2) report.add(k + 1, 'repaired', 'blank line between the cue number and its timing line ignored')
      return { end: k, numbered: true }
    }
    return { end: timingIndex, numbered: false }
  }

  const close = (timingIndex: number, timing: SrtTiming | string, from: number, to: number) => {
    let end = to
    while (end > from && isBlank(lines[end - 1])) end--
    let body = ''
    let blankInside = 0
    for (let k = from; k < end; k++) {
      const line = lines[k]
      if (!blankInside && isBlank(line)) blankInside = k + 1
      body += k === from ? trimEnd(line) : '\n' + trimEnd(line)
    }
    if (typeof timing === 'string') {
      report.add(timingIndex + 1, 'dropped', `cue dropped: ${timing}${body ? `: "${clip(body.replace(/\n/g, ' '))}"` : ''}`)
      raw.push({ line: timingIndex + 1, startMs: NaN, endMs: NaN, text: readSrtText(body).text, invalid: true })
      return
    }
    if (blankInside) report.add(blankInside, 'guessed', 'blank line inside a cue: the lines after it are read as more text of the cue (as Subtitle Edit does)')
    for (const f of timing.fixes) report.add(timingIndex + 1, f.kind, f.message)
    const rich = readSrtText(body)
    for (const note of rich.notes) report.add(timingIndex + 1, 'dropped', note)
    const cue: RawCue = { line: timingIndex + 1, startMs: timing.startMs, endMs: timing.endMs, text: rich.text }
    if (rich.marks) cue.marks = rich.marks
    if (rich.place) cue.place = rich.place
    const rest = timing.rest
    if (rest) {
      if (SRT_COORDS.test(rest)) cue.native = { srtCoords: rest.replace(/\s+/g, ' ') }
      else report.add(timingIndex + 1, 'dropped', `text after the end time ignored: "${clip(rest)}"`)
    }
    raw.push(cue)
  }

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const timing = line.length >= 10 && line.indexOf('>') > 0 ? parseSrtTiming(line) : null
    if (timing === null) continue
    const { end, numbered } = numberStart(textFrom, i)
    if (!numbered) report.add(i + 1, 'repaired', 'cue number missing')
    if (cueTiming !== null) {
      if (end > textFrom && !isBlank(lines[end - 1])) report.add(i + 1, 'repaired', 'blank line missing before this cue; the previous cue ends here')
      close(cueIndex, cueTiming, textFrom, end)
    } else {
      let k = textFrom
      while (k < end && isBlank(lines[k])) k++
      if (k < end) {
        const stray = lines.slice(k, end).filter((l) => !isBlank(l))
        report.add(k + 1, 'dropped', `text before the first cue ignored (${stray.length} line${stray.length === 1 ? '' : 's'}): "${clip(stray[0])}"`)
        raw.push({ line: k + 1, startMs: NaN, endMs: NaN, text: lines.slice(k, end).join('\n').trim(), invalid: true })
      }
    }
    cueTiming = timing
    cueIndex = i
    textFrom = i + 1
  }
  if (cueTiming !== null) {
    // A number with nothing after it at the very end: the start of a cue that never came.
    let end = lines.length
    while (end > textFrom && isBlank(lines[end - 1])) end--
    if (end - 2 >= textFrom && isIndex(lines[end - 1]) && isBlank(lines[end - 2])) {
      report.add(end, 'dropped', `cue number ${lines[end - 1].trim()} without a timing line ignored`)
      end--
    }
    close(cueIndex, cueTiming, textFrom, end)
  } else {
    let k = 0
    while (k < lines.length && isBlank(lines[k])) k++
    if (k < lines.length) {
      const stray = lines.slice(k).filter((l) => !isBlank(l))
      report.add(k + 1, 'dropped', `text before the first cue ignored (${stray.length} line${stray.length === 1 ? '' : 's'}): "${clip(stray[0])}"`)
      raw.push({ line: k + 1, startMs: NaN, endMs: NaN, text: lines.slice(k).join('\n').trim(), invalid: true })
    }
  }
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
  return text.replace(/-->/g, '--\u2060>').replace(/<(?=\s*\/?\s*(?:[ibus]|font)\b)/gi, '<\u2060').replace(/\{(?=\\)/g, '{\u2060')
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
