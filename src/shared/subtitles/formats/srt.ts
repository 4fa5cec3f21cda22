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

interface Pending {
  /** Line of the timing line. */
  line: number
  timing: SrtTiming | string
  /** Text lines with their line numbers. */
  text: { text: string; line: number }[]
}

export function parseSrt(source: string): ParsedSubtitles {
  const report = new ReportBuilder()
  const input = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source
  const lines = input.split(/\r\n|\r|\n/)
  const raw: RawCue[] = []
  let current: Pending | null = null
  const orphans: { text: string; line: number }[] = []

  /** Takes the next cue's number off the end of the lines before a timing line at `timingIndex`. */
  const takeNumber = (list: { text: string; line: number }[], timingIndex: number): boolean => {
    let k = list.length - 1
    if (k >= 0 && list[k].text.trim() === '' && list[k].line === timingIndex) k-- // one blank line between number and timing
    if (k < 0) return false
    const cand = list[k]
    if (!INDEX.test(cand.text)) return false
    const gapLines = timingIndex + 1 - cand.line
    if (gapLines === 2) report.add(cand.line, 'repaired', 'blank line between the cue number and its timing line ignored')
    if (gapLines > 2) return false
    list.length = k
    return true
  }

  const close = (p: Pending) => {
    const text = p.text
    while (text.length && text[text.length - 1].text.trim() === '') text.pop()
    let blankInside = 0
    for (const t of text) if (t.text.trim() === '') blankInside = blankInside || t.line
    const body = text.map((t) => t.text.replace(/[ \t]+$/, '')).join('\n')
    if (typeof p.timing === 'string') {
      report.add(p.line, 'dropped', `cue dropped: ${p.timing}${body ? `: "${clip(body.replace(/\n/g, ' '))}"` : ''}`)
      raw.push({ line: p.line, startMs: NaN, endMs: NaN, text: readSrtText(body).text, invalid: true })
      return
    }
    if (blankInside) report.add(blankInside, 'guessed', 'blank line inside a cue: the lines after it are read as more text of the cue (as Subtitle Edit does)')
    for (const f of p.timing.fixes) report.add(p.line, f.kind, f.message)
    const rich = readSrtText(body)
    for (const note of rich.notes) report.add(p.line, 'dropped', note)
    const cue: RawCue = { line: p.line, startMs: p.timing.startMs, endMs: p.timing.endMs, text: rich.text }
    if (rich.marks) cue.marks = rich.marks
    if (rich.place) cue.place = rich.place
    const rest = p.timing.rest
    if (rest) {
      if (SRT_COORDS.test(rest)) cue.native = { srtCoords: rest.replace(/\s+/g, ' ') }
      else report.add(p.line, 'dropped', `text after the end time ignored: "${clip(rest)}"`)
    }
    raw.push(cue)
  }

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const timing = line.length >= 10 && line.indexOf('>') > 0 ? parseSrtTiming(line) : null
    if (timing === null) {
      const entry = { text: line, line: i + 1 }
      if (current) current.text.push(entry)
      else orphans.push(entry)
      continue
    }
    const before = current ? current.text : orphans
    const numbered = takeNumber(before, i)
    if (!numbered) report.add(i + 1, 'repaired', 'cue number missing')
    const last = before[before.length - 1]
    if (current && last && last.text.trim() !== '' && last.line >= i - 1) report.add(i + 1, 'repaired', 'blank line missing before this cue; the previous cue ends here')
    if (current) close(current)
    current = { line: i + 1, timing, text: [] }
  }
  if (current) {
    // A number with nothing after it at the very end: the start of a cue that never came.
    const t = current.text
    let k = t.length - 1
    while (k >= 0 && t[k].text.trim() === '') k--
    if (k >= 1 && INDEX.test(t[k].text) && t[k - 1].text.trim() === '') {
      report.add(t[k].line, 'dropped', `cue number ${t[k].text.trim()} without a timing line ignored`)
      t.length = k
    }
    close(current)
  }
  const stray = orphans.filter((o) => o.text.trim() !== '')
  if (stray.length) {
    report.add(stray[0].line, 'dropped', `text before the first cue ignored (${stray.length} line${stray.length === 1 ? '' : 's'}): "${clip(stray[0].text)}"`)
    raw.push({ line: stray[0].line, startMs: NaN, endMs: NaN, text: stray.map((o) => o.text).join('\n'), invalid: true })
  }
  const { cues, dropped, lines: cueLines } = finalizeCues(raw, report)
  return { format: 'srt', cues, dropped, report: report.build(cues.length), cueLines }
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
