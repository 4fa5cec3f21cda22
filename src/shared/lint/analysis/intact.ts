import type { Layout } from './frames'
import { HURTABLE, type Referent, type GrammarHit } from './referents'
import { setsByLocale } from './closed-class'

/**
 * Threats by outcome: someone will not get home, or leave, in one piece — "no vas a llegar entero a
 * tu casa", "não sai inteiro do estádio", "jangan harap pulang utuh", "hindi ka na makakauwi nang
 * buo", "you won't leave here in one piece". A word of not, a verb of going or arriving and a word
 * of whole or alive within a few words; the one it is said of is the person in the sentence, or the
 * one spoken to.
 */
const NOT: Record<string, string[]> = {
  en: ['not', 'won', 'wont', 'never', 'don', 'ain'],
  'pt-BR': ['nao', 'nunca'],
  'es-MX': ['no', 'nunca', 'ni'],
  id: ['ga', 'gak', 'nggak', 'tidak', 'takkan', 'jangan', 'gabakal'],
  ms: ['tak', 'takkan', 'tidak', 'jangan', 'x'],
  fil: ['hindi', 'di']
}
const GO: Record<string, string[]> = {
  en: ['leave', 'walk', 'get', 'go', 'make', 'come', 'arrive'],
  'pt-BR': ['sai', 'sais', 'sair', 'volta', 'voltar', 'chega', 'chegar', 'vai', 'anda', 'andar'],
  'es-MX': ['sales', 'sale', 'salir', 'llegas', 'llega', 'llegar', 'regresas', 'regresar', 'vuelves', 'volver'],
  id: ['pulang', 'balik', 'keluar', 'jalan', 'nyampe', 'sampe'],
  ms: ['balik', 'pulang', 'keluar', 'jalan', 'sampai'],
  fil: ['makakauwi', 'makakalabas', 'makakalakad', 'makakaalis', 'uuwi', 'aalis', 'lalabas']
}
const WHOLE: Record<string, string[]> = {
  en: ['piece', 'alive', 'intact', 'walking', 'standing'],
  'pt-BR': ['inteiro', 'inteira', 'inteiros', 'vivo', 'viva', 'vivos', 'andando'],
  'es-MX': ['entero', 'entera', 'enteros', 'vivo', 'viva', 'vivos', 'caminando', 'completo', 'completa'],
  id: ['utuh', 'selamat', 'hidup', 'lengkap'],
  ms: ['utuh', 'selamat', 'hidup', 'penuh', 'sempurna'],
  fil: ['buo', 'buhay', 'maayos', 'ligtas']
}
const NOT_SETS = setsByLocale(NOT)
const GO_SETS = setsByLocale(GO)
const WHOLE_SETS = setsByLocale(WHOLE)

export function findIntactThreats(
  layout: Layout,
  refs: readonly Referent[],
  locale: string
): GrammarHit<Referent | 'implicit'>[] {
  const not = NOT_SETS.get(locale)
  const go = GO_SETS.get(locale)
  const whole = WHOLE_SETS.get(locale)
  if (!not || !go || !whole) return []
  const { tokens, sentence } = layout
  const out: GrammarHit<Referent | 'implicit'>[] = []
  for (let k = 0; k < tokens.length; k++) {
    if (!not.has(tokens[k].norm)) continue
    const s = sentence[k]
    const within = (from: number, to: number, set: Set<string>) => {
      for (let j = from; j <= to && j < tokens.length && sentence[j] === s; j++) if (set.has(tokens[j].norm)) return j
      return -1
    }
    const g = within(k + 1, k + 4, go)
    if (g < 0) continue
    const w = within(g + 1, g + 4, whole)
    if (w < 0) continue
    // the subject: the last person or thing named before the verb; "I won't leave here alive" is the
    // speaker's fear, not a threat
    const subject = refs.filter((r) => sentence[r.index] === s && r.index < g && r.kind !== 'thing').at(-1)
    if (subject?.kind === 'first') continue
    const person = subject ?? refs.find((r) => sentence[r.index] === s && HURTABLE.has(r.kind))
    out.push({ first: k, last: w, target: person && HURTABLE.has(person.kind) ? person : 'implicit' })
  }
  return out
}

/** Words that can open this module's shape (analyze.ts skips lines with none). */
export const intactTriggers = (locale: string): Iterable<string> => NOT_SETS.get(locale) ?? []
