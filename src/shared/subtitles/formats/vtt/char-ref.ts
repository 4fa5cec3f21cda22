import { characterEntities } from 'character-entities'
import { characterEntitiesLegacy } from 'character-entities-legacy'

/*
 * "Consume an HTML character reference", as the WebVTT cue text tokenizer uses it (WebVTT § 6.4, which
 * points at HTML's algorithm; "not as part of an attribute"). The named table is HTML's full list
 * (character-entities, 2,125 names); the names that may omit the semicolon are HTML's legacy list
 * (character-entities-legacy). Steps:
 * - not a reference (nothing consumed): at the end, or before tab, LF, FF, space, "<", "&", or the
 *   additional allowed character (">" inside a tag annotation);
 * - "#": hex after "x"/"X", decimal otherwise; no digits → nothing consumed; an optional ";"; 0 and
 *   0x80–0x9F go through the Windows-1252 table, surrogates and values above 0x10FFFF become U+FFFD;
 * - otherwise the LONGEST name in the table that the following characters spell (so "&notin;" is ∉ but
 *   "&notit;" is ¬ followed by "it;"); no match → nothing consumed.
 */

const LEGACY = new Set(characterEntitiesLegacy)
const MAX_NAME = 32

/** HTML's replacement table for numeric references in the C1 range (and 0). */
const C1: Readonly<Record<number, number>> = {
  0x00: 0xfffd,
  0x80: 0x20ac,
  0x82: 0x201a,
  0x83: 0x0192,
  0x84: 0x201e,
  0x85: 0x2026,
  0x86: 0x2020,
  0x87: 0x2021,
  0x88: 0x02c6,
  0x89: 0x2030,
  0x8a: 0x0160,
  0x8b: 0x2039,
  0x8c: 0x0152,
  0x8e: 0x017d,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x98: 0x02dc,
  0x99: 0x2122,
  0x9a: 0x0161,
  0x9b: 0x203a,
  0x9c: 0x0153,
  0x9e: 0x017e,
  0x9f: 0x0178
}

export interface CharRef {
  /** The characters the reference stands for. */
  text: string
  /** Index just after the consumed reference. */
  end: number
}

const isAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
const isDigit = (c: number) => c >= 0x30 && c <= 0x39
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)

/**
 * Attempts to consume a character reference whose "&" is at input[amp]. Returns what it stands for and
 * where it ends, or null when nothing is consumed (the caller then keeps the "&" as text).
 */
export function consumeCharRef(input: string, amp: number, additionalAllowed?: string): CharRef | null {
  const at = amp + 1
  if (at >= input.length) return null
  const c = input[at]
  if (c === '\t' || c === '\n' || c === '\f' || c === ' ' || c === '<' || c === '&' || c === additionalAllowed)
    return null
  if (c === '#') {
    let p = at + 1
    const hex = input[p] === 'x' || input[p] === 'X'
    if (hex) p++
    const start = p
    while (p < input.length && (hex ? isHex(input.charCodeAt(p)) : isDigit(input.charCodeAt(p)))) p++
    if (p === start) return null
    const digits = input.slice(start, p).replace(/^0+(?=.)/, '')
    if (input[p] === ';') p++
    // Long digit runs are simply "too large": no need to parse them exactly.
    const code = digits.length > 8 ? 0x110000 : parseInt(digits, hex ? 16 : 10)
    return { text: codePointText(code), end: p }
  }
  if (!isAlnum(input.charCodeAt(at))) return null
  let runEnd = at
  while (runEnd < input.length && runEnd - at < MAX_NAME && isAlnum(input.charCodeAt(runEnd))) runEnd++
  for (let len = runEnd - at; len > 0; len--) {
    const name = input.slice(at, at + len)
    if (input[at + len] === ';' && Object.prototype.hasOwnProperty.call(characterEntities, name))
      return { text: characterEntities[name], end: at + len + 1 }
    if (LEGACY.has(name)) return { text: characterEntities[name], end: at + len }
  }
  return null
}

function codePointText(code: number): string {
  if (code in C1) return String.fromCodePoint(C1[code])
  if ((code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return '\ufffd'
  return String.fromCodePoint(code)
}
