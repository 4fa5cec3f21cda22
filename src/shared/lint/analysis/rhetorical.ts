import type { Layout } from './frames'

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
    let start = k
    while (start > 0 && sentence[start - 1] === s) start--
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
