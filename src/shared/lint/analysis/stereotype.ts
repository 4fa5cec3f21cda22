import type { FrameIndex, Layout } from './frames'
import type { GrammarHit, Referent } from './referents'
import { setsByLocale } from './closed-class'

/**
 * "Women can't drive", "mulher não sabe dirigir", "las mujeres no saben manejar", "perempuan tak
 * reti memandu": an identity group said to lack an ability is a stereotype, whatever the verb. The
 * ability words are closed-class (can, know how, be able), so they live here, not in the lexicons.
 * Disability, age and religion are left out: "deaf people can't hear the announcement" states a need,
 * "Muslims can't eat pork" a rule of the faith.
 */
const ABILITY: Record<string, string[]> = {
  en: ['can', 'could', 'cant', 'able', 'know'],
  'pt-BR': ['sabe', 'sabem', 'consegue', 'conseguem', 'presta', 'prestam', 'serve', 'servem'],
  'es-MX': ['sabe', 'saben', 'puede', 'pueden', 'sirve', 'sirven'],
  ms: ['reti', 'pandai', 'tahu', 'mampu', 'layak', 'boleh'],
  id: ['bisa', 'becus', 'mampu', 'tahu', 'pinter', 'pintar'],
  fil: ['marunong', 'kaya', 'kayang', 'alam', 'magaling']
}
const ABILITY_SETS = setsByLocale(ABILITY)
/** "… because / so / without / unless": a reason or a need, not a verdict on the group. */
const QUALIFIERS = new Set(
  'because so without unless if porque sem sin kasi dahil kerana karena sebab tanpa'.split(' ')
)
const EXEMPT = new Set(['disability', 'age', 'religion'])

export interface StereotypeHit extends GrammarHit {
  negator: number
}

export function findStereotypes(
  layout: Layout,
  refs: readonly Referent[],
  frames: FrameIndex,
  locale: string
): StereotypeHit[] {
  const ability = ABILITY_SETS.get(locale)
  if (!ability) return []
  const { tokens, clause } = layout
  const out: StereotypeHit[] = []
  for (const g of refs) {
    if (g.kind !== 'group' || (g.group && EXEMPT.has(g.group))) continue
    const negator = frames.negators.find((n) => n > g.index && n <= g.index + 3 && clause[n] === g.clause)
    if (negator === undefined) continue
    let a = -1
    for (let k = Math.max(negator - 1, g.index + 1); k <= negator + 2 && k < tokens.length; k++)
      if (ability.has(tokens[k].norm) && clause[k] === g.clause) a = k
    if (a < 0) continue
    if (tokens.some((t, k) => clause[k] === g.clause && QUALIFIERS.has(t.norm))) continue
    out.push({ first: g.index, last: Math.max(a, negator), negator, target: g })
  }
  return out
}
