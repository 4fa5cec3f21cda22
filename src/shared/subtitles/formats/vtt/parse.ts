import type { TrackNative, VttRegion } from '../../../project/schema'
import { placementFromVtt } from '../../rich/placement'
import { ReportBuilder } from '../../report'
import { finalizeCues } from '../finalize'
import { clip } from '../text-clip'
import type { ParsedSubtitles, RawCue } from '../types'
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
  const signature = 'not a WebVTT file: the first line must be "WEBVTT", alone or followed by a space or tab and more text'
  if (input.length < 6) return fail(signature)
  if (input.length === 6 && input !== 'WEBVTT') return fail(signature)
  if (input.length > 6 && (!input.startsWith('WEBVTT') || (input[6] !== ' ' && input[6] !== '\t' && input[6] !== '\n'))) return fail(signature)

  let pos = 6
  let lineNo = 1
  let seenCue = false
  const regions: VttRegion[] = []
  const native: NonNullable<TrackNative['vtt']> = {}
  const raw: RawCue[] = []
  let notes: string[] = []
  let looks: Map<string, ClassLook> | undefined

  // Step 7: collect the rest of the first line.
  let eol = input.indexOf('\n', pos)
  const headerText = input.slice(pos, eol < 0 ? input.length : eol)
  if (headerText) native.header = headerText
  pos = eol < 0 ? input.length : eol
  const done = () => {
    if (notes.length) native.trailingNotes = notes
    const cues = finalizeCues(raw, report)
    const out: ParsedSubtitles = { format: 'vtt', cues: cues.cues, dropped: cues.dropped, report: report.build(cues.cues.length), cueLines: cues.lines }
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
    let buffer = ''
    let seenEOF = false
    let seenArrow = false
    let cue: RawCue | null = null
    let cueFailed: { line: number; text: string } | null = null
    let style = false
    let region = false
    const firstLine = lineNo
    let timingLine: number | undefined
    for (;;) {
      // Collect a line.
      const lf = input.indexOf('\n', pos)
      const end = lf < 0 ? input.length : lf
      const line = input.slice(pos, end)
      const thisLine = lineNo
      lineCount++
      pos = end
      if (pos >= input.length) seenEOF = true
      else {
        pos++
        lineNo++
      }
      if (line.indexOf('-->') >= 0) {
        if (!inHeader && (lineCount === 1 || (lineCount === 2 && !seenArrow))) {
          seenArrow = true
          previousPosition = pos
          previousLine = lineNo
          // Cue creation: identifier = buffer; then collect timings and settings (failure → no cue).
          const timing = collectTimingsAndSettings(line, regions)
          if (timing) {
            cue = { line: thisLine, startMs: timing.startMs, endMs: timing.endMs, text: '' }
            if (buffer !== '') cue.id = buffer
            timingLine = thisLine
            const settings = Object.keys(timing.settings).length ? timing.settings : undefined
            if (settings) cue.native = { vtt: settings }
            for (const s of timing.ignored) report.add(thisLine, 'dropped', `cue setting "${clip(s)}" ignored (not valid WebVTT)`)
            buffer = ''
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
      } else if (line === '') break
      else {
        if (!inHeader && lineCount === 2) {
          if (!seenCue && /^STYLE[\t\n\f\r ]*$/.test(buffer)) {
            style = true
            buffer = ''
          } else if (!seenCue && /^REGION[\t\n\f\r ]*$/.test(buffer)) {
            region = true
            buffer = ''
          }
        }
        if (buffer !== '') buffer += '\n'
        buffer += line
        previousPosition = pos
        previousLine = lineNo
      }
      if (seenEOF) break
    }
    if (cue) {
      cue.text = buffer
      return { kind: 'cue', line: firstLine, timingLine, cue, text: buffer }
    }
    if (style) return { kind: 'style', line: firstLine, text: buffer }
    if (region) {
      const parsed = parseRegionSettings(buffer)
      for (const s of parsed.ignored) report.add(firstLine, 'dropped', `region setting "${clip(s)}" ignored (not valid WebVTT)`)
      return { kind: 'region', line: firstLine, text: buffer, regionObject: parsed.region }
    }
    if (cueFailed) {
      report.add(cueFailed.line, 'dropped', `cue dropped: "${clip(cueFailed.text, 60)}" is not a valid WebVTT timing line${/\d,\d/.test(cueFailed.text) ? ' (a comma before the milliseconds is SRT; WebVTT uses a full stop)' : ''}`)
      if (buffer.trim()) raw.push({ line: cueFailed.line, startMs: NaN, endMs: NaN, text: cueTextToRich(buffer).text, invalid: true })
      return { kind: 'failed', line: firstLine, text: buffer }
    }
    return { kind: 'other', line: firstLine, text: buffer }
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
      for (const tag of rich.ignored ?? []) report.add(block.timingLine ?? block.line, 'dropped', `tag <${clip(tag)}> ignored (not a WebVTT tag)`)
      const place = placementFromVtt(cue.native?.vtt)
      if (place) cue.place = place
      if (notes.length) {
        cue.native = { ...(cue.native ?? {}), notes }
        notes = []
      }
      raw.push(cue)
    } else if (block.kind === 'style') (native.styles ??= []).push(block.text)
    else if (block.kind === 'region' && block.regionObject) (native.regions ??= []).push(block.regionObject), regions.push(block.regionObject)
    else if (/^NOTE(?:[ \t\n]|$)/.test(block.text)) notes.push(block.text.slice(4))
    else if (block.text !== '' && /^(?:STYLE|REGION)[\t\n\f\r ]*(?:\n|$)/.test(block.text) && seenCue) {
      report.add(block.line, 'dropped', `${block.text.slice(0, block.text.search(/[\t\n\f\r ]|$/))} block after the first cue ignored (WebVTT allows them only before cues)`)
    } else if (block.kind === 'other' && block.text !== '') {
      report.add(block.line, 'dropped', `block without a timing line ignored: "${clip(block.text.split('\n')[0])}"`)
      raw.push({ line: block.line, startMs: NaN, endMs: NaN, text: cueTextToRich(block.text).text, invalid: true })
    }
    // Collect a sequence of LFs.
    skipNewlines()
  }
  return done()
}
