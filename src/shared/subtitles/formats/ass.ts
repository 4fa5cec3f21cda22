import type { Cue, TrackNative } from '../../project/schema'
import { readAssText, writeAssText, type AssStyleInfo } from '../rich/ass-override'
import { hasKaraoke, karaokeToWords, wordsToKaraokeMarks } from '../../captions/karaoke'
import { parseAssColor } from '../rich/colors'
import { anchorFromSsa } from '../rich/placement'
import { ReportBuilder } from '../report'
import { fastAssTime, formatAssTime, parseAssTime } from './ass-time'
import { finalizeCues } from './finalize'
import { lineIndex } from './line-index'
import { clip } from './text-clip'
import { rawCue, type AssStyles, type ParsedSubtitles, type RawCue } from './types'

/*
 * ASS/SSA, read line by line (one pass, no library: the report needs line numbers and the ASS bench a
 * 10,000-event script in well under 50 ms). Sections [Script Info], [V4+ Styles] / [V4 Styles] and
 * [Events] with their own Format lines; other sections ([Fonts], [Graphics], [Aegisub …]) are reported as
 * not kept. Dialogue text goes through rich/ass-override.ts: italics, bold, underline, strike, colour,
 * \an and \pos become the model's marks and placement — including what the event's STYLE says (an italic
 * style gives italic cues) — and every other override tag is kept verbatim for writing ASS back.
 * Comment: events are not cues; they are counted in the report.
 */

const V4P_STYLE_FORMAT = [
  'Name',
  'Fontname',
  'Fontsize',
  'PrimaryColour',
  'SecondaryColour',
  'OutlineColour',
  'BackColour',
  'Bold',
  'Italic',
  'Underline',
  'StrikeOut',
  'ScaleX',
  'ScaleY',
  'Spacing',
  'Angle',
  'BorderStyle',
  'Outline',
  'Shadow',
  'Alignment',
  'MarginL',
  'MarginR',
  'MarginV',
  'Encoding'
]
const SSA_STYLE_FORMAT = [
  'Name',
  'Fontname',
  'Fontsize',
  'PrimaryColour',
  'SecondaryColour',
  'TertiaryColour',
  'BackColour',
  'Bold',
  'Italic',
  'BorderStyle',
  'Outline',
  'Shadow',
  'Alignment',
  'MarginL',
  'MarginR',
  'MarginV',
  'AlphaLevel',
  'Encoding'
]
const V4P_EVENT_FORMAT = ['Layer', 'Start', 'End', 'Style', 'Name', 'MarginL', 'MarginR', 'MarginV', 'Effect', 'Text']
const SSA_EVENT_FORMAT = ['Marked', 'Start', 'End', 'Style', 'Name', 'MarginL', 'MarginR', 'MarginV', 'Effect', 'Text']
const DEFAULT_STYLE =
  'Default,Noto Sans,64,&H00FFFFFF,&H000000FF,&H00000000,&H80000000,0,0,0,0,100,100,0,0,1,4,0,2,40,40,60,1'

const ESCAPE_OTHER_THAN_N = /\\[^N]/
const HARD_BREAK = /\\N/g

/** libass/VSFilter defaults when a script gives no PlayRes (or only one side). */
export function playRes(x: number | undefined, y: number | undefined): { x: number; y: number } {
  if (x && y) return { x, y }
  if (y) return { x: y === 1024 ? 1280 : Math.round((y * 4) / 3), y }
  if (x) return { x, y: x === 1280 ? 1024 : Math.round((x * 3) / 4) }
  return { x: 384, y: 288 }
}

const truthy = (v: string | undefined) =>
  v !== undefined && v.trim() !== '' && Number(v) !== 0 && !Number.isNaN(Number(v))

/** What a style line means for the rich model. */
export function styleInfo(style: Record<string, string> | undefined, ssa: boolean): AssStyleInfo {
  if (!style) return { italic: false, bold: false, underline: false, strike: false, an: 2 }
  const align = Number(style.Alignment)
  const an = ssa ? (anchorFromSsa(align) ?? 2) : align >= 1 && align <= 9 ? align : 2
  const bold = style.Bold?.trim()
  const info: AssStyleInfo = {
    italic: truthy(style.Italic),
    bold: bold === '-1' || bold === '1' || Number(bold) >= 600,
    underline: truthy(style.Underline),
    strike: truthy(style.StrikeOut),
    an
  }
  const primary = style.PrimaryColour ? parseAssColor(style.PrimaryColour) : undefined
  if (primary) info.primary = primary
  return info
}

type AssCueNative = NonNullable<NonNullable<RawCue['native']>['ass']>

/** A Style field: trimmed, without the "*" some scripts put before a style name (libass ignores it too). */
function styleField(v: string): string {
  const c = v.charCodeAt(0)
  if (c > 32 && c !== 42 && v.charCodeAt(v.length - 1) > 32) return v
  return v.trim().replace(/^\*/, '')
}

/** Field k of a Dialogue line (see the field starts computed in parseAss). */
function field(body: string, starts: Int32Array, k: number): string {
  return body.slice(starts[k], starts[k + 1] - 1)
}

/** A numeric field of a Dialogue line; "0" (nearly always) without allocating. */
function intField(body: string, starts: Int32Array, k: number): number {
  if (k < 0) return 0
  const a = starts[k]
  const b = starts[k + 1] - 1
  if (b - a === 1 && body.charCodeAt(a) === 48) return 0
  if (b - a === 4 && body.startsWith('0000', a)) return 0
  const v = Number.parseInt(body.slice(a, b), 10)
  return Number.isFinite(v) ? v : 0
}

/** The event's style (when not the default), layer, margins and effect, or undefined when all are defaults. */
function assNative(
  body: string,
  starts: Int32Array,
  style: string | undefined,
  iLayer: number,
  iML: number,
  iMR: number,
  iMV: number,
  iEffect: number
): AssCueNative | undefined {
  let native: AssCueNative | undefined
  if (style) native = { style }
  const layer = intField(body, starts, iLayer)
  if (layer) (native ??= {}).layer = layer
  const ml = intField(body, starts, iML)
  if (ml) (native ??= {}).marginL = ml
  const mr = intField(body, starts, iMR)
  if (mr) (native ??= {}).marginR = mr
  const mv = intField(body, starts, iMV)
  if (mv) (native ??= {}).marginV = mv
  if (iEffect >= 0 && starts[iEffect + 1] - 1 > starts[iEffect]) {
    const effect = body.slice(starts[iEffect], starts[iEffect + 1] - 1).trim()
    if (effect) (native ??= {}).effect = effect
  }
  return native
}

function formatLine(body: string): string[] {
  return body.split(',').map((f) => f.trim())
}

export function parseAss(source: string): ParsedSubtitles {
  const report = new ReportBuilder()
  const input = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source
  // Lines as offsets: Dialogue lines (nearly all of a script) are read in place, never copied whole.
  const { starts: lineStarts, ends: lineEnds, count: lineCount } = lineIndex(input)
  const info: [string, string][] = []
  let section = ''
  let ssa = false
  let styleFormat: string[] | undefined
  let eventFormat: string[] | undefined
  const styles: Record<string, string>[] = []
  // Dialogue lines are split in the second pass, once the styles are known: [line, body start, body end, fields].
  const events: number[] = []
  const comments: number[] = []
  for (let i = 0; i < lineCount; i++) {
    if (section === '[events]' && input.startsWith('Dialogue:', lineStarts[i])) {
      const a = lineStarts[i] + 9
      events.push(
        i + 1,
        input.charCodeAt(a) === 32 ? a + 1 : a,
        lineEnds[i],
        (eventFormat ?? (ssa ? SSA_EVENT_FORMAT : V4P_EVENT_FORMAT)).length
      )
      continue
    }
    const line = input.slice(lineStarts[i], lineEnds[i])
    const first = line.charCodeAt(0)
    if (first === 91 /* [ */ || (first <= 32 && line.trimStart().startsWith('['))) {
      const name = line.trim()
      if (/^\[[^\]]*\]$/.test(name)) {
        section = name.toLowerCase()
        if (section === '[v4 styles]') ssa = true
        else if (
          section !== '[script info]' &&
          section !== '[v4+ styles]' &&
          section !== '[v4 styles+]' &&
          section !== '[events]'
        )
          report.add(i + 1, 'dropped', `section ${name} not kept`)
        continue
      }
    }
    if (section === '[events]') {
      const colon = line.indexOf(':')
      if (colon < 0) {
        if (line.trim() && !line.trimStart().startsWith(';'))
          report.add(i + 1, 'dropped', `line ignored: "${clip(line.trim())}"`)
        continue
      }
      const key = line.slice(0, colon).trim()
      const body = line.slice(colon + 1).replace(/^ /, '')
      if (key === 'Format') eventFormat = formatLine(body)
      else if (key === 'Dialogue') {
        // "Dialogue :" (a space before the colon): the body starts after the colon.
        const a = lineStarts[i] + colon + 1
        events.push(
          i + 1,
          input.charCodeAt(a) === 32 ? a + 1 : a,
          lineEnds[i],
          (eventFormat ?? (ssa ? SSA_EVENT_FORMAT : V4P_EVENT_FORMAT)).length
        )
      } else if (key === 'Comment') comments.push(i + 1)
      else report.add(i + 1, 'dropped', `${key} event not kept (only Dialogue events are cues)`)
      continue
    }
    const trimmed = line.trim()
    if (trimmed === '' || trimmed.startsWith(';') || trimmed.startsWith('!:')) continue
    const colon = line.indexOf(':')
    if (colon < 0) {
      if (section === '[script info]' || section.includes('styles'))
        report.add(i + 1, 'dropped', `line ignored: "${clip(trimmed)}"`)
      continue
    }
    const key = line.slice(0, colon).trim()
    const value = line.slice(colon + 1).trim()
    if (section === '[script info]') {
      info.push([key, value])
      if (key === 'ScriptType' && /^v4\.00$/i.test(value)) ssa = true
    } else if (section.includes('styles')) {
      if (key === 'Format') styleFormat = formatLine(value)
      else if (key === 'Style') {
        const format = styleFormat ?? (ssa ? SSA_STYLE_FORMAT : V4P_STYLE_FORMAT)
        const fields = value.split(',')
        if (fields.length < format.length)
          report.add(
            i + 1,
            'repaired',
            `style has ${fields.length} of ${format.length} fields; the missing ones are empty`
          )
        const record: Record<string, string> = {}
        format.forEach(
          (f, k) => (record[f] = k === format.length - 1 ? fields.slice(k).join(',').trim() : (fields[k] ?? '').trim())
        )
        styles.push(record)
      }
    }
  }
  if (events.length === 0 && !info.length && !styles.length)
    report.add(0, 'dropped', 'no [Script Info], styles or Dialogue lines found: not an ASS/SSA script')

  const res = playRes(
    Number(info.find(([k]) => k === 'PlayResX')?.[1]) || undefined,
    Number(info.find(([k]) => k === 'PlayResY')?.[1]) || undefined
  )
  const wrapStyle = Number(info.find(([k]) => k === 'WrapStyle')?.[1] ?? 0)
  const infos = new Map<string, AssStyleInfo>()
  for (const s of styles) if (s.Name !== undefined && !infos.has(s.Name)) infos.set(s.Name, styleInfo(s, ssa))
  const defaultName = styles.find((s) => s.Name === 'Default')?.Name ?? styles[0]?.Name ?? 'Default'
  const format = eventFormat ?? (ssa ? SSA_EVENT_FORMAT : V4P_EVENT_FORMAT)
  const col = (name: string) => format.findIndex((f) => f.toLowerCase() === name.toLowerCase())
  const iStart = col('Start')
  const iEnd = col('End')
  const iStyle = col('Style')
  const iName = col('Name') >= 0 ? col('Name') : col('Actor')
  const iText = format.length - 1
  const iLayer = col('Layer')
  const iML = col('MarginL')
  const iMR = col('MarginR')
  const iMV = col('MarginV')
  const iEffect = col('Effect')
  const unknownStyles = new Set<string>()
  const raw: RawCue[] = []
  const starts = new Int32Array(format.length + 1)
  const readOptions = { style: styleInfo(undefined, ssa), styles: infos, playResX: res.x, playResY: res.y, wrapStyle }
  for (let e = 0; e < events.length; e += 4) {
    // Field k is input[starts[k], starts[k + 1] - 1); the last field (Text) runs to the end of the line.
    const evLine = events[e]
    const bodyStart = events[e + 1]
    const bodyEnd = events[e + 2]
    const n = Math.min(events[e + 3], format.length)
    let count = 1
    starts[0] = bodyStart
    for (let from = bodyStart; count < n; count++) {
      const comma = input.indexOf(',', from)
      if (comma < 0 || comma >= bodyEnd) break
      starts[count] = comma + 1
      from = comma + 1
    }
    starts[count] = bodyEnd + 1
    if (count < format.length || iStart < 0 || iEnd < 0) {
      report.add(evLine, 'dropped', `Dialogue line has ${count} of ${format.length} fields; not a cue`)
      continue
    }
    const body = input
    // The default style's name is compared in place (no copy of the field for most events).
    const styleName =
      iStyle < 0 ||
      (starts[iStyle + 1] - 1 - starts[iStyle] === defaultName.length && input.startsWith(defaultName, starts[iStyle]))
        ? defaultName
        : styleField(field(body, starts, iStyle))
    let style = infos.get(styleName)
    if (!style) {
      if (!unknownStyles.has(styleName) && styles.length)
        report.add(evLine, 'guessed', `style "${clip(styleName)}" is not defined; ${defaultName} used (as libass does)`)
      unknownStyles.add(styleName)
      style = infos.get(defaultName) ?? styleInfo(undefined, ssa)
    }
    const rawText = input.slice(starts[iText], bodyEnd)
    readOptions.style = style
    // Times: read in place when well-formed (nearly always), else through the reporting parser.
    let startMs = fastAssTime(input, starts[iStart], starts[iStart + 1] - 1)
    let endMs = fastAssTime(input, starts[iEnd], starts[iEnd + 1] - 1)
    if (startMs < 0 || endMs < 0) {
      const start = parseAssTime(field(body, starts, iStart), 'start')
      const end = parseAssTime(field(body, starts, iEnd), 'end')
      if (typeof start === 'string' || typeof end === 'string') {
        const why = typeof start === 'string' ? start : (end as string)
        report.add(evLine, 'dropped', `cue dropped: ${why}`)
        raw.push(rawCue(evLine, NaN, NaN, readAssText(rawText, readOptions).text, true))
        continue
      }
      for (const fix of start.fixes) report.add(evLine, fix.kind, fix.message)
      for (const fix of end.fixes) report.add(evLine, fix.kind, fix.message)
      startMs = start.ms
      endMs = end.ms
    }
    const cue = rawCue(evLine, startMs, endMs, rawText)
    const plainStyle = !style.italic && !style.bold && !style.underline && !style.strike && style.an === 2
    if (plainStyle && rawText.indexOf('{') < 0 && !ESCAPE_OTHER_THAN_N.test(rawText)) {
      // No override block and no escape but \N: nothing to map (most events).
      if (rawText.indexOf('\\N') >= 0) cue.text = rawText.replace(HARD_BREAK, '\n')
    } else {
      const rich = readAssText(rawText, readOptions)
      cue.text = rich.text
      if (rich.marks) cue.marks = rich.marks
      if (rich.place) cue.place = rich.place
      for (const note of rich.notes) report.add(evLine, 'guessed', note)
      if (hasKaraoke(rich.marks)) {
        // Karaoke syllable times become the cue's word timings (the highlight styles use them).
        const k = karaokeToWords(cue.text, rich.marks, endMs - startMs)
        cue.marks = k.marks
        if (k.words) cue.words = k.words
        for (const note of k.notes) report.add(evLine, 'repaired', note)
      }
    }
    if (iName >= 0 && starts[iName + 1] - 1 > starts[iName]) {
      const name = field(body, starts, iName).trim()
      if (name) cue.speaker = name
    }
    const native = assNative(
      body,
      starts,
      styleName !== defaultName && infos.has(styleName) ? styleName : undefined,
      iLayer,
      iML,
      iMR,
      iMV,
      iEffect
    )
    if (native) cue.native = { ass: native }
    raw.push(cue)
  }
  if (comments.length)
    report.add(
      comments[0],
      'dropped',
      `${comments.length} Comment event${comments.length === 1 ? '' : 's'} not kept (they are not shown; lines ${comments.slice(0, 5).join(', ')}${comments.length > 5 ? ', …' : ''})`
    )
  const { cues, dropped } = finalizeCues(raw, report)
  const out: ParsedSubtitles = { format: 'ass', cues, dropped, report: report.build(cues.length) }
  if (info.length || styles.length) {
    const ass: NonNullable<TrackNative['ass']> = {
      info,
      styles: { format: styleFormat ?? (ssa ? SSA_STYLE_FORMAT : V4P_STYLE_FORMAT), styles }
    }
    if (ssa) ass.ssa = true
    out.native = { ass }
  }
  return out
}

/** An SSA v4 style record → the v4+ fields (outline colour was "TertiaryColour", alignment was legacy). */
function toV4Plus(style: Record<string, string>): Record<string, string> {
  const an = anchorFromSsa(Number(style.Alignment)) ?? 2
  return {
    Name: style.Name ?? 'Default',
    Fontname: style.Fontname ?? 'Arial',
    Fontsize: style.Fontsize ?? '20',
    PrimaryColour: style.PrimaryColour ?? '&H00FFFFFF',
    SecondaryColour: style.SecondaryColour ?? '&H000000FF',
    OutlineColour: style.TertiaryColour ?? '&H00000000',
    BackColour: style.BackColour ?? '&H00000000',
    Bold: style.Bold ?? '0',
    Italic: style.Italic ?? '0',
    Underline: '0',
    StrikeOut: '0',
    ScaleX: '100',
    ScaleY: '100',
    Spacing: '0',
    Angle: '0',
    BorderStyle: style.BorderStyle ?? '1',
    Outline: style.Outline ?? '2',
    Shadow: style.Shadow ?? '0',
    Alignment: String(an),
    MarginL: style.MarginL ?? '10',
    MarginR: style.MarginR ?? '10',
    MarginV: style.MarginV ?? '10',
    Encoding: style.Encoding ?? '1'
  }
}

export interface AssSerializeOptions {
  /** The source file's header and styles (TrackNative.ass), or just a style table. */
  native?: TrackNative
  styles?: AssStyles
  playResX?: number
  playResY?: number
  title?: string
  eol?: '\n' | '\r\n'
}

/**
 * Writes an ASS (v4.00+) script. Times are centiseconds in ASS, so milliseconds are rounded to 10 ms.
 * With the source file's native parts, its [Script Info] and styles come back and each cue keeps its
 * style, layer, margins and effect; formatting is written relative to the cue's style.
 */
export function serializeAss(cues: readonly Cue[], options: AssSerializeOptions = {}): string {
  const native = options.native?.ass
  const table = native?.styles ?? options.styles
  const fromSsa = native?.ssa === true
  const styleFormat = fromSsa || !table?.format.length ? V4P_STYLE_FORMAT : table.format
  const styleRecords = table?.styles.length ? (fromSsa ? table.styles.map(toV4Plus) : table.styles) : undefined
  const styleLines = styleRecords
    ? styleRecords.map((s) => `Style: ${styleFormat.map((f) => (s[f] ?? '').replace(/[,\n\r]/g, ' ')).join(',')}`)
    : [`Style: ${DEFAULT_STYLE}`]
  const defaultName = styleRecords?.find((s) => s.Name === 'Default')?.Name ?? styleRecords?.[0]?.Name ?? 'Default'
  const infos = new Map<string, AssStyleInfo>()
  for (const s of styleRecords ?? [{ Name: 'Default', Alignment: '2', PrimaryColour: '&H00FFFFFF' }])
    if (!infos.has(s.Name)) infos.set(s.Name, styleInfo(s, false))
  const infoPairs: [string, string][] = native?.info.length
    ? native.info.map(([k, v]) => [k, k === 'ScriptType' ? 'v4.00+' : v])
    : [
        ['Title', options.title ?? 'Kindframe'],
        ['ScriptType', 'v4.00+'],
        ['WrapStyle', '0'],
        ['ScaledBorderAndShadow', 'yes'],
        ['PlayResX', String(options.playResX ?? 1080)],
        ['PlayResY', String(options.playResY ?? 1920)]
      ]
  if (!infoPairs.some(([k]) => k === 'ScriptType')) infoPairs.unshift(['ScriptType', 'v4.00+'])
  const res = playRes(
    Number(infoPairs.find(([k]) => k === 'PlayResX')?.[1]) || undefined,
    Number(infoPairs.find(([k]) => k === 'PlayResY')?.[1]) || undefined
  )
  const field = (v: string) => v.replace(/[,\n\r]/g, ' ')
  const lines = [
    '[Script Info]',
    ...infoPairs.map(([k, v]) => `${k.replace(/[:\n\r]/g, ' ')}: ${v.replace(/[\n\r]/g, ' ')}`),
    '',
    '[V4+ Styles]',
    `Format: ${styleFormat.join(', ')}`,
    ...styleLines,
    '',
    '[Events]',
    'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
    ...cues.map((c) => {
      const a = c.native?.ass
      const styleName = a?.style && infos.has(a.style) ? a.style : defaultName
      const style = infos.get(styleName) ?? styleInfo(undefined, false)
      // Word timings go out as karaoke tags, unless the cue still has the file's own.
      const marks =
        c.words?.length && !hasKaraoke(c.marks)
          ? [...wordsToKaraokeMarks(c.text, c.words, c.endMs - c.startMs), ...(c.marks ?? [])]
          : c.marks
      const text = writeAssText(c.text, marks, c.place, {
        style,
        playResX: res.x,
        playResY: res.y,
        escape: escapeAssText,
        raw: true
      })
      return `Dialogue: ${a?.layer ?? 0},${formatAssTime(c.startMs)},${formatAssTime(c.endMs)},${field(styleName)},${field(c.speaker ?? '')},${a?.marginL ?? 0},${a?.marginR ?? 0},${a?.marginV ?? 0},${field(a?.effect ?? '')},${text}`
    })
  ]
  const out = lines.join('\n') + '\n'
  return options.eol === '\r\n' ? out.replace(/\n/g, '\r\n') : out
}

/**
 * ASS has no portable escape for braces: VSFilter and ass-compiler start an override block at any '{'
 * (libass also accepts `\{`). So braces become the full-width lookalikes ｛ ｝, and a backslash that could
 * pair with what follows (N, n, h, or a tag block right after the text) gets a word joiner
 * (U+2060) after it, so the text renders as typed. readAssText undoes the word joiner.
 * Braces go first: a backslash before a (now full-width) brace needs no joiner.
 */
export function escapeAssText(text: string): string {
  return text
    .replace(/\{/g, '\uff5b')
    .replace(/\}/g, '\uff5d')
    .replace(/\\(?=[Nnh]|$)/g, '\\\u2060')
    .replace(/\r?\n/g, '\\N')
}

export { formatAssTime as assTime }
