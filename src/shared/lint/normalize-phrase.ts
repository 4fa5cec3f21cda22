import { normalizeWord } from './normalize'

const PLAIN = /^[a-z0-9]+(?: [a-z0-9]+)*$/

/** A phrase as the words the tokenizer would give for it ("You're" → "you re"). */
export const normalizePhrase = (phrase: string) =>
  // most lexicon entries are already lower-case ASCII words: skip the Unicode split and folding
  PLAIN.test(phrase)
    ? phrase
    : phrase
        .split(/[^\p{L}\p{M}\p{N}]+/u)
        .filter(Boolean)
        .map(normalizeWord)
        .join(' ')
