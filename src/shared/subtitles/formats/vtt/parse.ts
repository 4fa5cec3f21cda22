import type { TrackNative, VttRegion } from '../../../project/schema'
import { placementFromVtt } from '../../rich/placement'
import { ReportBuilder } from '../../report'
import { finalizeCues } from '../finalize'
import { clip } from '../text-clip'
import { rawCue, type ParsedSubtitles, type RawCue } from '../types'
import { applyClassLooks, classLooks, type ClassLook } from './css'
import { cueTextToRich } from './cue-text'
import { collectTimingsAndSettings, parseRegionSettings } from './settings'

/*
 * The WebVTT parser algorithm (W3C WebVTT § 6.1), step by step; comments quote the step they implement.
 * What Kindframe adds on top never changes which cues the algorithm finds:
 * - a line-numbered report of everything the algorithm ignores or drops (blocks, settings, tags);
 * - the header text and header lines, NOTE blocks (attached to the next cue), STYLE blocks and regions
 *   are kept for a round trip;
 * - cues are then checked like every format's (finalize.ts): a cue that ends before it starts is
 *   reported and its text kept for the kindness lint.
 */

interface Block {
  kind: 'cue' | 'style' | 'region' | 'failed' | 'other'
  /** Line number of the block's first line. */
  line: number
  /** The cue's timing line. */
  timingLine?: number
  cue?: RawCue
  text: string
  regionObject?: VttRegion
}

/** A block's buffer: what was set aside (`head`) and the run of input lines after it. */
function bufferText(input: string, head: string, start: number, end: number): string {
  return start < 0 ? head : head + input.slice(start, end)
}

export function parseVtt(source: string): ParsedSubtitles {
  const report = new ReportBuilder()
  // Step 1: the string after UTF-8 decode (which drops a byte order mark), NULs → U+FFFD, CRLF and CR → LF.
  let input = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source
  if (input.indexOf('\0') >= 0) {
    report.add(0, 'repaired', 'NUL characters replaced by U+FFFD (as the WebVTT parser does)')
    input = input.replace(/\0/g, '\ufffd')
  }
  if (input.indexOf('\r') >= 0) input = input.replace(/\r\n?/g, '\n')
  const fail = (message: string): ParsedSubtitles => {
    report.add(1, 'dropped', message)
    return { format: 'vtt', cues: [], dropped: [], report: report.build(0) }
  }
  // Steps 4–6: the file signature.
  const signature =
    'not a WebVTT file: the first line must be "WEBVTT", alone or followed by a space or tab and more text'
  if (input.length < 6) return fail(signature)
  if (input.length === 6 && input !== 'WEBVTT') return fail(signature)
  if (input.length > 6 && (!input.startsWith('WEBVTT') || (input[6] !== ' ' && input[6] !== '\t' && input[6] !== '\n')))
    return fail(signature)

  let pos = 6
  let lineNo = 1
  let seenCue = false
  const regions: VttRegion[] = []
  const native: NonNullable<TrackNative['vtt']> = {}
  const raw: RawCue[] = []
  let notes: string[] = []
  let looks: Map<string, ClassLook> | undefined

  // Step 7: collect the rest of the first line.
  const eol = input.indexOf('\n', pos)
  const headerText = input.slice(pos, eol < 0 ? input.length : eol)
  if (headerText) native.header = headerText
  pos = eol < 0 ? input.length : eol
  const done = () => {
    if (notes.length) native.trailingNotes = notes
    const cues = finalizeCues(raw, report)
    const out: ParsedSubtitles = {
      format: 'vtt',
      cues: cues.cues,
      dropped: cues.dropped,
      report: report.build(cues.cues.length)
    }
    if (Object.keys(native).length) out.native = { vtt: native }
    return out
  }
  // Steps 8–10.
  if (pos >= input.length) return done()
  pos++
  lineNo++
  if (pos >= input.length) return done()

  /** "collect a WebVTT block", with the line numbers the report needs. */
  const collectBlock = (inHeader: boolean): Block => {
    let lineCount = 0
    let previousPosition = pos
    let previousLine = lineNo
    // The buffer is nearly always a run of whole lines of the input (they are joined by LF, as in the
    // input): kept as a range, turned into a string once. A line skipped inside it (a failed timing
    // line) moves the part before it into `bufferHead`.
    let bufferHead = ''
    let bufferStart = -1
    let bufferEnd = -1
    let seenEOF = false
    let seenArrow = false
    let cue: RawCue | null = null
    let cueFailed: { line: number; text: string } | null = null
    let style = false
    let region = false
    const firstLine = lineNo
    let timingLine: number | undefined
    for (;;) {
      // Collect a line: input[lineStart, end).
      const lf = input.indexOf('\n', pos)
      const end = lf < 0 ? input.length : lf
      const lineStart = pos
      const thisLine = lineNo
      lineCount++
      pos = end
      if (pos >= input.length) seenEOF = true
      else {
        pos++
        lineNo++
      }
      const arrow = input.indexOf('-->', lineStart)
      if (arrow >= 0 && arrow + 3 <= end) {
        if (!inHeader && (lineCount === 1 || (lineCount === 2 && !seenArrow))) {
          seenArrow = true
          previousPosition = pos
          previousLine = lineNo
          // Cue creation: identifier = buffer; then collect timings and settings (failure → no cue).
          const line = input.slice(lineStart, end)
          const timing = collectTimingsAndSettings(line, regions)
          if (timing) {
            const id = bufferText(input, bufferHead, bufferStart, bufferEnd)
            cue = rawCue(thisLine, timing.startMs, timing.endMs, '')
            if (id !== '') cue.id = id
            timingLine = thisLine
            for (const _setting in timing.settings) {
              cue.native = { vtt: timing.settings }
              break
            }
            for (const s of timing.ignored)
              report.add(thisLine, 'dropped', `cue setting "${clip(s)}" ignored (not valid WebVTT)`)
            bufferHead = ''
            bufferStart = -1
            seenCue = true
          } else {
            cue = null
            cueFailed = { line: thisLine, text: line }
          }
        } else {
          pos = previousPosition
          lineNo = previousLine
          break
        }
      } else if (end === lineStart) break
      else {
        if (!inHeader && lineCount === 2 && !seenCue) {
          const b = bufferText(input, bufferHead, bufferStart, bufferEnd)
          if (/^STYLE[\t\n\f\r ]*$/.test(b)) {
            style = true
            bufferHead = ''
            bufferStart = -1
          } else if (/^REGION[\t\n\f\r ]*$/.test(b)) {
            region = true
            bufferHead = ''
            bufferStart = -1
          }
        }
        if (bufferStart < 0) {
          if (bufferHead !== '') bufferHead += '\n'
          bufferStart = lineStart
          bufferEnd = end
        } else if (lineStart === bufferEnd + 1) bufferEnd = end
        else {
          bufferHead = bufferText(input, bufferHead, bufferStart, bufferEnd) + '\n'
          bufferStart = lineStart
          bufferEnd = end
        }
        previousPosition = pos
        previousLine = lineNo
      }
      if (seenEOF) break
    }
    const text = bufferText(input, bufferHead, bufferStart, bufferEnd)
    if (cue) {
      cue.text = text
      return { kind: 'cue', line: firstLine, timingLine, cue, text }
    }
    if (style) return { kind: 'style', line: firstLine, text }
    if (region) {
      const parsed = parseRegionSettings(text)
      for (const s of parsed.ignored)
        report.add(firstLine, 'dropped', `region setting "${clip(s)}" ignored (not valid WebVTT)`)
      return { kind: 'region', line: firstLine, text, regionObject: parsed.region }
    }
    if (cueFailed) {
      report.add(
        cueFailed.line,
        'dropped',
        `cue dropped: "${clip(cueFailed.text, 60)}" is not a valid WebVTT timing line${/\d,\d/.test(cueFailed.text) ? ' (a comma before the milliseconds is SRT; WebVTT uses a full stop)' : ''}`
      )
      if (text.trim()) raw.push(rawCue(cueFailed.line, NaN, NaN, cueTextToRich(text).text, true))
      return { kind: 'failed', line: firstLine, text }
    }
    return { kind: 'other', line: firstLine, text }
  }

  // Step 11 (Header): a block with the in-header flag, unless the next line is empty.
  if (input[pos] !== '\n') {
    const header = collectBlock(true)
    if (header.text) native.headerLines = header.text.split('\n')
  } else {
    pos++
    lineNo++
  }
  const skipNewlines = () => {
    while (pos < input.length && input[pos] === '\n') {
      pos++
      lineNo++
    }
  }
  // Step 12: collect a sequence of LFs.
  skipNewlines()
  // Step 14: block loop.
  while (pos < input.length) {
    const block = collectBlock(false)
    if (block.kind === 'cue' && block.cue) {
      const cue = block.cue
      const rich = cueTextToRich(cue.text)
      cue.text = rich.text
      looks ??= classLooks(native.styles)
      const marks = applyClassLooks(rich.marks, looks, rich.text.length)
      if (marks) cue.marks = marks
      if (rich.speaker !== undefined) cue.speaker = rich.speaker
      for (const tag of rich.ignored ?? [])
        report.add(block.timingLine ?? block.line, 'dropped', `tag <${clip(tag)}> ignored (not a WebVTT tag)`)
      const place = placementFromVtt(cue.native?.vtt)
      if (place) cue.place = place
      if (notes.length) {
        cue.native = { ...(cue.native ?? {}), notes }
        notes = []
      }
      raw.push(cue)
    } else if (block.kind === 'style') (native.styles ??= []).push(block.text)
    else if (block.kind === 'region' && block.regionObject) {
      ;(native.regions ??= []).push(block.regionObject)
      regions.push(block.regionObject)
    } else if (/^NOTE(?:[ \t\n]|$)/.test(block.text)) notes.push(block.text.slice(4))
    else if (block.text !== '' && /^(?:STYLE|REGION)[\t\n\f\r ]*(?:\n|$)/.test(block.text) && seenCue) {
      report.add(
        block.line,
        'dropped',
        `${block.text.slice(0, block.text.search(/[\t\n\f\r ]|$/))} block after the first cue ignored (WebVTT allows them only before cues)`
      )
    } else if (block.kind === 'other' && block.text !== '') {
      report.add(block.line, 'dropped', `block without a timing line ignored: "${clip(block.text.split('\n')[0])}"`)
      raw.push(rawCue(block.line, NaN, NaN, cueTextToRich(block.text).text, true))
    }
    // Collect a sequence of LFs.
    skipNewlines()
  }
  return done()
}
