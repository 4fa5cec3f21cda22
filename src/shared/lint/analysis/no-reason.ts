import type { Layout } from './frames'
import { NEGATING_WORDS } from './closed-class'
import { negatorCovers } from './mentions'

/**
 * "There is no good reason to hate gays", "Takde sebab pun nak benci orang India", "No hay razón para
 * odiar a nadie": a negated reason (or need, or excuse) for an act denies the act. Whether the words
 * before the predicate at `first` hold such a reason: a reason word within four words before it, with a
 * negator up to three words before that, all in one clause.
 */
const REASON = new Set(
  'reason reasons excuse need motivo motivos razon razones excusa necesidad sebab alasan dahilan kailangan'.split(' ')
)

const NEED = new Set(
  'need needs needed perlu butuh precisa preciso precisamos necesito necesita necesitas kailangan'.split(' ')
)

export function deniedReason(layout: Layout, first: number): boolean {
  const { tokens, clause, mentions } = layout
  const negatorAt = (k: number) => NEGATING_WORDS.has(tokens[k].norm) || negatorCovers(mentions, k)
  for (let r = first - 1; r >= Math.max(0, first - 4) && clause[r] === clause[first]; r--) {
    if (!REASON.has(tokens[r].norm)) continue
    // "I don't need a reason to hate …", "tak perlu sebab nak benci …": no reason needed is no denial
    for (let n = r - 1; n >= Math.max(0, r - 3); n--) {
      if (NEED.has(tokens[n].norm)) return false
      if (negatorAt(n)) return true
    }
    return false
  }
  return false
}

/** "no good reason": a predicate of a negator and a word that qualifies a reason word right after it. */
export function qualifiesReason(layout: Layout, first: number, last: number): boolean {
  const { tokens } = layout
  return NEGATING_WORDS.has(tokens[first].norm) && last + 1 < tokens.length && REASON.has(tokens[last + 1].norm)
}
