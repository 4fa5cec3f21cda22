import type { Token } from '../tokenize'
import type { CompiledLexicon } from './lexicon'

/**
 * "be nci", "stu pid", "gr oss": one space typed inside a word. Two neighbouring words separated by
 * exactly one space are read as one when together they spell a word spelling is corrected towards
 * and at least one of the two is not a word (neither the lexicon nor the spelling guard knows it,
 * and it is not a capitalised name) while the other is no word either or a word of one or two
 * letters, so "no body", "be at", "si Kat" and "mari con" stay two words.
 */
export function mergeSplitWords(tokens: readonly Token[], lex: CompiledLexicon, text: string): Token[] | null {
  let out: Token[] | null = null
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i]
    const b = tokens[i + 1]
    if (b && b.start === a.end + 1 && text.charCodeAt(a.end) === 32 && splitWordAt(a, b, lex)) {
      out ??= tokens.slice(0, i)
      out.push({ ...a, end: b.end, norm: a.norm + b.norm, forms: [], obfuscated: true })
      i++
      continue
    }
    out?.push(a)
  }
  return out
}

/** Neither the lexicon nor the spelling guard knows it, and it is not capitalised ("si Kat" is not "sikat"). */
function nonWord(t: Token, lex: CompiledLexicon): boolean {
  return !t.titlecase && !lex.known.has(t.norm) && !lex.guard.has(t.norm)
}

// (module-level functions, not closures: this runs for every pair of neighbouring words)
function splitWordAt(a: Token, b: Token, lex: CompiledLexicon): boolean {
  // checked in this order because most neighbours are two known words (no string is built for them)
  const aWord = !nonWord(a, lex)
  const bWord = !nonWord(b, lex)
  if (aWord && bWord) return false
  // a real word of three letters or more stays itself ("mari con", "kamu mon yet"): only a short
  // one may be the front or back of a split word ("be nci", "lo ser")
  if ((aWord && a.norm.length > 2) || (bWord && b.norm.length > 2)) return false
  const joined = a.norm + b.norm
  return joined.length >= 4 && lex.spell.targets.has(joined) && /^\p{L}+$/u.test(joined)
}
