import type { Layout } from './frames'
import type { GrammarHit, Referent } from './referents'
import { negatorCovers } from './mentions'

/**
 * Humanity denied to a group, in three shapes:
 *  - said: "Gays are not people", "os ciganos não são gente";
 *  - held: "I don't consider Muslims human", "gue gak nganggep orang Cina manusia", "no considero a
 *    los gays personas";
 *  - Tagalog, predicate first, the group after "ang (mga)": "Hindi tao ang mga bakla", "Hindi ko
 *    itinuturing na tao ang mga Muslim";
 *  - asked: "Since when are Muslims people?", "¿Desde cuándo los gays son personas?", "Sejak kapan
 *    orang Papua manusia?".
 * A word of humanity ends it; "people to be feared", "personas que …" (a description follows) do not count.
 */
const HUMAN = new Set(
  'human humans people person persons gente pessoa pessoas humano humanos humana humanas persona personas manusia insan tao'.split(
    ' '
  )
)
/** Verbs of holding someone to be something. */
const CONSIDER = new Set(
  'consider count regard see treat considero considera consideramos conto trato anggap nganggep menganggap anggep ituring itinuturing tinuturing'.split(
    ' '
  )
)
const SINCE_WHEN = new Set(['since when', 'desde quando', 'desde cuando', 'sejak kapan', 'sejak bila', 'mula kailan'])
/** What may stand between the group and the word of humanity. */
const GLUE = new Set(
  'are is even really truly real as like not never no nao nunca son es sao e eram were ever na ang mga itu tu ni bukan tidak gak nggak ga tak dianggap considered a de os as los las'.split(
    ' '
  )
)
/** What may follow the word of humanity: nothing of its own, or a particle. */
const ENDS = new Set('at all anymore either too man lol bro mano wey eh lah kan sih deh ni tu itu pa ya ha'.split(' '))
const ARTICLE = new Set('the as os las los a an the la el'.split(' '))

export function findDeniedHumanity(layout: Layout, refs: readonly Referent[]): GrammarHit[] {
  const { tokens, sentence, mentions } = layout
  const out: GrammarHit[] = []
  if (!refs.some((r) => r.kind === 'group')) return out
  const negatorAt = (k: number) => negatorCovers(mentions, k)
  for (let h = 1; h < tokens.length; h++) {
    if (!HUMAN.has(tokens[h].norm)) continue
    // it ends the phrase ("… are not people", "… manusia."): "people you need to fear", "people's
    // property", "pessoas culpadas", "manusia kasar" describe; an article before it points at some
    const tagalog = tagalogDenial(layout, refs, h)
    if (tagalog) {
      out.push(tagalog)
      continue
    }
    if (h + 1 < tokens.length && sentence[h + 1] === sentence[h] && !ENDS.has(tokens[h + 1].norm)) continue
    if (ARTICLE.has(tokens[h - 1].norm)) continue
    // the group: the nearest referent before, with only glue words between it and the word of humanity
    const group = refs.findLast((r) => r.index < h && sentence[r.index] === sentence[h])
    if (!group || group.kind !== 'group' || !group.group) continue
    let glued = true
    const groupEnd = mentions.find((m) => m.first === group.index)?.last ?? group.index
    for (let k = groupEnd + 1; k < h; k++) if (!GLUE.has(tokens[k].norm) && !negatorAt(k)) glued = false
    if (!glued) continue
    // what denies it: a negator between them, or before the group a negated verb of holding, or "since when"
    const s = sentence[h]
    let start = -1
    for (let k = group.index + 1; k < h; k++) if (negatorAt(k)) start = group.index
    for (let k = group.index - 1; start < 0 && k >= Math.max(0, group.index - 5) && sentence[k] === s; k--) {
      const w = tokens[k].norm
      const pair = k > 0 ? `${tokens[k - 1].norm} ${w}` : ''
      if (SINCE_WHEN.has(pair)) start = k - 1
      else if (CONSIDER.has(w)) {
        // the negator opens the finding, so it is not read as negating it
        for (let j = k - 1; j >= Math.max(0, k - 4) && sentence[j] === s; j--) if (negatorAt(j)) start = j
        if (start < 0) break
      }
    }
    if (start < 0) continue
    out.push({ first: start, last: h, target: group })
  }
  return out
}

/** Tagalog's subject marker and plural, which stand between a predicate and its subject. */
const ANG = new Set(['ang', 'mga', 'yung', 'ung', 'iyong'])
/** The linker between a verb of holding and what the thing is held to be ("itinuturing na tao"). */
const LINKER = new Set(['na', 'ng', 'bilang'])

/**
 * "Hindi tao ang mga bakla", "Hindi ko itinuturing na tao ang mga Muslim": the word of humanity
 * first, the group after it behind "ang (mga)", and before it a negator, or a negated verb of holding
 * and its linker.
 */
function tagalogDenial(layout: Layout, refs: readonly Referent[], h: number): GrammarHit | null {
  const { tokens, sentence, mentions } = layout
  let k = h + 1
  if (k >= tokens.length || !ANG.has(tokens[k].norm)) return null
  while (k < tokens.length && ANG.has(tokens[k].norm)) k++
  // the group's mention may take in the plural marker ("mga bakla")
  const group = refs.find((r) => r.index > h + 1 && r.index <= k && sentence[r.index] === sentence[h])
  if (!group || group.kind !== 'group' || !group.group) return null
  const last = mentions.find((m) => m.first === group.index)?.last ?? group.index
  if (negatorCovers(mentions, h - 1)) return { first: h - 1, last, target: group }
  if (!LINKER.has(tokens[h - 1]?.norm ?? '')) return null
  for (let v = h - 2; v >= Math.max(0, h - 4); v--) {
    if (!CONSIDER.has(tokens[v].norm)) continue
    for (let j = v - 1; j >= Math.max(0, v - 3); j--)
      if (negatorCovers(mentions, j)) return { first: j, last, target: group }
  }
  return null
}
