/**
 * Word normalisation shared by rule compilation and text scanning, so that a phrase in a rule file
 * and the same words in a script always meet: lower case, diacritics folded ("você" = "voce",
 * "ninguém" = "ninguem"; people often type without accents), apostrophes split ("you're" = "you re").
 */

const ASCII_LOWER = /^[a-z0-9]*$/

export function normalizeWord(word: string): string {
  const lower = word.toLowerCase()
  if (ASCII_LOWER.test(lower)) return lower
  // Fold accents on Latin letters only (an Arabic hamza or a Devanagari vowel sign is part of the
  // letter, not an accent). Lone surrogates pass through unchanged: normalize never throws.
  return lower
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
}

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i'
}
const LEET_CHARS = /[013457@$!]/
const HAS_LETTER = /\p{L}/u

/**
 * Spellings people use to slip insults and profanity past filters: l33t digits ("l0s3r", "$tupid")
 * and stretched letters ("loooser", "stuuupid"). Returns other forms to try (empty when none).
 * Runs of 3+ equal letters are tried squeezed to one and to two ("loooser" → "loser"; "fooool" → "fool").
 */
const NO_FORMS: string[] = []
const MAYBE_OBFUSCATED = /[013457@$!]|(.)\1\1/u

export function obfuscationForms(norm: string): string[] {
  if (!MAYBE_OBFUSCATED.test(norm)) return NO_FORMS
  let base = norm
  if (LEET_CHARS.test(base) && HAS_LETTER.test(base)) base = base.replace(/[013457@$!]/g, (c) => LEET[c] ?? c)
  const forms: string[] = []
  if (base !== norm) forms.push(base)
  // "1" stands for "l" as often as for "i" ("ki11ed", "1oser")
  if (base !== norm && norm.includes('1')) {
    const el = norm.replace(/[013457@$!]/g, (c) => (c === '1' ? 'l' : (LEET[c] ?? c)))
    if (el !== base) forms.push(el)
  }
  if (/(.)\1\1/u.test(base)) {
    const one = base.replace(/(.)\1{2,}/gu, '$1')
    const two = base.replace(/(.)\1{2,}/gu, '$1$1')
    forms.push(one)
    if (two !== one) forms.push(two)
  }
  return forms
}
