import type { Cue } from '../../project/schema'
import { ReportBuilder } from '../report'
import { finalizeCues } from './finalize'
import { LineReader } from './line-reader'
import { isTimingLine, parseTimingLine } from './timestamp'
import { cueBlock, withoutBlankLines } from './cue-block'
import type { ParsedSubtitles, RawCue } from './types'

/*
 * SRT is written by hand here rather than with a library: the format is tiny, and what matters is the
 * REPORT — every skipped or repaired line with its number — which the npm SRT parsers (subtitle,
 * srt-parser-2, …) don't give: they silently drop or merge malformed blocks. Strict about what a cue is,
 * forgiving about what is commonly wrong (missing numbers, '.' for ',', missing blank lines, CR line ends).
 */
export function parseSrt(text: string): ParsedSubtitles {
  const report = new ReportBuilder()
  const reader = new LineReader(text)
  const raw: RawCue[] = []
  let line: string | null
  let numberConsumed = false
  while ((line = reader.next()) !== null) {
    if (line.trim() === '') continue
    const blockLine = reader.lineNo
    let timing = line
    if (!isTimingLine(line)) {
      const next = reader.peek()
      if (/^\s*\d+\s*$/.test(line) && next !== null && isTimingLine(next)) {
        timing = reader.next() as string
      } else {
        report.add(blockLine, 'skipped', `expected a cue number or a timing line, found "${clip(line)}"`)
        skipBlock(reader)
        continue
      }
    } else if (!numberConsumed) {
      report.add(blockLine, 'repaired', 'cue number missing')
    }
    const timingLineNo = reader.lineNo
    const parsed = parseTimingLine(timing, ',')
    const { lines: textLines, consumedNumber } = readText(reader, report)
    numberConsumed = consumedNumber
    if (typeof parsed === 'string') {
      report.add(timingLineNo, 'skipped', `cue skipped: ${parsed}`)
      continue
    }
    for (const r of parsed.repairs) report.add(timingLineNo, 'repaired', r)
    if (parsed.rest) report.add(timingLineNo, 'warning', `text after the end time ignored: "${clip(parsed.rest)}"`)
    raw.push({ line: timingLineNo, startMs: parsed.startMs, endMs: parsed.endMs, text: textLines.join('\n') })
  }
  const cues = finalizeCues(raw, report)
  return { format: 'srt', cues, report: report.build(cues.length) }
}

/**
 * Reads cue text up to a blank line. A timing line inside the text means the blank line before the next
 * cue is missing (an "unterminated" cue): the number just before it belongs to the next cue.
 */
function readText(reader: LineReader, report: ReportBuilder): { lines: string[]; consumedNumber: boolean } {
  const lines: string[] = []
  for (;;) {
    const next = reader.peek()
    if (next === null || next.trim() === '') return { lines, consumedNumber: false }
    if (isTimingLine(next)) {
      // peek() did not consume the timing line: the caller's loop reads it as the next cue's start.
      const last = lines[lines.length - 1]
      const hadNumber = last !== undefined && /^\s*\d+\s*$/.test(last)
      if (hadNumber) lines.pop()
      report.add(reader.lineNo + 1, 'repaired', 'blank line missing before this cue; the previous cue ends here')
      return { lines, consumedNumber: hadNumber }
    }
    lines.push(reader.next() as string)
  }
}

function skipBlock(reader: LineReader): void {
  for (;;) {
    const next = reader.peek()
    if (next === null || next.trim() === '') return
    reader.next()
  }
}

export function clip(s: string, max = 40): string {
  return s.length > max ? `${s.slice(0, max)}…` : s
}

export interface SerializeOptions {
  /** Line ending; SRT is traditionally CRLF, LF is accepted everywhere. */
  eol?: '\n' | '\r\n'
}

export function serializeSrt(cues: readonly Cue[], options: SerializeOptions = {}): string {
  const eol = options.eol ?? '\n'
  const parts: string[] = []
  cues.forEach((c, i) => {
    parts.push(cueBlock(String(i + 1), c.startMs, c.endMs, ',', srtText(c.text), eol))
  })
  return parts.join(eol)
}

// SRT has no escapes: a blank line inside a cue would end it, and "-->" in the text would be read as a
// timing line. Blank lines are dropped; "-->" gets an invisible word joiner (U+2060) after "--".
function srtText(text: string): string {
  return withoutBlankLines(text).replace(/-->/g, '--\u2060>')
}
