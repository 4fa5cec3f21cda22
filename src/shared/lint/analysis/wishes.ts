import type { Layout } from './frames'
import { HURTABLE, type Referent, type GrammarHit } from './referents'
import { setsByLocale } from './closed-class'

/**
 * Death wishes: "Ojalá que él se muera allá", "Sana mawala na siya", "Tomara que vocês sumam". A
 * wishing word, a person and a verb of dying or vanishing within a few words, in either order. The
 * wish words and the dying verbs are few per language, so they live here rather than in the lexicons
 * (which list the fixed phrases: "I hope you die", "semoga lo mati").
 */
const WISH: Record<string, string[]> = {
  en: ['hope', 'hoping', 'wish', 'pray'],
  'pt-BR': ['tomara', 'espero', 'queria', 'oxala', 'torco'],
  'es-MX': ['ojala', 'espero', 'quisiera'],
  ms: ['harap', 'harapnya', 'semoga', 'moga', 'doakan', 'berdoa'],
  id: ['semoga', 'moga', 'mudah', 'berharap', 'harap', 'doain'],
  fil: ['sana', 'sanay', 'dasal', 'ipagdasal']
}
const DIE: Record<string, string[]> = {
  en: ['die', 'dies', 'died', 'disappear', 'disappears', 'vanish', 'rot', 'drown', 'suffer'],
  'pt-BR': [
    'morra',
    'morram',
    'morresse',
    'morressem',
    'suma',
    'sumam',
    'sumisse',
    'desapareca',
    'desaparecam',
    'apodreca',
    'sofra',
    'sofram'
  ],
  'es-MX': [
    'muera',
    'mueras',
    'mueran',
    'muriera',
    'murieras',
    'desaparezca',
    'desaparezcas',
    'desaparezcan',
    'pudra',
    'pudras',
    'sufra',
    'sufras',
    'sufran'
  ],
  ms: ['mati', 'mampus', 'lenyap', 'hilang', 'berambus', 'sengsara', 'merana'],
  id: ['mati', 'mampus', 'modar', 'lenyap', 'hilang', 'menderita', 'sengsara'],
  fil: ['mamatay', 'mawala', 'maglaho', 'mategi', 'magdusa', 'mabulok']
}
const WISH_SETS = setsByLocale(WISH)
const DIE_SETS = setsByLocale(DIE)
const WINDOW = 5

export function findDeathWishes(
  layout: Layout,
  refs: readonly Referent[],
  negators: readonly number[],
  locale: string
): GrammarHit[] {
  const wish = WISH_SETS.get(locale)
  const die = DIE_SETS.get(locale)
  if (!wish || !die) return []
  const { tokens, sentence } = layout
  const out: GrammarHit[] = []
  for (let w = 0; w < tokens.length; w++) {
    if (!wish.has(tokens[w].norm)) continue
    const d = tokens.findIndex((t, k) => k > w && k <= w + WINDOW && sentence[k] === sentence[w] && die.has(t.norm))
    // "I hope he doesn't die": wishing it away
    if (d < 0 || negators.some((n) => n > w && n < d)) continue
    // the one wished dead: a person between the wish and the verb, or right after the verb ("sana mawala na siya")
    const target = refs.find(
      (r) => r.index > w && r.index <= d + 3 && sentence[r.index] === sentence[w] && HURTABLE.has(r.kind)
    )
    if (target) out.push({ first: w, last: Math.max(d, target.index), target })
  }
  return out
}
