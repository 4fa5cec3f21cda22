import type { VttCueSettings, VttRegion } from '../../../project/schema'
import { readTimestamp, timestampEnd } from './timestamp'

/*
 * WebVTT cue timings and settings (§ 6.3) and region settings (§ 6.2), step by step. The parsed cue
 * records only the settings the file SET (the data model's defaults are implied), so writing them back
 * reproduces the file's intent; invalid settings are ignored as the algorithm says, and listed so the
 * import report can name them.
 */

const WS = /[\t\n\f\r ]+/

/** "split a string on spaces": ASCII-whitespace separated tokens, no empty ones. */
function splitOnSpaces(s: string): string[] {
  return s.split(WS).filter((t) => t !== '')
}

const PERCENTAGE = /^\d+(?:\.\d+)?%$/

/** "parse a percentage string": a WebVTT percentage between 0 and 100, or undefined. */
export function parsePercentage(s: string): number | undefined {
  if (!PERCENTAGE.test(s)) return undefined
  const v = Number(s.slice(0, -1))
  return v >= 0 && v <= 100 ? v : undefined
}

/** A line position without "%": "-", digits and one "." between digits, "-" only first. */
function parseLineNumber(s: string): number | undefined {
  if (/[^-0-9.]/.test(s)) return undefined
  if (s.indexOf('-', 1) >= 0) return undefined
  const i = s.indexOf('.')
  if (i >= 0 && s.indexOf('.', i + 1) >= 0) return undefined
  if (i >= 0) {
    if (i === 0 || i === s.length - 1 || !/\d/.test(s[i - 1]) || !/\d/.test(s[i + 1])) return undefined
  }
  const v = Number(s)
  return Number.isFinite(v) ? v : undefined
}

export interface ParsedSettings {
  settings: VttCueSettings
  /** Tokens the algorithm ignored (for the report). */
  ignored: string[]
}

/** "parse the WebVTT cue settings" from the text after the end timestamp. */
/** The result for a cue without settings (most cues): shared, never changed. */
const NO_SETTINGS: ParsedSettings = Object.freeze({
  settings: Object.freeze({}) as VttCueSettings,
  ignored: Object.freeze([]) as unknown as string[]
})

const NOT_SPACE = /[^\t\n\f\r ]/

export function parseCueSettings(input: string, regions: readonly VttRegion[]): ParsedSettings {
  if (input === '' || !NOT_SPACE.test(input)) return NO_SETTINGS
  const s: VttCueSettings = {}
  const ignored: string[] = []
  // The region object is tracked by reference: a later line/size/vertical setting drops it.
  let region: VttRegion | null = null
  let vertical = false
  for (const setting of splitOnSpaces(input)) {
    const colon = setting.indexOf(':')
    if (colon <= 0 || colon === setting.length - 1) {
      ignored.push(setting)
      continue
    }
    const name = setting.slice(0, colon)
    const value = setting.slice(colon + 1)
    let ok = true
    switch (name) {
      case 'region': {
        let found: VttRegion | null = null
        for (const r of regions) if (r.id === value) found = r
        region = found
        if (!found) ok = false
        break
      }
      case 'vertical':
        if (value === 'rl' || value === 'lr') s.vertical = value
        else ok = false
        if (s.vertical) vertical = true
        if (vertical) region = null
        break
      case 'line': {
        const comma = value.indexOf(',')
        const linepos = comma >= 0 ? value.slice(0, comma) : value
        const linealign = comma >= 0 ? value.slice(comma + 1) : null
        if (!/\d/.test(linepos)) {
          ok = false
          break
        }
        const percent = linepos.endsWith('%')
        const number = percent ? parsePercentage(linepos) : parseLineNumber(linepos)
        if (number === undefined) {
          ok = false
          break
        }
        if (linealign !== null && linealign !== 'start' && linealign !== 'center' && linealign !== 'end') {
          ok = false
          break
        }
        if (linealign !== null) s.lineAlign = linealign
        s.line = number
        if (percent) s.snapToLines = false
        else delete s.snapToLines
        region = null
        break
      }
      case 'position': {
        const comma = value.indexOf(',')
        const colpos = comma >= 0 ? value.slice(0, comma) : value
        const colalign = comma >= 0 ? value.slice(comma + 1) : null
        const number = parsePercentage(colpos)
        if (number === undefined) {
          ok = false
          break
        }
        if (colalign !== null && colalign !== 'line-left' && colalign !== 'center' && colalign !== 'line-right') {
          ok = false
          break
        }
        if (colalign !== null) s.positionAlign = colalign
        s.position = number
        break
      }
      case 'size': {
        const number = parsePercentage(value)
        if (number === undefined) {
          ok = false
          break
        }
        s.size = number
        if (number !== 100) region = null
        break
      }
      case 'align':
        if (value === 'start' || value === 'center' || value === 'end' || value === 'left' || value === 'right')
          s.align = value
        else ok = false
        break
      default:
        ok = false
    }
    if (!ok) ignored.push(setting)
  }
  if (region) s.region = region.id
  return { settings: s, ignored }
}

export interface TimingResult {
  startMs: number
  endMs: number
  settings: VttCueSettings
  ignored: string[]
}

const isWs = (c: string) => c === '\t' || c === '\n' || c === '\f' || c === '\r' || c === ' '

/** "collect WebVTT cue timings and settings" from a line; null on failure. */
export function collectTimingsAndSettings(line: string, regions: readonly VttRegion[]): TimingResult | null {
  let p = 0
  while (p < line.length && isWs(line[p])) p++
  const startMs = readTimestamp(line, p)
  if (startMs < 0) return null
  p = timestampEnd
  while (p < line.length && isWs(line[p])) p++
  if (line[p] !== '-' || line[p + 1] !== '-' || line[p + 2] !== '>') return null
  p += 3
  while (p < line.length && isWs(line[p])) p++
  const endMs = readTimestamp(line, p)
  if (endMs < 0) return null
  const { settings, ignored } = parseCueSettings(timestampEnd === line.length ? '' : line.slice(timestampEnd), regions)
  return { startMs, endMs, settings, ignored }
}

/** "collect WebVTT region settings" from a REGION block's text. */
export function parseRegionSettings(input: string): { region: VttRegion; ignored: string[] } {
  const region: VttRegion = {
    id: '',
    width: 100,
    lines: 3,
    regionAnchor: [0, 100],
    viewportAnchor: [0, 100],
    scroll: 'none'
  }
  const ignored: string[] = []
  for (const setting of splitOnSpaces(input)) {
    const colon = setting.indexOf(':')
    if (colon <= 0 || colon === setting.length - 1) {
      ignored.push(setting)
      continue
    }
    const name = setting.slice(0, colon)
    const value = setting.slice(colon + 1)
    let ok = true
    if (name === 'id') region.id = value
    else if (name === 'width') {
      const v = parsePercentage(value)
      if (v === undefined) ok = false
      else region.width = v
    } else if (name === 'lines') {
      if (/^\d+$/.test(value)) region.lines = Number(value)
      else ok = false
    } else if (name === 'regionanchor' || name === 'viewportanchor') {
      const comma = value.indexOf(',')
      const x = comma >= 0 ? parsePercentage(value.slice(0, comma)) : undefined
      const y = comma >= 0 ? parsePercentage(value.slice(comma + 1)) : undefined
      if (x === undefined || y === undefined) ok = false
      else if (name === 'regionanchor') region.regionAnchor = [x, y]
      else region.viewportAnchor = [x, y]
    } else if (name === 'scroll') {
      if (value === 'up') region.scroll = 'up'
      else ok = false
    } else ok = false
    if (!ok) ignored.push(setting)
  }
  return { region, ignored }
}

function num(v: number): string {
  return String(Math.round(v * 10_000) / 10_000)
}

/** Cue settings → the text after the end timestamp (only what is set, in a fixed order). */
export function formatCueSettings(s: VttCueSettings | undefined): string {
  if (!s) return ''
  const out: string[] = []
  if (s.region !== undefined) out.push(`region:${s.region}`)
  if (s.vertical) out.push(`vertical:${s.vertical}`)
  if (s.line !== undefined)
    out.push(`line:${num(s.line)}${s.snapToLines === false ? '%' : ''}${s.lineAlign ? `,${s.lineAlign}` : ''}`)
  if (s.position !== undefined) out.push(`position:${num(s.position)}%${s.positionAlign ? `,${s.positionAlign}` : ''}`)
  if (s.size !== undefined) out.push(`size:${num(s.size)}%`)
  if (s.align) out.push(`align:${s.align}`)
  return out.join(' ')
}

/** A region → the lines of its REGION block. */
export function formatRegion(r: VttRegion): string[] {
  const lines = [`id:${r.id}`]
  if (r.width !== 100) lines.push(`width:${num(r.width)}%`)
  if (r.lines !== 3) lines.push(`lines:${r.lines}`)
  if (r.regionAnchor[0] !== 0 || r.regionAnchor[1] !== 100)
    lines.push(`regionanchor:${num(r.regionAnchor[0])}%,${num(r.regionAnchor[1])}%`)
  if (r.viewportAnchor[0] !== 0 || r.viewportAnchor[1] !== 100)
    lines.push(`viewportanchor:${num(r.viewportAnchor[0])}%,${num(r.viewportAnchor[1])}%`)
  if (r.scroll === 'up') lines.push('scroll:up')
  return lines
}
