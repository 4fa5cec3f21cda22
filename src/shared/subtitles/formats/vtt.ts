import type { Cue } from '../../project/schema'
import { ReportBuilder } from '../report'
import { finalizeCues } from './finalize'
import { LineReader } from './line-reader'
import { clip, type SerializeOptions } from './srt'
import { isTimingLine, parseTimingLine } from './timestamp'
import { cueBlock, withoutBlankLines } from './cue-block'
import type { ParsedSubtitles, RawCue } from './types'

/*
 * WebVTT, written by hand for the same reason as SRT (a line-numbered report). Kept: cue identifiers
 * (as cue ids when unique), <v Speaker> (as the cue's speaker), <i>/<b>/<u> (shared with SRT).
 * Dropped with a warning: cue settings, STYLE/REGION blocks, <c>/<lang>/<ruby>/timestamp tags.
 * NOTE blocks are comments and dropped silently.
 */
export function parseVtt(text: string): ParsedSubtitles {
  const report = new ReportBuilder()
  const reader = new LineReader(text)
  const raw: RawCue[] = []
  const first = reader.peek()
  if (first !== null && /^WEBVTT(?:[ \t].*)?$/.test(first)) {
    skipBlock(reader)
  } else {
    report.add(1, 'repaired', 'the "WEBVTT" header is missing')
  }
  let line: string | null
  while ((line = reader.next()) !== null) {
    if (line.trim() === '') continue
    const blockLine = reader.lineNo
    if (/^NOTE(?:\s|$)/.test(line)) {
      skipBlock(reader)
      continue
    }
    if (/^(STYLE|REGION)\s*$/.test(line)) {
      report.add(blockLine, 'warning', `${line.trim()} block ignored`)
      skipBlock(reader)
      continue
    }
    let id: string | undefined
    let timing = line
    if (!isTimingLine(line)) {
      const next = reader.peek()
      if (next === null || !isTimingLine(next)) {
        report.add(blockLine, 'skipped', `expected a cue timing line, found "${clip(line)}"`)
        skipBlock(reader)
        continue
      }
      id = line.trim()
      timing = reader.next() as string
    }
    const timingLineNo = reader.lineNo
    const parsed = parseTimingLine(timing, '.')
    const lines = readText(reader, report)
    if (typeof parsed === 'string') {
      report.add(timingLineNo, 'skipped', `cue skipped: ${parsed}`)
      continue
    }
    for (const r of parsed.repairs) report.add(timingLineNo, 'repaired', r)
    if (parsed.rest) report.add(timingLineNo, 'warning', `cue settings dropped: "${clip(parsed.rest)}"`)
    const body = decodeCueText(lines.join('\n'), timingLineNo, report)
    raw.push({ line: timingLineNo, startMs: parsed.startMs, endMs: parsed.endMs, text: body.text, speaker: body.speaker, id })
  }
  const cues = finalizeCues(raw, report)
  return { format: 'vtt', cues, report: report.build(cues.length) }
}

function readText(reader: LineReader, report: ReportBuilder): string[] {
  const lines: string[] = []
  for (;;) {
    const next = reader.peek()
    if (next === null || next.trim() === '') return lines
    if (isTimingLine(next)) {
      // An identifier line just before it belongs to the next cue, but it can't be told from text: keep it as text.
      report.add(reader.lineNo + 1, 'repaired', 'blank line missing before this cue; the previous cue ends here')
      return lines
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

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', lrm: '\u200e', rlm: '\u200f', quot: '"', apos: "'" }
const KEPT_TAG = /^<\/?[ibu]>$/

function decodeCueText(text: string, line: number, report: ReportBuilder): { text: string; speaker?: string } {
  let speaker: string | undefined
  let body = text
  const voice = /^<v(?:\.[^\s>]*)?[ \t]+([^>]+)>/.exec(body)
  if (voice) {
    speaker = voice[1].trim()
    body = body.slice(voice[0].length).replace(/<\/v>/g, '')
  }
  const dropped: string[] = []
  body = body.replace(/<[^>\n]*>/g, (tag) => {
    if (KEPT_TAG.test(tag)) return tag
    dropped.push(tag)
    return ''
  })
  if (dropped.length) report.add(line, 'warning', `markup removed: ${clip(dropped.join(' '))}`)
  body = body.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[name] ?? whole
  })
  return speaker === undefined ? { text: body } : { text: body, speaker }
}

export function serializeVtt(cues: readonly Cue[], options: SerializeOptions = {}): string {
  const eol = options.eol ?? '\n'
  const parts = [`WEBVTT${eol}`]
  for (const c of cues) {
    const text = encodeCueText(c.text)
    const voiced = c.speaker ? `<v ${c.speaker.replace(/[<>&\n]/g, ' ')}>${text}` : text
    parts.push(cueBlock(c.id, c.startMs, c.endMs, '.', voiced, eol))
  }
  return parts.join(eol)
}

// '<' and '&' would start markup; blank lines would end the cue. <i>/<b>/<u> stay markup (as in SRT).
function encodeCueText(text: string): string {
  return withoutBlankLines(text)
    .replace(/&/g, '&amp;')
    .replace(/<(?!\/?[ibu]>)/g, '&lt;')
    .replace(/(?<!<\/?[ibu])>/g, '&gt;')
    .replace(/-->/g, '--&gt;')
}
