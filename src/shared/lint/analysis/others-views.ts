import type { Layout } from './frames'
import type { Referent } from './referents'
import { CONDITION } from './closed-class'

/**
 * Stretches of a line that report someone else's act or view rather than the speaker's:
 *  - treatment by someone else: "Que vergonha esse vídeo tratando os … como animais", "El gobierno
 *    trata a los … como basura, qué coraje" — a verb of treating with a subject that is not the
 *    speaker ("We treat them like animals" and "Treat them like animals" stay the speaker's);
 *  - the view of the one addressed, put as a condition: "Si crees que los … no deberían votar, el
 *    problema eres tú", "If you think … are animals, you're the problem".
 * Each span runs from the verb to the end of its clause.
 */
const TREAT = new Set(
  'treat treats treated treating trata tratam tratando tratou tratan trato tratamos memperlakukan diperlakukan perlakukan melayan dilayan layan tinatrato trinato itinuturing'.split(
    ' '
  )
)
const LIKE = new Set('like as como kayak kaya macam seperti bagai parang gaya igual'.split(' '))
const THINK = new Set(
  'think believe thinks crees piensas creen piensan acha acham acredita acreditam pikir mikir kira ngira rasa fikir tingin akala'.split(
    ' '
  )
)

export function othersViews(layout: Layout, refs: readonly Referent[]): [number, number][] {
  const { tokens, clause } = layout
  const out: [number, number][] = []
  const clauseEnd = (k: number) => {
    let e = k
    while (e + 1 < tokens.length && clause[e + 1] === clause[k]) e++
    return e
  }
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k].norm
    if (TREAT.has(w)) {
      // a group or person treated, then "like"/"como" within three words
      const treated = refs.find((r) => r.index > k && r.index <= k + 3 && clause[r.index] === clause[k])
      if (!treated || !tokens.slice(treated.index + 1, treated.index + 3).some((t) => LIKE.has(t.norm))) continue
      const subject = refs.findLast((r) => r.index < k && clause[r.index] === clause[k])
      if (subject && subject.kind !== 'first' && subject.kind !== 'second') out.push([k, clauseEnd(k)])
    } else if (THINK.has(w)) {
      // "if you think …": a condition and "you" within the three words before
      let cond = false
      let you = false
      for (let j = Math.max(0, k - 3); j < k; j++) {
        if (CONDITION.has(tokens[j].norm)) cond = true
        if (refs.some((r) => r.index === j && r.kind === 'second')) you = true
      }
      // (Spanish and Portuguese drop "you": "si crees que" — the verb's own ending says it)
      if (cond && (you || /(?:es|as)$/.test(w) || w === 'acha')) out.push([k, clauseEnd(k)])
    }
  }
  return out
}
