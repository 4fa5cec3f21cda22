import type { Layout } from './frames'
import type { PredicateKind } from './lexicon-schema'
import type { Referent, GrammarHit } from './referents'

/**
 * Threats and exclusions whose two halves stand around the group they are aimed at: "make Muslims
 * suffer", "keep immigrants out of our schools", "don't let women become leaders", "jangan biarkan
 * orang Cina jadi pemimpin", "usir orang Madura dari sini", "pastikan hidup pendatang merana", "no
 * dejen que los migrantes entren", "expulsem os nordestinos daqui". The lexicons hold phrases with the
 * group after them or before them; a group of two or three words ("orang kulit hitam") cannot sit in
 * a phrase's one-word slot, so these are read here. Each half is a closed phrase; between them only
 * the group, after at most one determiner ("the", "those", "all", "los", "mga").
 */
/** (`anyone`: the shape is aimed at a person too — "run the new kid out of school"; "keep the kids
 * away from the pool" is not, so keeping out and letting in stay about groups) */
type Around = readonly [before: string, after: string, kind: PredicateKind, anyone?: 'anyone']

const AROUND: Record<string, readonly Around[]> = {
  en: [
    ['make', 'suffer', 'threat', 'anyone'],
    ['make the lives of', 'miserable', 'threat', 'anyone'],
    ['make life hell for', '', 'threat', 'anyone'],
    ['teach', 'a lesson', 'threat'],
    ['run', 'out of', 'exclusion', 'anyone'],
    ['chase', 'out of', 'exclusion', 'anyone'],
    ['drive', 'out of', 'exclusion'],
    ['kick', 'out', 'exclusion'],
    ['throw', 'out', 'exclusion'],
    ['keep', 'out of our', 'exclusion'],
    ['keep', 'out of this', 'exclusion'],
    ['keep', 'away from our', 'exclusion'],
    ['get', 'out of our', 'exclusion'],
    ['don t let', 'become leaders', 'exclusion'],
    ['don t let', 'become teachers', 'exclusion'],
    ['don t let', 'become president', 'exclusion'],
    ['don t let', 'vote', 'exclusion'],
    ['don t let', 'marry', 'exclusion'],
    ['don t let', 'adopt', 'exclusion'],
    ['don t let', 'teach', 'exclusion'],
    ['don t let', 'in', 'exclusion'],
    ['don t let', 'into', 'exclusion'],
    ['never let', 'in', 'exclusion'],
    ['don t give', 'jobs', 'exclusion'],
    ['don t give', 'a job', 'exclusion'],
    ['never hire', '', 'exclusion']
  ],
  id: [
    ['bikin hidup', 'menderita', 'threat', 'anyone'],
    ['buat hidup', 'menderita', 'threat', 'anyone'],
    ['bikin', 'menderita', 'threat'],
    ['bikin', 'kapok', 'threat'],
    ['hajar', 'sampai', 'threat'],
    ['jangan biarkan', 'jadi pemimpin', 'exclusion'],
    ['jangan biarkan', 'jadi pejabat', 'exclusion'],
    ['jangan biarkan', 'masuk sini', 'exclusion'],
    ['jangan biarkan', 'tinggal di sini', 'exclusion'],
    ['jangan kasih', 'kerja di', 'exclusion'],
    ['jangan kasih', 'masuk', 'exclusion'],
    ['jangan beri', 'kerja di', 'exclusion'],
    ['usir', 'dari', 'exclusion'],
    ['usir saja', 'dari', 'exclusion'],
    ['usir aja', 'dari', 'exclusion'],
    ['tendang', 'dari', 'exclusion'],
    ['tendang', 'keluar', 'exclusion']
  ],
  ms: [
    ['pastikan hidup', 'merana', 'threat', 'anyone'],
    ['buat hidup', 'merana', 'threat', 'anyone'],
    ['buat', 'merana', 'threat'],
    ['ajar', 'cukup cukup', 'threat'],
    ['belasah', 'sampai', 'threat'],
    ['jangan biarkan', 'jadi pemimpin', 'exclusion'],
    ['jangan biarkan', 'masuk sini', 'exclusion'],
    ['jangan bagi', 'kerja kat', 'exclusion'],
    ['jangan bagi', 'masuk sini', 'exclusion'],
    ['halau', 'dari', 'exclusion'],
    ['halau', 'balik', 'exclusion'],
    ['tendang', 'keluar', 'exclusion']
  ],
  'es-MX': [
    // an entry ban names a group only when one follows ("Prohibida la entrada a mascotas" names none)
    ['prohibida la entrada a', '', 'exclusion'],
    ['prohibido el paso a', '', 'exclusion'],
    ['prohibido el acceso a', '', 'exclusion'],
    ['no se permite la entrada a', '', 'exclusion'],
    ['no dejen que', 'entren', 'exclusion'],
    ['no dejen que', 'voten', 'exclusion'],
    ['no dejen que', 'trabajen', 'exclusion'],
    ['no dejen que', 'se casen', 'exclusion'],
    ['no dejen que', 'adopten', 'exclusion'],
    ['no dejen entrar a', '', 'exclusion'],
    ['saquen a', 'de', 'exclusion'],
    ['corran a', 'de', 'exclusion'],
    ['echen a', 'de', 'exclusion'],
    ['hay que sacar a', 'de', 'exclusion'],
    ['hagan sufrir a', '', 'threat', 'anyone']
  ],
  'pt-BR': [
    ['proibida a entrada de', '', 'exclusion'],
    ['proibido a entrada de', '', 'exclusion'],
    ['proibida a entrada', '', 'exclusion'],
    ['nao deixem', 'entrar', 'exclusion'],
    ['nao deixem', 'votar', 'exclusion'],
    ['nao deixem', 'trabalhar', 'exclusion'],
    ['nao deixem', 'casar', 'exclusion'],
    ['nao deixem', 'adotar', 'exclusion'],
    ['expulsem', 'do', 'exclusion'],
    ['expulsem', 'da', 'exclusion'],
    ['expulsem', 'daqui', 'exclusion'],
    ['tirem', 'daqui', 'exclusion'],
    ['botar', 'pra correr', 'exclusion'],
    ['bota', 'pra correr', 'exclusion'],
    ['fazer', 'sofrer', 'threat'],
    ['fazer', 'sofrerem', 'threat']
  ]
}

/** One determiner may stand between the first half and the group. */
const DETERMINERS = new Set(
  'the those these all every los las a al unos unas todos todas os as aos mga ang sa semua para kaum'.split(' ')
)

interface Split {
  before: string[]
  after: string[]
  kind: PredicateKind
  anyone: boolean
}
const BY_LOCALE = new Map<string, Split[]>(
  Object.entries(AROUND).map(([locale, list]) => [
    locale,
    list.map(([b, a, kind, anyone]) => ({ before: b.split(' '), after: a ? a.split(' ') : [], kind, anyone: !!anyone }))
  ])
)

const GROUP_KINDS = new Set(['group'])
const ANYONE_KINDS = new Set(['group', 'person', 'third', 'name'])

export interface AroundHit extends GrammarHit {
  kind: PredicateKind
}

export function findAroundGroup(layout: Layout, refs: readonly Referent[], locale: string): AroundHit[] {
  const splits = BY_LOCALE.get(locale)
  if (!splits) return []
  const { tokens, mentions, clause } = layout
  const out: AroundHit[] = []
  for (const r of refs) {
    if (!ANYONE_KINDS.has(r.kind)) continue
    const m = mentions.find((x) => x.first === r.index)
    const groupLast = m ? m.last : r.index
    for (const s of splits) {
      if (!s.anyone && !GROUP_KINDS.has(r.kind)) continue
      let start = r.index
      if (start > 0 && DETERMINERS.has(tokens[start - 1].norm) && !s.before.includes(tokens[start - 1].norm)) start--
      const first = start - s.before.length
      if (first < 0 || !s.before.every((w, i) => tokens[first + i].norm === w)) continue
      const last = groupLast + s.after.length
      if (last >= tokens.length || !s.after.every((w, i) => tokens[groupLast + 1 + i].norm === w)) continue
      if (clause[first] !== clause[r.index] || clause[last] !== clause[r.index]) continue
      if (!spokenByUs(layout, refs, first, r) || RIVALS.has(tokens[r.index].norm)) continue
      out.push({ first, last, target: r, kind: s.kind })
      break
    }
  }
  return out
}

/** Words that may open an order or a call to join in ("let's", "vamos", "ayo", "jom", "tara"). */
const CALLS = new Set('let s lets please pls vamos bora ayo yuk jom tara'.split(' '))
/** "Someone should …", "alguien tiene que …", "seseorang harus …". */
const INCITERS = new Set('someone somebody alguien alguem seseorang sinuman'.split(' '))
/** The other side in a game ("¡Hagan sufrir a los rivales!"). */
const RIVALS = new Set(
  'rival rivals rivales rivais opponent opponents lawan kalaban adversarios adversarios'.split(' ')
)

/**
 * Said by the speaker: "I'm going to make …", "let's run …", or an order opening its clause ("Keep
 * immigrants out of our schools"; to a person only with "I", "we" or "let's": "Chase the kids out of
 * the kitchen" is a chore). "The new tax will make poor families suffer", "Harga beras naik bikin
 * rakyat kecil menderita" name a cause, not a threat.
 */
function spokenByUs(layout: Layout, refs: readonly Referent[], first: number, target: Referent): boolean {
  const { tokens, clause } = layout
  const c = clause[first]
  let j = first
  while (j > 0 && clause[j - 1] === c && CALLS.has(tokens[j - 1].norm)) j--
  if (j < first) return true
  if (refs.some((x) => x.kind === 'first' && clause[x.index] === c && x.index < first)) return true
  // "Someone needs to go teach those Somalis a lesson": a call on anyone to do it
  for (let k = first - 1; k >= 0 && clause[k] === c; k--) if (INCITERS.has(tokens[k].norm)) return true
  return target.kind === 'group' && (j === 0 || clause[j - 1] !== c)
}

/** The words that can open this module's shape in a line (analysis/triggers.ts). */
export const aroundTriggers = (locale: string): Iterable<string> =>
  new Set((BY_LOCALE.get(locale) ?? []).map((s) => s.before[0]))
