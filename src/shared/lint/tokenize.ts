import { wordShapes } from './caches'
import { normalizeWord, obfuscationForms } from './normalize'

/**
 * Our own tokenizer instead of retext-latin's nlcst tree: matching needs only word tokens with
 * offsets, and building the full nlcst tree (sentences, white space, punctuation nodes, positions)
 * costs ~10× more, which breaks the 5 ms per keystroke budget (bench/lint.ts prints both).
 * Words are runs of Unicode letters, marks and digits, so word boundaries work in every script
 * (Latin, Cyrillic, Arabic, Devanagari…); scripts written without spaces (Thai, CJK, Lao, Khmer,
 * Myanmar) are split further with Intl.Segmenter so a rule never matches inside a longer word.
 */
export interface Token {
  start: number
  end: number
  /** Normalised form (see normalizeWord). */
  norm: string
  /** De-l33ted / squeezed spellings to try as well (obfuscation). */
  forms: string[]
  /** Built from letters separated by spaces or dots ("l.o.s.e.r"), or used other forms. */
  obfuscated: boolean
  /** "Dick" (not "DICK", not "dick"): used to spot proper names. */
  titlecase: boolean
  /** Directly after an apostrophe that follows a letter ("isn't" → "isn" + "t"). */
  afterApostrophe: boolean
}

// "!" and "*" only inside a word: "sh!t" (l33t) and "f*ck" (masked letters) stay one token.
const WORD = /[\p{L}\p{M}\p{N}@$]+(?:[!*]+[\p{L}\p{M}\p{N}@$]+)*/gu
const NO_SPACE_SCRIPT =
  /[\p{Script=Thai}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u
// "@handle", "$5", "cash$": symbols at a word's edge are not letters; "$tupid" keeps its "$".
const EDGE_SYMBOLS = /^@+|^\$+(?=\d)|[@$]+$/g
// Thai (U+0E00) is the first script written without spaces: below it the Unicode-property test is skipped.
const BEYOND_SPACED_SCRIPTS = /[^\u0000-\u0dff]/
const APOSTROPHES = new Set(["'", '’', 'ʼ'])
const SPACED_SEPARATORS = new Set([' ', '.', '-', '_', '*', '·'])

/** EDGE_SYMBOLS can only change a word that starts or ends with "@" or "$". */
function hasEdgeSymbol(word: string): boolean {
  const a = word.charCodeAt(0)
  const z = word.charCodeAt(word.length - 1)
  return a === 64 || a === 36 || z === 64 || z === 36
}

let segmenter: Intl.Segmenter | null | undefined

function segmentWords(word: string): { index: number; segment: string }[] {
  if (segmenter === undefined)
    segmenter =
      typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null
  if (!segmenter) return [{ index: 0, segment: word }]
  return [...segmenter.segment(word)].filter((s) => s.isWordLike !== false)
}

/** "f*ck" → the rule words it can stand for ("fuck"): same length, every unmasked letter equal. */
function unmask(norm: string, vocabulary: ReadonlySet<string> | undefined): string[] {
  if (!vocabulary) return []
  const out: string[] = []
  for (const w of vocabulary) {
    if (w.length !== norm.length) continue
    let ok = true
    for (let i = 0; i < w.length && ok; i++) ok = norm[i] === '*' || norm[i] === w[i]
    if (ok) out.push(w)
  }
  return out
}

/** "f*ck" is a mask (letters hidden); "l*o*s*e*r" is a separator (letters spread out): try both. */
function maskedForms(norm: string, vocabulary: ReadonlySet<string> | undefined): string[] {
  const joined = norm.replace(/\*+/g, '')
  return [...unmask(norm, vocabulary), joined, ...obfuscationForms(joined)]
}

export interface WordShape {
  norm: string
  forms: string[]
  titlecase: boolean
}

/**
 * Normal form, obfuscation forms and Title Case of a word, memoized by the word as written: a
 * track of 5,000 cues has ~50,000 words but only a few thousand different ones. Masked words
 * ("f*ck") depend on the vocabulary and are not memoized.
 */
const shapes = wordShapes

function shapeOf(raw: string, vocabulary: ReadonlySet<string> | undefined): WordShape {
  let shape = shapes.get(raw)
  if (shape) return shape
  const norm = normalizeWord(raw)
  const first = raw.charAt(0)
  // raw === norm: nothing was lower-cased, so the first letter is not a capital.
  const titlecase =
    raw !== norm && first !== first.toLowerCase() && raw.slice(1) === raw.slice(1).toLowerCase() && raw.length > 1
  if (norm.includes('*')) return { norm, forms: maskedForms(norm, vocabulary), titlecase }
  shapes.set(raw, (shape = { norm, forms: obfuscationForms(norm), titlecase }))
  return shape
}

function makeToken(text: string, start: number, end: number, vocabulary?: ReadonlySet<string>): Token {
  const { norm, forms, titlecase } = shapeOf(text.slice(start, end), vocabulary)
  const prev = start > 0 ? text.charAt(start - 1) : ''
  return {
    start,
    end,
    norm,
    forms,
    obfuscated: false,
    titlecase,
    afterApostrophe: APOSTROPHES.has(prev) && start > 1 && /\p{L}/u.test(text.charAt(start - 2))
  }
}

export function tokenize(text: string, vocabulary?: ReadonlySet<string>): Token[] {
  const tokens: Token[] = []
  for (const m of text.matchAll(WORD)) {
    let start = m.index
    let word = m[0]
    if (hasEdgeSymbol(word)) {
      const trimmed = word.replace(EDGE_SYMBOLS, '')
      if (!trimmed) continue
      start += word.indexOf(trimmed)
      word = trimmed
    }
    if (BEYOND_SPACED_SCRIPTS.test(word) && NO_SPACE_SCRIPT.test(word)) {
      for (const s of segmentWords(word))
        tokens.push(makeToken(text, start + s.index, start + s.index + s.segment.length, vocabulary))
    } else {
      tokens.push(makeToken(text, start, start + word.length, vocabulary))
    }
  }
  return vocabulary ? mergeSpacedLetters(text, tokens, vocabulary) : tokens
}

/**
 * "s t u p i d", "l.o.s.e.r": runs of 3+ one-letter tokens, each separated by one separator, are
 * joined when the joined word is in the rule vocabulary. The run may start with a real one-letter
 * word ("you are a s t u p i d"), so joining from the second letter is tried too. A run of 5+ is
 * joined whatever it spells.
 */
const TRAILING_WORDS = new Set(['a', 'y'])

function mergeSpacedLetters(text: string, tokens: Token[], vocabulary: ReadonlySet<string>): Token[] {
  let out: Token[] | null = null
  let i = 0
  while (i < tokens.length) {
    let j = i
    while (
      j + 1 < tokens.length &&
      tokens[j].end - tokens[j].start === 1 &&
      tokens[j + 1].end - tokens[j + 1].start === 1 &&
      tokens[j + 1].start - tokens[j].end === 1 &&
      SPACED_SEPARATORS.has(text.charAt(tokens[j].end))
    )
      j++
    if (j - i + 1 >= 3) {
      let merged: Token | null = null
      let from = i
      let to = j
      // a real one-letter word may also sit at either end ("a c a n c e r", "m a t e n a")
      for (const [k, e] of [
        [i, j],
        [i + 1, j],
        [i, j - 1],
        [i + 1, j - 1]
      ]) {
        if (e - k + 1 < 3) continue
        // a trailing letter is dropped only when it is a preposition or conjunction on its own
        // ("m a t e n a los…"), not the word's own last letter ("F A T E", "H E L L O")
        if (e < j && !TRAILING_WORDS.has(tokens[j].norm)) continue
        const word = tokens
          .slice(k, e + 1)
          .map((t) => t.norm)
          .join('')
        const forms = obfuscationForms(word)
        if (vocabulary.has(word) || forms.some((f) => vocabulary.has(f))) {
          merged = {
            start: tokens[k].start,
            end: tokens[e].end,
            norm: word,
            forms,
            obfuscated: true,
            titlecase: false,
            afterApostrophe: false
          }
          from = k
          to = e
          break
        }
      }
      // "ur a u g l y c o w": a long spaced run is one typed-out word or phrase even when the rule
      // vocabulary does not know it whole; the sentence analysis splits it into words
      if (!merged && j - i + 1 >= 5)
        merged = {
          start: tokens[i].start,
          end: tokens[j].end,
          norm: tokens
            .slice(i, j + 1)
            .map((t) => t.norm)
            .join(''),
          forms: [],
          obfuscated: true,
          titlecase: false,
          afterApostrophe: false
        }
      if (merged) {
        out ??= tokens.slice(0, i)
        for (let k = i; k < from; k++) out.push(tokens[k])
        out.push(merged)
        for (let k = to + 1; k <= j; k++) out.push(tokens[k])
        i = j + 1
        continue
      }
    }
    if (out) for (let k = i; k <= j; k++) out.push(tokens[k])
    i = j + 1
  }
  return out ?? tokens
}
