import type { Layout } from './frames'
import { WHY } from './closed-class'

/**
 * "Isn't she the dumbest person you've ever met?", "¿No es ella la más tonta?", "Ela não é a mais
 * burra?", "Dia ni bukan ke orang paling bodoh?", "Di ba siya ang pinakabobo?": a yes/no question
 * that opens with a negation asks the listener to agree — it asserts, it does not deny. Such a
 * negator (opening a sentence that ends in a question mark, or followed by a question particle)
 * is dropped from the negation frame.
 */

/** Question particles that make a negator rhetorical even without a question mark ("bukan ke", "di ba", "kan"). */
const TAGS = new Set(['ke', 'ba', 'kan'])
const PRONOUN = new Set(['first', 'second', 'third'])

export function rhetoricalNegators(layout: Layout, text: string, negators: readonly number[]): Set<number> {
  const out = new Set<number>()
  const { tokens, sentence } = layout
  for (const k of negators) {
    const s = sentence[k]
    const start = sentenceStart(sentence, k)
    let end = k
    while (end + 1 < tokens.length && sentence[end + 1] === s) end++
    if (end === k) continue
    // "bukan ke", "di ba": the particle makes it a question wherever it stands
    const tagged = TAGS.has(tokens[k + 1].norm) && k - start <= 2
    // otherwise the negator opens the sentence, before any subject ("Isn't she…", "¿No es…"):
    // "You're not stupid, ok?" denies
    const opening =
      k - start <= 1 && !layout.mentions.some((m) => m.first >= start && m.first < k && PRONOUN.has(m.role))
    if (!tagged && !opening) continue
    const after = text.slice(tokens[end].end, end + 1 < tokens.length ? tokens[end + 1].start : text.length)
    if (tagged || after.includes('?')) out.add(k)
  }
  return out
}

/** "Why", with the chat spelling "pq" (closed-class WHY). */
const WHY_WORDS = new Set([...WHY, 'pq'])
/** "por qué", "por que": the second word of a two-word "why" (tokens are accent-free). */
const WHY_SECOND = new Set(['que'])
/** "Why didn't they …?" asks about the past. */
const PAST = new Set('didn wasn weren hadn couldn'.split(' '))

/** The index of the first token of k's sentence. */
function sentenceStart(sentence: Int32Array, k: number): number {
  let start = k
  while (start > 0 && sentence[start - 1] === sentence[k]) start--
  return start
}

/**
 * "Why can't you just die?", "Why don't they just leave?", "¿Por qué no se mueren?", "Kenapa gak
 * mati aja?", "Bakit hindi na lang sila mamatay?": a negated "why" at the start of a sentence
 * suggests the act, it does not deny it. Such negators are dropped for the kinds that are acts
 * wished on someone (threats, exclusion, self-harm), not for what is said of them ("Why aren't you
 * smart?" is still a negated positive, read as it always was).
 */
export function suggestingNegators(layout: Layout, negators: readonly number[]): Set<number> {
  const out = new Set<number>()
  const { tokens, sentence } = layout
  for (const k of negators) {
    const start = sentenceStart(sentence, k)
    const w = start < k ? tokens[start].norm : ''
    const whyAt =
      WHY_WORDS.has(w) &&
      !PAST.has(tokens[k].norm) &&
      (start + 1 === k || (start + 2 === k && WHY_SECOND.has(tokens[start + 1].norm)))
    // "Why can't you": the modal stands between "why" and the negator's "t"
    // ("Why didn't they …?" asks about the past)
    const modal = WHY_WORDS.has(w) && start + 2 === k && tokens[k].norm === 't' && !PAST.has(tokens[k - 1].norm)
    if (whyAt || modal) out.add(k)
  }
  return out
}
