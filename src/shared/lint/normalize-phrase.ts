import { normalizeWord } from './normalize'

/** A phrase as the words the tokenizer would give for it ("You're" → "you re"). */
export const normalizePhrase = (phrase: string) => phrase.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean).map(normalizeWord).join(' ')
