/**
 * How long a word takes to say, relative to the others in its cue, when nothing better is known (no
 * speech found in the audio). Syllables for alphabetic scripts (vowel groups), one per character for
 * CJK, where each character is a syllable, and half a beat per letter for scripts whose vowels are
 * marks or unwritten (Arabic, Thai, Devanagari). A pause after "," or "." is part of the word before it.
 */

const LATINISH = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u
const VOWEL_GROUPS = /[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœαεηιοωυаеёиоуыэюя]+/giu
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
const LETTER = /\p{L}/u
const PAUSE = /[,.;:!?…،؛؟।。、！？]$/u

let graphemes: Intl.Segmenter | undefined

function graphemeCount(text: string): number {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  let n = 0
  for (const g of graphemes.segment(text)) if (LETTER.test(g.segment)) n++
  return n
}

export function wordWeight(word: string): number {
  let w: number
  if (CJK.test(word)) w = graphemeCount(word)
  else if (LATINISH.test(word)) w = word.match(VOWEL_GROUPS)?.length ?? 1
  else w = graphemeCount(word) / 2
  w = Math.max(1, w)
  return PAUSE.test(word) ? w + 0.5 : w
}

/**
 * Splits [fromMs, toMs) among words in proportion to their weights. Pure; boundaries are whole ms,
 * contiguous, and the last word ends exactly at `toMs`.
 */
export function spreadByWeight(
  words: readonly string[],
  fromMs: number,
  toMs: number
): { fromMs: number; toMs: number }[] {
  const weights = words.map(wordWeight)
  const total = weights.reduce((a, b) => a + b, 0)
  const span = Math.max(0, toMs - fromMs)
  const out: { fromMs: number; toMs: number }[] = []
  let acc = 0
  let at = fromMs
  for (const w of weights) {
    acc += w
    const end = fromMs + Math.round((span * acc) / total)
    out.push({ fromMs: at, toMs: end })
    at = end
  }
  return out
}
