import type { Layout } from './frames'
import { THREAT_CONDITION } from './closed-class'
import { HURTABLE, type GrammarHit, type Referent } from './referents'

/**
 * "If Maya talks to my boyfriend again, she's dead", "se ele aparecer aqui, tá morto", "si vuelve,
 * está muerto": someone said to be dead in a sentence that sets a condition is threatened. Without the
 * condition it is news ("Grandma? She's dead.") and is left alone; so is a negated one ("if he comes
 * he won't be dead").
 */
const DEAD = new Set('dead morto morta mortos mortas muerto muerta muertos muertas'.split(' '))
/** A copula or "is"-like word between the person and "dead" (pt "tá", es "está", en "'s"). */
const LINK = new Set('s is are re was be gonna ta esta estas estan e sera vai va'.split(' '))

export function findConditionalDeath(
  layout: Layout,
  refs: readonly Referent[],
  negators: readonly number[]
): GrammarHit[] {
  const { tokens, sentence } = layout
  const out: GrammarHit[] = []
  for (let k = 1; k < tokens.length; k++) {
    if (!DEAD.has(tokens[k].norm)) continue
    const s = sentence[k]
    let conditioned = false
    for (let j = 0; j < tokens.length; j++)
      if (sentence[j] === s && THREAT_CONDITION.has(tokens[j].norm)) conditioned = true
    if (!conditioned) continue
    // the person: right before "dead", or before one or two linking words
    let j = k - 1
    while (j >= 0 && k - j <= 3 && LINK.has(tokens[j].norm)) j--
    const who = refs.find((r) => r.index === j && HURTABLE.has(r.kind))
    if (!who || negators.some((n) => n > who.index && n < k)) continue
    out.push({ first: who.index, last: k, target: who })
  }
  return out
}
