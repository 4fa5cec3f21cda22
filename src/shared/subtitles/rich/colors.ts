/*
 * Colour values as subtitle files write them → the model's "#RRGGBB" (upper case), and back.
 * - SRT `<font color=…>`: #RRGGBB, #RGB, RRGGBB without '#', rgb(r,g,b), and the CSS named colours below.
 * - ASS `\c&HBBGGRR&` (blue-green-red; an alpha byte in front, as some tools write, is ignored).
 * - WebVTT default classes (spec § "Default text colors"): white, lime, cyan, red, yellow, magenta, blue, black.
 */

/** The WebVTT default colour classes and their colours (from the specification's table). */
export const VTT_COLOR_CLASSES: Readonly<Record<string, string>> = {
  white: '#FFFFFF',
  lime: '#00FF00',
  cyan: '#00FFFF',
  red: '#FF0000',
  yellow: '#FFFF00',
  magenta: '#FF00FF',
  blue: '#0000FF',
  black: '#000000'
}

/** CSS named colours that subtitle files use in `<font color>` (the 16 HTML 4 names plus common extras). */
const NAMED: Readonly<Record<string, string>> = {
  black: '#000000',
  silver: '#C0C0C0',
  gray: '#808080',
  grey: '#808080',
  white: '#FFFFFF',
  maroon: '#800000',
  red: '#FF0000',
  purple: '#800080',
  fuchsia: '#FF00FF',
  magenta: '#FF00FF',
  green: '#008000',
  lime: '#00FF00',
  olive: '#808000',
  yellow: '#FFFF00',
  navy: '#000080',
  blue: '#0000FF',
  teal: '#008080',
  aqua: '#00FFFF',
  cyan: '#00FFFF',
  orange: '#FFA500',
  pink: '#FFC0CB',
  brown: '#A52A2A',
  gold: '#FFD700',
  violet: '#EE82EE',
  indigo: '#4B0082',
  crimson: '#DC143C',
  darkred: '#8B0000',
  darkgreen: '#006400',
  darkblue: '#00008B',
  lightblue: '#ADD8E6',
  lightgreen: '#90EE90',
  lightgray: '#D3D3D3',
  lightgrey: '#D3D3D3',
  darkgray: '#A9A9A9',
  darkgrey: '#A9A9A9',
  skyblue: '#87CEEB',
  turquoise: '#40E0D0',
  salmon: '#FA8072',
  coral: '#FF7F50',
  khaki: '#F0E68C',
  beige: '#F5F5DC',
  tan: '#D2B48C',
  chocolate: '#D2691E',
  orchid: '#DA70D6',
  plum: '#DDA0DD',
  lavender: '#E6E6FA',
  ivory: '#FFFFF0',
  hotpink: '#FF69B4',
  deeppink: '#FF1493',
  tomato: '#FF6347',
  orangered: '#FF4500',
  yellowgreen: '#9ACD32',
  springgreen: '#00FF7F',
  steelblue: '#4682B4',
  royalblue: '#4169E1'
}

/** A CSS-ish colour value → "#RRGGBB", or undefined when it is not one we can read. */
export function parseCssColor(raw: string): string | undefined {
  const v = raw
    .trim()
    .replace(/^["']|["']$/g, '')
    .trim()
    .toLowerCase()
  if (!v) return undefined
  if (NAMED[v]) return NAMED[v]
  let m = /^#?([0-9a-f]{6})$/.exec(v)
  if (m) return `#${m[1].toUpperCase()}`
  m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(v)
  if (m) return `#${m[1]}${m[1]}${m[2]}${m[2]}${m[3]}${m[3]}`.toUpperCase()
  m = /^#([0-9a-f]{6})[0-9a-f]{2}$/.exec(v)
  if (m) return `#${m[1].toUpperCase()}`
  m = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+\s*)?\)$/.exec(v)
  if (m) {
    const [r, g, b] = [m[1], m[2], m[3]].map((x) => Math.min(255, Number(x)))
    return `#${hex2(r)}${hex2(g)}${hex2(b)}`
  }
  return undefined
}

/** ASS colour (`&HBBGGRR&`, `&HAABBGGRR`, `H…`, decimal) → "#RRGGBB". */
export function parseAssColor(raw: string): string | undefined {
  const v = raw.trim()
  let n: number
  const hex = /^&?[Hh]([0-9A-Fa-f]{1,8})&?$/.exec(v)
  if (hex) n = parseInt(hex[1], 16)
  else if (/^-?\d+$/.test(v)) n = Number(v) >>> 0
  else return undefined
  const r = n & 0xff
  const g = (n >>> 8) & 0xff
  const b = (n >>> 16) & 0xff
  return `#${hex2(r)}${hex2(g)}${hex2(b)}`
}

/** "#RRGGBB" → ASS `&HBBGGRR&` (the override-tag form). */
export function assColorTag(color: string): string {
  const m = /^#([0-9A-Fa-f]{2})([0-9A-Fa-f]{2})([0-9A-Fa-f]{2})$/.exec(color)
  if (!m) return '&HFFFFFF&'
  return `&H${m[3]}${m[2]}${m[1]}&`.toUpperCase()
}

/** The WebVTT default class for a colour, if there is one. */
export function vttColorClass(color: string): string | undefined {
  const c = color.toUpperCase()
  for (const [name, value] of Object.entries(VTT_COLOR_CLASSES)) if (value === c) return name
  return undefined
}

function hex2(n: number): string {
  return n.toString(16).padStart(2, '0').toUpperCase()
}
