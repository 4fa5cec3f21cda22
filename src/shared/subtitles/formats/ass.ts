import type { Cue, TrackNative } from '../../project/schema'
import { readAssText, writeAssText, type AssStyleInfo } from '../rich/ass-override'
import { parseAssColor } from '../rich/colors'
import { anchorFromSsa } from '../rich/placement'
import { ReportBuilder } from '../report'
import { formatAssTime, parseAssTime } from './ass-time'
import { finalizeCues } from './finalize'
import { clip } from './text-clip'
import type { AssStyles, ParsedSubtitles, RawCue } from './types'

/*
 * ASS/SSA, read line by line (one pass, no library: the report needs line numbers and the ASS bench a
 * 10,000-event script in well under 50 ms). Sections [Script Info], [V4+ Styles] / [V4 Styles] and
 * [Events] with their own Format lines; other sections ([Fonts], [Graphics], [Aegisub …]) are reported as
 * not kept. Dialogue text goes through rich/ass-override.ts: italics, bold, underline, strike, colour,
 * \an and \pos become the model's marks and placement — including what the event's STYLE says (an italic
 * style gives italic cues) — and every other override tag is kept verbatim for writing ASS back.
 * Comment: events are not cues; they are counted in the report.
 */

const V4P_STYLE_FORMAT = ['Name', 'Fontname', 'Fontsize', 'PrimaryColour', 'SecondaryColour', 'OutlineColour', 'BackColour', 'Bold', 'Italic', 'Underline', 'StrikeOut', 'ScaleX', 'ScaleY', 'Spacing', 'Angle', 'BorderStyle', 'Outline', 'Shadow', 'Alignment', 'MarginL', 'MarginR', 'MarginV', 'Encoding']
const SSA_STYLE_FORMAT = ['Name', 'Fontname', 'Fontsize', 'PrimaryColour', 'SecondaryColour', 'TertiaryColour', 'BackColour', 'Bold', 'Italic', 'BorderStyle', 'Outline', 'Shadow', 'Alignment', 'MarginL', 'MarginR', 'MarginV', 'AlphaLevel', 'Encoding']
const V4P_EVENT_FORMAT = ['Layer', 'Start', 'End', 'Style', 'Name', 'MarginL', 'MarginR', 'MarginV', 'Effect', 'Text']
const SSA_EVENT_FORMAT = ['Marked', 'Start', 'End', 'Style', 'Name', 'MarginL', 'MarginR', 'MarginV', 'Effect', 'Text']
const DEFAULT_STYLE = 'Default,Noto Sans,64,&H00FFFFFF,&H000000FF,&H00000000,&H80000000,0,0,0,0,100,100,0,0,1,4,0,2,40,40,60,1'

/** libass/VSFilter defaults when a script gives no PlayRes (or only one side). */
export function playRes(x: number | undefined, y: number | undefined): { x: number; y: number } {
  if (x && y) return { x, y }
  if (y) return { x: y === 1024 ? 1280 : Math.round((y * 4) / 3), y }
  if (x) return { x, y: x === 1280 ? 1024 : Math.round((x * 3) / 4) }
  return { x: 384, y: 288 }
}

const truthy = (v: string | undefined) => v !== undefined && v.trim() !== '' && Number(v) !== 0 && !Number.isNaN(Number(v))

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

function splitFields(body: string, count: number): string[] {
  const out: string[] = []
  let from = 0
  for (let i = 0; i < count - 1; i++) {
    const comma = body.indexOf(',', from)
    if (comma < 0) break
    out.push(body.slice(from, comma))
    from = comma + 1
  }
  out.push(body.slice(from))
  return out
}

function formatLine(body: string): string[] {
  return body.split(',').map((f) => f.trim())
}

export function parseAss(source: string): ParsedSubtitles {
  const report = new ReportBuilder()
  const input = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source
  const lines = input.split(/\r\n|\r|\n/)
  const info: [string, string][] = []
  let section = ''
  let ssa = false
  let styleFormat: string[] | undefined
  let eventFormat: string[] | undefined
  const styles: Record<string, string>[] = []
  const events: { line: number; fields: string[] }[] = []
  const comments: number[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const first = line.charCodeAt(0)
    if (first === 91 /* [ */ || (first <= 32 && line.trimStart().startsWith('['))) {
      const name = line.trim()
      if (/^\[[^\]]*\]$/.test(name)) {
        section = name.toLowerCase()
        if (section === '[v4 styles]') ssa = true
        else if (section !== '[script info]' && section !== '[v4+ styles]' && section !== '[v4 styles+]' && section !== '[events]') report.add(i + 1, 'dropped', `section ${name} not kept`)
        continue
      }
    }
    if (section === '[events]') {
      // Dialogue lines first: they are nearly all of the file.
      if (line.startsWith('Dialogue:')) {
        events.push({ line: i + 1, fields: splitFields(line.slice(9).replace(/^ /, ''), (eventFormat ?? (ssa ? SSA_EVENT_FORMAT : V4P_EVENT_FORMAT)).length) })
        continue
      }
      const colon = line.indexOf(':')
      if (colon < 0) {
        if (line.trim() && !line.trimStart().startsWith(';')) report.add(i + 1, 'dropped', `line ignored: "${clip(line.trim())}"`)
        continue
      }
      const key = line.slice(0, colon).trim()
      const body = line.slice(colon + 1).replace(/^ /, '')
      if (key === 'Format') eventFormat = formatLine(body)
      else if (key === 'Dialogue') events.push({ line: i + 1, fields: splitFields(body, (eventFormat ?? (ssa ? SSA_EVENT_FORMAT : V4P_EVENT_FORMAT)).length) })
      else if (key === 'Comment') comments.push(i + 1)
      else report.add(i + 1, 'dropped', `${key} event not kept (only Dialogue events are cues)`)
      continue
    }
    const trimmed = line.trim()
    if (trimmed === '' || trimmed.startsWith(';') || trimmed.startsWith('!:')) continue
    const colon = line.indexOf(':')
    if (colon < 0) {
      if (section === '[script info]' || section.includes('styles')) report.add(i + 1, 'dropped', `line ignored: "${clip(trimmed)}"`)
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
        if (fields.length < format.length) report.add(i + 1, 'repaired', `style has ${fields.length} of ${format.length} fields; the missing ones are empty`)
        const record: Record<string, string> = {}
        format.forEach((f, k) => (record[f] = k === format.length - 1 ? fields.slice(k).join(',').trim() : (fields[k] ?? '').trim()))
        styles.push(record)
      }
    }
  }
  if (events.length === 0 && !info.length && !styles.length) report.add(0, 'dropped', 'no [Script Info], styles or Dialogue lines found: not an ASS/SSA script')

  const res = playRes(Number(info.find(([k]) => k === 'PlayResX')?.[1]) || undefined, Number(info.find(([k]) => k === 'PlayResY')?.[1]) || undefined)
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
  for (const ev of events) {
    const f = ev.fields
    if (f.length < format.length || iStart < 0 || iEnd < 0) {
      report.add(ev.line, 'dropped', `Dialogue line has ${f.length} of ${format.length} fields; not a cue`)
      continue
    }
    const styleName = iStyle >= 0 ? f[iStyle].trim().replace(/^\*/, '') : defaultName
    let style = infos.get(styleName)
    if (!style) {
      if (!unknownStyles.has(styleName) && styles.length) report.add(ev.line, 'guessed', `style "${clip(styleName)}" is not defined; ${defaultName} used (as libass does)`)
      unknownStyles.add(styleName)
      style = infos.get(defaultName) ?? styleInfo(undefined, ssa)
    }
    const rawText = f[iText]
    const start = parseAssTime(f[iStart], 'start')
    const end = parseAssTime(f[iEnd], 'end')
    if (typeof start === 'string' || typeof end === 'string') {
      const why = typeof start === 'string' ? start : (end as string)
      report.add(ev.line, 'dropped', `cue dropped: ${why}`)
      raw.push({ line: ev.line, startMs: NaN, endMs: NaN, text: readAssText(rawText, { style, playResX: res.x, playResY: res.y, wrapStyle }).text, invalid: true })
      continue
    }
    for (const fix of [...start.fixes, ...end.fixes]) report.add(ev.line, fix.kind, fix.message)
    const plain = rawText.indexOf('{') < 0 && rawText.indexOf('\\') < 0 && !style.italic && !style.bold && !style.underline && !style.strike && style.an === 2
    const cue: RawCue = { line: ev.line, startMs: start.ms, endMs: end.ms, text: rawText }
    if (!plain) {
      const rich = readAssText(rawText, { style, styles: infos, playResX: res.x, playResY: res.y, wrapStyle })
      cue.text = rich.text
      if (rich.marks) cue.marks = rich.marks
      if (rich.place) cue.place = rich.place
      for (const note of rich.notes) report.add(ev.line, 'guessed', note)
    }
    const name = iName >= 0 ? f[iName].trim() : ''
    if (name) cue.speaker = name
    const native: NonNullable<NonNullable<RawCue['native']>['ass']> = {}
    if (styleName !== defaultName && infos.has(styleName)) native.style = styleName
    const int = (k: number) => (k >= 0 ? Number.parseInt(f[k], 10) : 0)
    if (iLayer >= 0 && int(iLayer)) native.layer = int(iLayer)
    if (int(iML)) native.marginL = int(iML)
    if (int(iMR)) native.marginR = int(iMR)
    if (int(iMV)) native.marginV = int(iMV)
    if (iEffect >= 0 && f[iEffect].trim()) native.effect = f[iEffect].trim()
    if (Object.keys(native).length) cue.native = { ass: native }
    raw.push(cue)
  }
  if (comments.length) report.add(comments[0], 'dropped', `${comments.length} Comment event${comments.length === 1 ? '' : 's'} not kept (they are not shown; lines ${comments.slice(0, 5).join(', ')}${comments.length > 5 ? ', …' : ''})`)
  const { cues, dropped, lines: cueLines } = finalizeCues(raw, report)
  const out: ParsedSubtitles = { format: 'ass', cues, dropped, report: report.build(cues.length), cueLines }
  if (info.length || styles.length) {
    const ass: NonNullable<TrackNative['ass']> = { info, styles: { format: styleFormat ?? (ssa ? SSA_STYLE_FORMAT : V4P_STYLE_FORMAT), styles } }
    if (ssa) ass.ssa = true
    out.native = { ass }
  }
  return out
}

/** An SSA v4 style record → the v4+ fields (outline colour was "TertiaryColour", alignment was legacy). */
function toV4Plus(style: Record<string, string>): Record<string, string> {
  const an = anchorFromSsa(Number(style.Alignment)) ?? 2
  return {
    Name: style.Name ?? 'Default', Fontname: style.Fontname ?? 'Arial', Fontsize: style.Fontsize ?? '20', PrimaryColour: style.PrimaryColour ?? '&H00FFFFFF',
    SecondaryColour: style.SecondaryColour ?? '&H000000FF', OutlineColour: style.TertiaryColour ?? '&H00000000', BackColour: style.BackColour ?? '&H00000000',
    Bold: style.Bold ?? '0', Italic: style.Italic ?? '0', Underline: '0', StrikeOut: '0', ScaleX: '100', ScaleY: '100', Spacing: '0', Angle: '0',
    BorderStyle: style.BorderStyle ?? '1', Outline: style.Outline ?? '2', Shadow: style.Shadow ?? '0', Alignment: String(an),
    MarginL: style.MarginL ?? '10', MarginR: style.MarginR ?? '10', MarginV: style.MarginV ?? '10', Encoding: style.Encoding ?? '1'
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
  const styleLines = styleRecords ? styleRecords.map((s) => `Style: ${styleFormat.map((f) => (s[f] ?? '').replace(/[,\n\r]/g, ' ')).join(',')}`) : [`Style: ${DEFAULT_STYLE}`]
  const defaultName = styleRecords?.find((s) => s.Name === 'Default')?.Name ?? styleRecords?.[0]?.Name ?? 'Default'
  const infos = new Map<string, AssStyleInfo>()
  for (const s of styleRecords ?? [{ Name: 'Default', Alignment: '2', PrimaryColour: '&H00FFFFFF' }]) if (!infos.has(s.Name)) infos.set(s.Name, styleInfo(s, false))
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
  const res = playRes(Number(infoPairs.find(([k]) => k === 'PlayResX')?.[1]) || undefined, Number(infoPairs.find(([k]) => k === 'PlayResY')?.[1]) || undefined)
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
      const text = writeAssText(c.text, c.marks, c.place, { style, playResX: res.x, playResY: res.y, escape: escapeAssText, raw: true })
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
