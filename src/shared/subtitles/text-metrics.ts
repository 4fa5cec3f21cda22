/**
 * Display width of subtitle text, the unit of "characters per line":
 * East Asian Wide/Full-width characters (Han, Kana, Hangul syllables, full-width forms, most emoji)
 * count 2, combining marks and zero-width characters (ZWSP/ZWJ/bidi marks/variation selectors) count 0,
 * everything else 1. So a 42 limit is 42 Latin letters or 21 CJK characters; profiles set their own
 * limits for ja/zh/ko (see qc/profiles.ts). Hand-rolled ranges instead of a Unicode table library: it
 * runs for every cue of every QC pass and must stay a tight loop.
 */
export function charWidth(cp: number): 0 | 1 | 2 {
  if (cp < 0x300) return 1
  if (isZeroWidth(cp)) return 0
  if (isWide(cp)) return 2
  return 1
}

function isZeroWidth(cp: number): boolean {
  return (
    (cp >= 0x300 && cp <= 0x36f) || // combining diacritics
    (cp >= 0x483 && cp <= 0x489) ||
    (cp >= 0x591 && cp <= 0x5c7 && cp !== 0x5be && cp !== 0x5c0 && cp !== 0x5c3 && cp !== 0x5c6) || // Hebrew points
    (cp >= 0x610 && cp <= 0x61a) ||
    (cp >= 0x64b && cp <= 0x65f) || // Arabic harakat
    cp === 0x670 ||
    (cp >= 0x6d6 && cp <= 0x6ed) ||
    (cp >= 0x900 && cp <= 0x903) || // Devanagari signs
    (cp >= 0x93a && cp <= 0x94f && cp !== 0x93d) ||
    (cp >= 0x951 && cp <= 0x957) ||
    (cp >= 0x962 && cp <= 0x963) ||
    cp === 0xe31 || // Thai vowel marks and tones
    (cp >= 0xe34 && cp <= 0xe3a) ||
    (cp >= 0xe47 && cp <= 0xe4e) ||
    (cp >= 0x200b && cp <= 0x200f) || // ZWSP, ZWNJ, ZWJ, LRM, RLM
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2069) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors
    cp === 0xfeff ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) || // skin tones
    (cp >= 0xe0100 && cp <= 0xe01ef)
  )
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  )
}

/** Width of one line (no line breaks inside). ASCII takes a fast path: this runs for every cue of every QC pass. */
export function lineWidth(line: string): number {
  let w = 0
  for (let i = 0; i < line.length; i++) {
    let cp = line.charCodeAt(i)
    if (cp < 0x300) {
      w++
      continue
    }
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < line.length) {
      cp = ((cp - 0xd800) << 10) + (line.charCodeAt(i + 1) - 0xdc00) + 0x10000
      i++
    }
    w += charWidth(cp)
  }
  return w
}

/**
 * Characters a viewer reads, for characters-per-second: visible characters including spaces and
 * punctuation (as Netflix and Subtitle Edit count them), without line breaks, zero-width characters,
 * combining marks or <i>/<b>/<u> tags. A full-width character counts once here.
 */
export function readableLength(text: string): number {
  let n = 0
  const plain = text.indexOf('<') >= 0 ? text.replace(/<\/?[ibu]>/g, '') : text
  for (let i = 0; i < plain.length; i++) {
    let cp = plain.charCodeAt(i)
    if (cp < 0x300) {
      if (cp !== 10 && cp !== 13) n++
      continue
    }
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < plain.length) {
      cp = ((cp - 0xd800) << 10) + (plain.charCodeAt(i + 1) - 0xdc00) + 0x10000
      i++
    }
    if (charWidth(cp) !== 0) n++
  }
  return n
}

/** Han, Kana and CJK punctuation: scripts written without spaces where a line may break between characters. */
export function isCjkBreakable(cp: number): boolean {
  return (
    (cp >= 0x3040 && cp <= 0x30ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3fffd) ||
    (cp >= 0x3000 && cp <= 0x303f) ||
    (cp >= 0xff00 && cp <= 0xff60)
  )
}

/** Lines of a cue as displayed (tags don't take space on screen). */
export function displayLines(text: string): string[] {
  const plain = text.indexOf('<') >= 0 ? text.replace(/<\/?[ibu]>/g, '') : text
  return plain.indexOf('\n') < 0 ? [plain] : plain.split('\n')
}

/** Lines in a cue's text (as written: a trailing line break makes an empty last line). Counted without splitting. */
export function lineCount(text: string): number {
  let n = 1
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++
  return n
}

/**
 * The widest of displayLines(text) by lineWidth, in one pass without splitting (QC measures every
 * cue on every run). A surrogate is paired only within its line, exactly as lineWidth does per line.
 */
export function widestLineWidth(text: string): number {
  const plain = text.indexOf('<') >= 0 ? text.replace(/<\/?[ibu]>/g, '') : text
  let widest = 0
  let w = 0
  for (let i = 0; i < plain.length; i++) {
    let cp = plain.charCodeAt(i)
    if (cp === 10) {
      if (w > widest) widest = w
      w = 0
      continue
    }
    if (cp < 0x300) {
      w++
      continue
    }
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < plain.length && plain.charCodeAt(i + 1) !== 10) {
      cp = ((cp - 0xd800) << 10) + (plain.charCodeAt(i + 1) - 0xdc00) + 0x10000
      i++
    }
    w += charWidth(cp)
  }
  return w > widest ? w : widest
}

/** True when nothing visible would be shown (spaces, line breaks, tags, zero-width characters only). */
export function isBlankCueText(text: string): boolean {
  const plain = text.indexOf('<') >= 0 ? text.replace(/<\/?[ibu]>/g, '') : text
  for (let i = 0; i < plain.length; i++) {
    let cp = plain.charCodeAt(i)
    if (cp === 32 || (cp >= 9 && cp <= 13) || cp === 0xa0 || cp === 0x3000 || (cp >= 0x2000 && cp <= 0x200a)) continue
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < plain.length) {
      cp = ((cp - 0xd800) << 10) + (plain.charCodeAt(i + 1) - 0xdc00) + 0x10000
      i++
    }
    if (charWidth(cp) !== 0) return false
  }
  return true
}
