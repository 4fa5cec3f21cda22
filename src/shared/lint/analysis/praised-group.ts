import type { Analysis } from './analyze'

/**
 * "la gente gorda también es hermosa", "fat girls are gorgeous", "orang gemuk pun cantik": a word
 * that names a group (body size, disability, …) inside a clause that praises, with nothing negated
 * and no other finding in that clause. The word describes the group; it is not said against it.
 */
/**
 * "orang gemuk pun boleh bersukan": a body or identity word that is part of a group's name (the
 * lexicon lists "orang gemuk" as a group), in a clause where the analysis found nothing unkind.
 */
export function neutralGroupName(a: Analysis, first: number, last: number): boolean {
  const { mentions, clause } = a.layout
  const c = clause[first]
  const named = mentions.some((m) => m.role === 'group' && m.first <= first && m.last >= last && m.last > m.first)
  return named && !a.findings.some((f) => clause[f.first] === c)
}

export function praisedGroupWord(a: Analysis, first: number, last: number): boolean {
  const { mentions, clause } = a.layout
  const c = clause[first]
  const groupWord = mentions.some(
    (m) => m.first <= first && m.last >= last && (m.role === 'group' || m.alt?.some((x) => x.role === 'group') === true)
  )
  // or an adjective before a people noun: "fat girls", "old people"
  const describes = mentions.some((m) => m.first === last + 1 && (m.role === 'group' || m.role === 'person'))
  if (!groupWord && !describes) return false
  let praise = false
  for (const m of mentions) {
    if (clause[m.first] !== c) continue
    if (m.role === 'negator') return false
    if (m.role === 'positive' && m.first > last) praise = true
  }
  return praise && !a.findings.some((f) => clause[f.first] === c && (f.first > last || f.last < first))
}
