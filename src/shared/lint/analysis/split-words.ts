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
    const c = tokens[i + 2]
    // "ke pa rat", "bo do h": three short pieces of a hot word
    if (c && spacedOnce(a, b, text) && spacedOnce(b, c, text) && splitInThree(a, b, c, lex, text)) {
      out ??= tokens.slice(0, i)
      out.push({ ...a, end: c.end, norm: a.norm + b.norm + c.norm, forms: [], obfuscated: true })
      i += 2
      continue
    }
    if (b && spacedOnce(a, b, text) && splitWordAt(a, b, lex, text)) {
      out ??= tokens.slice(0, i)
      out.push({ ...a, end: b.end, norm: a.norm + b.norm, forms: [], obfuscated: true })
      i++
      continue
    }
    out?.push(a)
  }
  return out
}

/**
 * Neither the lexicon nor the spelling guard knows it, and it is not a capitalised name ("si Kat" is
 * not "sikat"); at a sentence's start a capital says nothing ("Mal andi naman siya").
 */
function nonWord(t: Token, lex: CompiledLexicon, text: string): boolean {
  return (!t.titlecase || sentenceStart(t, text)) && !lex.known.has(t.norm) && !lex.guard.has(t.norm)
}

/** What may stand between a sentence's end and its first word: spaces, quotes, dialogue dashes. */
const OPENERS = ' \t"“«‘\'¿¡-–—'

function sentenceStart(t: Token, text: string): boolean {
  let k = t.start - 1
  while (k >= 0 && OPENERS.includes(text[k])) k--
  return k < 0 || '.!?…\n'.includes(text[k])
}

// (module-level functions, not closures: this runs for every pair of neighbouring words)
function splitWordAt(a: Token, b: Token, lex: CompiledLexicon, text: string): boolean {
  // checked in this order because most neighbours are two known words (no string is built for them)
  const aWord = !nonWord(a, lex, text)
  const bWord = !nonWord(b, lex, text)
  if (aWord && bWord) return false
  // a real word of three letters or more stays itself ("mari con", "kamu mon yet": a name or a
  // fragment before a real word is usually just that) unless it comes first and the two spell a word of
  // five or more letters that makes a finding on its own ("gen dut", "bar ilin"); otherwise only a
  // short one may be the front or back of a split word ("be nci", "lo ser")
  const joined = a.norm + b.norm
  if (bWord && b.norm.length > 2) return false
  // (a lowercase real word: "Ban ci Lina" is a name and an honorific)
  if (aWord && a.norm.length > 2)
    return !a.titlecase && joined.length >= 5 && lex.spell.hot.has(joined) && /^\p{L}+$/u.test(joined)
  return joined.length >= 4 && lex.spell.targets.has(joined) && /^\p{L}+$/u.test(joined)
}

function spacedOnce(a: Token, b: Token | undefined, text: string): boolean {
  return b !== undefined && b.start === a.end + 1 && text.charCodeAt(a.end) === 32
}

/** Three pieces of three letters or fewer, one of them at least no word, that together spell a hot word of 5+ letters. */
function splitInThree(a: Token, b: Token, c: Token, lex: CompiledLexicon, text: string): boolean {
  if (a.norm.length > 3 || b.norm.length > 3 || c.norm.length > 3) return false
  // (the hot-word lookup first: most short triples are plain words, "I am at")
  const joined = a.norm + b.norm + c.norm
  if (joined.length < 5 || !lex.spell.hot.has(joined) || !/^\p{L}+$/u.test(joined)) return false
  return nonWord(a, lex, text) || nonWord(b, lex, text) || nonWord(c, lex, text)
}
