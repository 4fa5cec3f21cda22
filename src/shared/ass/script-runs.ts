/**
 * Picks a font family per script run inside a line of text.
 *
 * WHY: libass's glyph fallback only asks the system font provider (fontconfig); fonts loaded from
 * ffmpeg's `fontsdir` (and jassub's font list) are never used as fallbacks. Verified with ffmpeg 5.1 /
 * libass 0.17.1 and an empty fontconfig: "fontselect: failed to find any fallback with glyph 0xE2A".
 * So a Thai word in a "Noto Sans" line would be tofu on a machine without system Thai fonts.
 * buildAss therefore switches families explicitly with `{\fn…}` at script boundaries.
 */

export type AssScript = 'base' | 'arabic' | 'thai' | 'devanagari' | 'emoji' | 'cjk'

export interface ScriptRun {
  script: AssScript
  text: string
}

/** Families shipped in resources/fonts, by script. CJK is not shipped (see docs/fonts.md). */
export const SCRIPT_FAMILIES: Record<Exclude<AssScript, 'base' | 'cjk'>, string> = {
  arabic: 'Noto Sans Arabic',
  thai: 'Noto Sans Thai',
  devanagari: 'Noto Sans Devanagari',
  emoji: 'Noto Emoji'
}

/**
 * (usWinAscent + usWinDescent) / unitsPerEm of the shipped fonts. libass (like VSFilter) scales a
 * font so that this whole line height equals the font size, so fonts with tall ascenders/descenders
 * (Arabic 2.17, Devanagari 1.91) render visibly smaller than Noto Sans (1.52) at the same size.
 * runScale() compensates with \fscx/\fscy. Measured from the TTF tables in resources/fonts.
 */
export const FAMILY_LINE_RATIO: Record<string, number> = {
  'Noto Sans': 1.519,
  'Noto Sans Arabic': 2.169,
  'Noto Sans Devanagari': 1.906,
  'Noto Sans Thai': 1.511,
  'Noto Emoji': 1.172
}

/** Percentage scale that makes `family` look as big as `baseFamily` (unknown bases count as Noto Sans). */
export function runScale(family: string, baseFamily: string): number {
  const ratio = FAMILY_LINE_RATIO[family]
  if (ratio === undefined || family === baseFamily) return 100
  const base = FAMILY_LINE_RATIO[baseFamily] ?? FAMILY_LINE_RATIO['Noto Sans']
  const pct = Math.round((100 * ratio) / base)
  return Math.abs(pct - 100) <= 2 ? 100 : pct
}

const RANGES: [number, number, AssScript][] = [
  [0x0600, 0x06ff, 'arabic'],
  [0x0750, 0x077f, 'arabic'],
  [0x0870, 0x08ff, 'arabic'],
  [0xfb50, 0xfdff, 'arabic'],
  [0xfe70, 0xfeff, 'arabic'],
  [0x0e00, 0x0e7f, 'thai'],
  [0x0900, 0x097f, 'devanagari'],
  [0xa8e0, 0xa8ff, 'devanagari'],
  [0x1cd0, 0x1cff, 'devanagari'],
  [0x1100, 0x11ff, 'cjk'],
  [0x2e80, 0x2fff, 'cjk'],
  [0x3000, 0x33ff, 'cjk'],
  [0x3400, 0x4dbf, 'cjk'],
  [0x4e00, 0x9fff, 'cjk'],
  [0xa960, 0xa97f, 'cjk'],
  [0xac00, 0xd7ff, 'cjk'],
  [0xf900, 0xfaff, 'cjk'],
  [0xfe30, 0xfe4f, 'cjk'],
  [0xff00, 0xffef, 'cjk'],
  [0x20000, 0x3ffff, 'cjk']
]

const LETTER = /\p{L}/u
const BEYOND_BASE = /[^\u0000-\u05ff]/
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u

/**
 * The script of one code point, or undefined for neutrals (spaces, punctuation, digits, marks,
 * format chars, emoji modifiers/ZWJ/VS16, which then stay with the emoji before them).
 * Pictographs from U+2190 on are emoji; below that (©, ®, ™, ‼) the text fonts have them.
 */
export function scriptOf(ch: string): AssScript | undefined {
  const cp = ch.codePointAt(0) ?? 0
  // Below U+0600 (Latin, Greek, Cyrillic, Hebrew…) nothing is in RANGES or emoji: letter or neutral.
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) ? 'base' : undefined
  if (cp < 0x0600) return LETTER.test(ch) ? 'base' : undefined
  for (const [lo, hi, script] of RANGES) if (cp >= lo && cp <= hi) return script
  if ((cp >= 0x2190 && PICTOGRAPHIC.test(ch)) || (cp >= 0x1f1e6 && cp <= 0x1f1ff)) return 'emoji'
  return LETTER.test(ch) ? 'base' : undefined
}

/**
 * True when every character is below U+0600 (Latin, Greek, Cyrillic, Hebrew…: most cues in
 * Latin-script locales). Such text is letters and neutrals only, so splitScriptRuns makes it one
 * base run: no font switch is needed.
 */
export function isBaseScriptOnly(text: string): boolean {
  return !BEYOND_BASE.test(text)
}

/**
 * Splits text into maximal runs of one script. Neutrals join the run before them (or, at the
 * start, the first strong run after them), so "สวัสดี 123!" stays one Thai run.
 */
export function splitScriptRuns(text: string): ScriptRun[] {
  // Skip the per-character walk when it would gather everything into one base run anyway.
  if (isBaseScriptOnly(text)) return text ? [{ script: 'base', text }] : []
  const runs: ScriptRun[] = []
  let pending = '' // leading neutrals before the first strong character
  for (const ch of text) {
    const script = scriptOf(ch)
    const last = runs[runs.length - 1]
    if (script === undefined) {
      if (last) last.text += ch
      else pending += ch
    } else if (last && last.script === script) {
      last.text += ch
    } else {
      runs.push({ script, text: pending + ch })
      pending = ''
    }
  }
  if (pending) runs.push({ script: 'base', text: pending })
  return runs
}

/** The system CJK family for a locale (fonts-noto-cjk naming); regional glyph forms differ. */
export function cjkFamily(locale: string): string {
  const tag = locale.toLowerCase()
  if (tag.startsWith('ja')) return 'Noto Sans CJK JP'
  if (tag.startsWith('ko')) return 'Noto Sans CJK KR'
  if (/^zh-(hk|mo)/.test(tag)) return 'Noto Sans CJK HK'
  if (/^zh-(tw|hant)/.test(tag)) return 'Noto Sans CJK TC'
  return 'Noto Sans CJK SC'
}

export function familyFor(script: AssScript, baseFamily: string, locale: string): string {
  if (script === 'base') return baseFamily
  if (script === 'cjk') return cjkFamily(locale)
  return SCRIPT_FAMILIES[script]
}
