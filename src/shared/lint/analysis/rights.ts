import type { Layout } from './frames'
import { longestPhraseAt, phraseIndex } from './closed-class'
import type { Referent, GrammarHit } from './referents'

/**
 * "Women shouldn't be allowed to drive", "disabled people shouldn't be on dating apps", "old people
 * should lose the right to vote", "velho não devia ter rede social", "los indígenas no deberían
 * poder votar": a group denied what everyone may do. Said of a named identity group only (of one
 * person it is usually advice: "you shouldn't drive tired"), and not of eating, drinking or smoking,
 * which is a group's own rule or health advice ("Muslims shouldn't eat pork", "pregnant women
 * shouldn't drink"). The lexicons list many such phrases verb by verb; this reads the shape.
 */
const DENIED: Record<string, string[]> = {
  en: [
    'shouldn t',
    'should not',
    'shouldnt',
    'should never',
    'must not',
    'mustn t',
    'should lose the right',
    'should lose their right',
    'should have no right',
    'shouldn t have the right',
    'should be banned from',
    'should be kept out of',
    'should be kept away from'
  ],
  'pt-BR': [
    'nao devia',
    'nao deviam',
    'nao deveria',
    'nao deveriam',
    'nao deve',
    'nao devem',
    'nunca deveria',
    'nunca deviam',
    'tinha que perder o direito',
    'deveria perder o direito',
    'devia perder o direito',
    'deviam perder o direito',
    'deveriam perder o direito'
  ],
  'es-MX': [
    'no deberian',
    'no deberia',
    'no deben',
    'no debe',
    'nunca deberian',
    'deberian perder el derecho',
    'deberia perder el derecho',
    'tendrian que perder el derecho'
  ]
}
/**
 * What is denied must be a right or a place among others — to be allowed, vote, drive, work, study,
 * marry, adopt, have children, lead, join, live here, exist, be online — within a few words of the
 * modal. Other verbs after "shouldn't" are mostly support ("shouldn't have to choose", "shouldn't be
 * afraid", "no deberían tener miedo") or a group's own rules ("Muslims shouldn't eat pork").
 */
const PARTICIPATION = new Set(
  (
    'allowed permitted vote teach study marry adopt lead run join enter exist play compete serve breed reproduce date post speak online internet apps app social media tv television school schools university college office politics army military jobs job raise kids children ' +
    'permissao permitido permitidos direito votar estudar casar adotar filho filhos liderar entrar existir jogar competir ensinar namorar postar internet rede redes escola escolas faculdade emprego ' +
    'permiso permitido permitidos derecho votar estudiar casarse casar adoptar hijos liderar entrar existir jugar competir ensenar postar internet redes escuela escuelas universidad empleo'
  ).split(' ')
)
/**
 * Everyday acts that are a right only said bare ("Women shouldn't drive."): with more after them they
 * are mostly care ("shouldn't drive alone at night", "shouldn't live in tents", "no deberían vivir en la calle").
 */
const BARE_RIGHTS = new Set('drive work live dirigir trabalhar morar viver manejar conducir trabajar vivir'.split(' '))
/** Denials that name the right themselves ("should lose the right", "should be banned from"). */
const NAMES_THE_RIGHT = / (?:right|direito|derecho|banned from|kept out of|kept away from)$/
const DENIED_SEQ = phraseIndex(DENIED)

/** Relief, not denial: "shouldn't have to", "no deberían tener que", "shouldn't be treated/judged…" (a passive of what is done to them). */
const RELIEF = new Set('feel fear worry precisar precisam sentir sentirse temer'.split(' '))
const MUST = new Set(['have', 'need', 'tener', 'ter'])
const PASSIVE_BE = new Set(['be', 'ser'])
function relieved(next: readonly { norm: string }[]): boolean {
  if (!next.length) return false
  const done = next[1]?.norm ?? ''
  if (RELIEF.has(next[0].norm) || (MUST.has(next[0].norm) && (done === 'to' || done === 'que'))) return true
  return PASSIVE_BE.has(next[0].norm) && /(?:ed|ados?|adas?|idos?|idas?)$/.test(done) && !PARTICIPATION.has(done)
}

export function findDeniedRights(layout: Layout, refs: readonly Referent[], locale: string): GrammarHit[] {
  const denied = DENIED_SEQ.get(locale)
  if (!denied) return []
  const { tokens, clause } = layout
  const out: GrammarHit[] = []
  for (const r of refs) {
    if (r.kind !== 'group') continue
    // right after the group, or up to two words on ("women really shouldn't", "os velhos aqui não deviam")
    for (let k = r.index + 1; k <= r.index + 3 && k < tokens.length && clause[k] === clause[r.index]; k++) {
      const n = longestPhraseAt(tokens, k, denied)
      if (!n) continue
      const last = k + n - 1
      // a denial needs what is denied, in the same clause
      if (last + 1 >= tokens.length || clause[last + 1] !== clause[k]) break
      const phrase = tokens
        .slice(k, last + 1)
        .map((t) => t.norm)
        .join(' ')
      const next = tokens.slice(last + 1, last + 5).filter((_, i) => clause[last + 1 + i] === clause[k])
      const endsClause = (i: number) => last + 2 + i >= tokens.length || clause[last + 2 + i] !== clause[k]
      const aRight = next.some((t, i) => PARTICIPATION.has(t.norm) || (BARE_RIGHTS.has(t.norm) && endsClause(i)))
      if (!NAMES_THE_RIGHT.test(phrase) && (relieved(next) || !aRight)) break
      out.push({ first: r.index, last, target: r })
      break
    }
  }
  return out
}

/** The words that can open this module's shape in a line (analysis/triggers.ts): each denial's first word. */
export const rightsTriggers = (locale: string): Iterable<string> => DENIED_SEQ.get(locale)?.keys() ?? []
