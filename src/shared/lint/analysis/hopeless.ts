import type { Layout } from './frames'
import { type Referent, type GrammarHit } from './referents'
import { CONDITION, setsByLocale } from './closed-class'

/**
 * Hopelessness aimed at the one addressed, in three shapes the phrase lists cannot enumerate:
 *  - no one would notice them gone: "no one would come to your funeral", "ga ada yang bakal kangen
 *    kalo kamu ilang", "se tu sumisse, o grupo nem ia perceber" — a word of no one (or "nem"), a verb
 *    of missing, caring or noticing, and a word of vanishing or dying, with "you" in the sentence;
 *  - better without them: "mas magiging masaya lahat kung wala ka na", "todos estariam melhor sem
 *    você" — a word of better or happier and "without you" / "if you were gone";
 *  - never going to make it: "tu não passa nem em mil anos", "alguien como tú no la va a hacer
 *    nunca", "lo ga bakal pernah jadi apa-apa" — "you", a never-future and a verb of succeeding,
 *    with no condition in the sentence ("you won't pass if you don't study" is advice).
 */

const NO_ONE: Record<string, string[]> = {
  en: ['no', 'nobody', 'noone'],
  'pt-BR': ['ninguem', 'nem', 'ninguen'],
  'es-MX': ['nadie', 'ni'],
  id: ['ga', 'gak', 'nggak', 'tidak', 'tak', 'ngga', 'gaada', 'gada'],
  ms: ['takde', 'tiada', 'tak', 'tidak', 'x'],
  fil: ['walang', 'wala']
}
const MISS: Record<string, string[]> = {
  en: ['miss', 'care', 'cares', 'notice', 'come', 'cry', 'look', 'search', 'remember', 'mourn'],
  'pt-BR': [
    'perceber',
    'percebe',
    'perceberia',
    'sentir',
    'sente',
    'sentiria',
    'ligar',
    'liga',
    'ligaria',
    'procurar',
    'procura',
    'chorar',
    'chora',
    'lembrar',
    'importar'
  ],
  'es-MX': [
    'extranar',
    'extrana',
    'extranaria',
    'notar',
    'nota',
    'notaria',
    'importa',
    'importaria',
    'buscar',
    'busca',
    'buscaria',
    'llorar',
    'llora',
    'lloraria',
    'acordar'
  ],
  id: [
    'kangen',
    'rindu',
    'nyariin',
    'nyari',
    'cari',
    'peduli',
    'sadar',
    'nyadar',
    'nangisin',
    'nangis',
    'inget',
    'ingat'
  ],
  ms: ['rindu', 'kisah', 'peduli', 'perasan', 'sedar', 'cari', 'menangis', 'nangis', 'ingat'],
  fil: [
    'maghahanap',
    'hahanap',
    'makakamiss',
    'mamimiss',
    'mami miss',
    'makakapansin',
    'mapapansin',
    'iiyak',
    'iyak',
    'aalala',
    'makakaalala',
    'paki'
  ]
}
const GONE: Record<string, string[]> = {
  en: ['disappear', 'disappeared', 'vanish', 'vanished', 'die', 'died', 'dead', 'gone', 'funeral', 'grave'],
  'pt-BR': [
    'sumisse',
    'sumir',
    'sumiu',
    'morresse',
    'morrer',
    'morreu',
    'morto',
    'morta',
    'enterro',
    'velorio',
    'desaparecesse'
  ],
  'es-MX': [
    'desaparecieras',
    'desaparecer',
    'desapareces',
    'murieras',
    'mueres',
    'morir',
    'muerto',
    'muerta',
    'funeral',
    'entierro',
    'velorio'
  ],
  id: ['ilang', 'hilang', 'mati', 'mampus', 'lenyap', 'meninggal', 'pemakaman', 'kuburan', 'minggat'],
  ms: ['hilang', 'mati', 'mampus', 'lenyap', 'ghaib', 'berambus', 'kubur', 'pengebumian', 'takde'],
  fil: ['nawala', 'mawala', 'namatay', 'mamatay', 'patay', 'libing', 'burol', 'lamay']
}
const BETTER: Record<string, string[]> = {
  en: ['better', 'happier', 'quieter', 'nicer', 'easier'],
  'pt-BR': ['melhor', 'melhores', 'feliz', 'felizes', 'tranquilo', 'tranquila'],
  'es-MX': ['mejor', 'mejores', 'feliz', 'felices', 'tranquilo', 'tranquila'],
  id: ['bahagia', 'senang', 'tenang', 'damai', 'enak', 'lega'],
  ms: ['bahagia', 'senang', 'tenang', 'aman', 'gembira', 'lega'],
  fil: ['masaya', 'tahimik', 'maganda', 'maayos', 'payapa', 'mas']
}
/** "Without you" as token pairs: the second-person pronoun is checked on the token after. */
const WITHOUT: Record<string, string[]> = {
  en: ['without'],
  'pt-BR': ['sem'],
  'es-MX': ['sin'],
  id: ['tanpa'],
  ms: ['tanpa'],
  fil: ['wala']
}
const NEVER: Record<string, string[]> = {
  en: ['never', 'won', 'wont', 'ain'],
  'pt-BR': ['nunca', 'jamais', 'nao'],
  'es-MX': ['nunca', 'jamas', 'no'],
  id: ['ga', 'gak', 'nggak', 'tidak', 'takkan', 'gabakal', 'pernah'],
  ms: ['takkan', 'tak', 'tidak', 'x'],
  fil: ['hindi', 'di', 'never']
}
const FUTURE: Record<string, string[]> = {
  en: ['gonna', 'going', 'will', 'll', 'ever', 'never', 'won', 'wont'],
  'pt-BR': ['vai', 'vais', 'nunca', 'jamais', 'nem'],
  'es-MX': ['vas', 'va', 'nunca', 'jamas'],
  id: ['bakal', 'akan', 'pernah', 'bisa'],
  ms: ['akan', 'takkan', 'boleh', 'pernah'],
  fil: ['ka', 'kayo', 'never', 'kailanman']
}
const SUCCEED: Record<string, string[]> = {
  en: ['pass', 'succeed', 'amount', 'win', 'improve', 'graduate', 'lose', 'become', 'hired', 'hire', 'be'],
  // not "passar"/"pasar" (also "não vai passar frio", "no vas a pasar hambre")
  'pt-BR': ['passa', 'vencer', 'vence', 'melhorar', 'melhora', 'conseguir', 'consegue', 'formar', 'chegar', 'ser'],
  'es-MX': [
    'pasas',
    'aprobar',
    'apruebas',
    'lograr',
    'logras',
    'hacer',
    'ganar',
    'mejorar',
    'triunfar',
    'graduar',
    'ser'
  ],
  id: ['lulus', 'berhasil', 'sukses', 'menang', 'jadi', 'nyampe', 'maju', 'diterima'],
  ms: ['lulus', 'berjaya', 'menang', 'jadi', 'maju', 'pass', 'lepas'],
  fil: ['papasa', 'makakapasa', 'magtatagumpay', 'mananalo', 'aasenso', 'uunlad', 'makakagraduate', 'magiging']
}

const BECOME = new Set(['be', 'become', 'ser', 'jadi', 'magiging'])
const NOTHING = new Set(
  'anything anyone anybody someone somebody enough nada ninguem alguem alguien nadie apa siapa orang kahit sinuman'.split(
    ' '
  )
)

const sets = {
  noOne: setsByLocale(NO_ONE),
  miss: setsByLocale(MISS),
  gone: setsByLocale(GONE),
  better: setsByLocale(BETTER),
  without: setsByLocale(WITHOUT),
  never: setsByLocale(NEVER),
  future: setsByLocale(FUTURE),
  succeed: setsByLocale(SUCCEED)
}

type LocaleSets = Record<keyof typeof sets, Set<string>> & { openers: Set<string> }
const LOCALE_SETS = new Map<string, LocaleSets | null>()
/** The locale's word sets, and the words that open any of the three shapes, built once per locale. */
function setsFor(locale: string): LocaleSets | null {
  let cached = LOCALE_SETS.get(locale)
  if (cached === undefined) {
    const entries = Object.entries(sets).map(([k, v]) => [k, v.get(locale)] as const)
    cached = entries.some(([, v]) => !v)
      ? null
      : ({
          ...Object.fromEntries(entries),
          openers: new Set([...sets.noOne.get(locale)!, ...sets.better.get(locale)!, ...sets.never.get(locale)!])
        } as LocaleSets)
    LOCALE_SETS.set(locale, cached)
  }
  return cached
}

export function findHopeless(layout: Layout, refs: readonly Referent[], locale: string): GrammarHit[] {
  const s = setsFor(locale)
  if (!s) return []
  const { tokens, sentence } = layout
  const out: GrammarHit[] = []
  // "you", or what is yours ("your funeral"), per sentence: only those sentences are read further
  const yoursIn = new Map<number, number>()
  for (const r of refs)
    if ((r.kind === 'second' || r.owner === 'second') && !yoursIn.has(sentence[r.index]))
      yoursIn.set(sentence[r.index], r.index)
  for (const m of layout.mentions)
    if (m.role === 'secondPossessive' && !yoursIn.has(sentence[m.first])) yoursIn.set(sentence[m.first], m.first)
  if (!yoursIn.size) return []
  // sentences are runs of tokens: their first and last token
  const span = new Map<number, [number, number]>()
  for (let k = 0; k < tokens.length; k++) {
    const run = span.get(sentence[k])
    if (run) run[1] = k
    else span.set(sentence[k], [k, k])
  }
  for (const [sn, yours] of yoursIn) {
    const [start, end] = span.get(sn)!
    const you: Referent = { kind: 'second', index: yours, clause: layout.clause[yours] }
    const has = (set: Set<string>, from = start, to = end) => {
      for (let k = from; k <= to; k++) if (set.has(tokens[k].norm)) return k
      return -1
    }
    const first = start
    const last = end
    // no one would notice you gone
    const noOne = has(s.noOne)
    if (noOne >= 0) {
      const miss = has(s.miss, noOne + 1, Math.min(last, noOne + 6))
      if (miss >= 0 && has(s.gone) >= 0) {
        out.push({ first: noOne, last: Math.max(miss, you.index), target: you })
        continue
      }
    }
    // better without you
    const better = has(s.better)
    if (better >= 0) {
      const w = has(s.without, better + 1, Math.min(last, better + 6))
      if (w >= 0 && refs.some((r) => r.kind === 'second' && r.index > w && r.index <= w + 2)) {
        out.push({ first: better, last: Math.min(last, w + 2), target: you })
        continue
      }
    }
    // never going to make it (not as a condition's consequence: "you won't pass if you don't study")
    if (has(CONDITION) >= 0) continue
    const never = has(s.never)
    if (never < 0 || Math.abs(never - you.index) > 4) continue
    const future = has(s.future, Math.max(first, never - 2), Math.min(last, never + 3))
    const succeed = has(s.succeed, never + 1, Math.min(last, never + 5))
    // "be", "ser", "jadi", "magiging" count only as becoming nothing ("jadi apa-apa", "ser nada")
    const becoming = succeed >= 0 && BECOME.has(tokens[succeed].norm)
    if (becoming && !tokens.slice(succeed + 1, succeed + 3).some((t) => NOTHING.has(t.norm))) continue
    if (future >= 0 && succeed >= 0) out.push({ first: Math.min(never, you.index), last: succeed, target: you })
  }
  return out
}

/** Words that can open the three shapes (analyze.ts skips lines with none). */
export const hopelessTriggers = (locale: string): Iterable<string> => setsFor(locale)?.openers ?? []
