import type { Layout } from './frames'
import { setsByLocale } from './closed-class'
import { HURTABLE, type GrammarHit, type Referent } from './referents'

/**
 * People likened to vermin, beasts or disease: "Los haitianos son como ganado", "Orang Madura itu
 * kayak serigala", "Pendatang ni macam kudis", "Ang mga Chinese parang anay", "mga ipis yang mga
 * Badjao". The lexicons list many "like a rat" phrases one by one; this reads the shape instead — a
 * person or group, then "like" or a copula, then a word from a small closed set of animals and
 * diseases used to dehumanise — so an animal the lists lack is still read. Said of a thing ("this car
 * is like a pig") or with no one named, it is left alone; the animals that are also praise or slang
 * ("beast", "party animal", "bicho") are not in the set.
 */
const LIKE: Record<string, string[]> = {
  en: ['like'],
  'es-MX': ['como'],
  'pt-BR': ['como', 'feito', 'tipo', 'nem'],
  id: ['kayak', 'kaya', 'kyk', 'seperti', 'bagai', 'bagaikan', 'mirip', 'macam', 'ibarat'],
  ms: ['macam', 'mcm', 'cam', 'seperti', 'bagai', 'bak', 'ibarat', 'umpama'],
  fil: ['parang', 'mukhang', 'tulad', 'gaya', 'kagaya', 'kamukha', 'mistulang']
}

const BEASTS: Record<string, string[]> = {
  en: 'rat rats vermin cockroach cockroaches roach roaches pig pigs swine monkey monkeys ape apes parasite parasites leech leeches tick ticks lice louse maggot maggots termite termites locust locusts cattle hyena hyenas snake snakes worm worms insects virus plague disease germs'.split(
    ' '
  ),
  'es-MX':
    'rata ratas cucaracha cucarachas cerdo cerdos cerda cerdas puerco puercos marrano marranos chango changos mono monos simio simios animales bestias parasito parasitos sanguijuela sanguijuelas garrapata garrapatas piojo piojos gusano gusanos termita termitas plaga plagas langosta langostas coneja conejas conejos ganado borregos hiena hienas vibora viboras alimana alimanas virus cancer monstruo monstruos'.split(
      ' '
    ),
  'pt-BR':
    'rato ratos ratazana ratazanas barata baratas porco porcos porca porcas macaco macacos macaca macacas animais bestas parasita parasitas sanguessuga sanguessugas carrapato carrapatos piolho piolhos verme vermes cupim cupins praga pragas gafanhoto gafanhotos coelhos coelhas gado hiena hienas virus cancer monstro monstros jumento jumentos'.split(
      ' '
    ),
  id: 'tikus kecoa kecoak babi monyet binatang hewan parasit lintah kutu cacing rayap belalang kelinci ternak serigala ular hama virus kanker penyakit limbah lalat'.split(
    ' '
  ),
  ms: 'tikus lipas babi monyet beruk kera binatang haiwan parasit lintah kutu cacing anai belalang arnab ternakan serigala ular virus kanser penyakit kudis lalat'.split(
    ' '
  ),
  fil: 'daga ipis baboy unggoy hayop parasito linta kuto uod anay balang kuneho ahas buwaya virus kanser salot peste'.split(
    ' '
  )
}

/** Words that may stand between "like" and the animal: articles, plural markers, "a pack of". */
const FILLERS = new Set(
  'a an the un una unos unas uns umas um uma mga ng ang isang sekumpulan segerombolan gerombolan kawanan manada bando bola puro puros'.split(
    ' '
  )
)
/** Fil/id/ms put the predicate first: "Linta yang asawa ni Ate", "virus yang mga bakla". */
const PREDICATE_FIRST = new Set(['fil', 'id', 'ms'])
const LINKS_AFTER = new Set(['yang', 'ang', 'si', 'yung', 'itu', 'tu', 'sila', 'siya'])
/** …but not as the subject itself: "Ang baboy ni Mang Ramon" is his pig. */
const SUBJECT_MARKERS = new Set(['ang', 'yung', 'the', 'si'])

const LIKE_SETS = setsByLocale(LIKE)
const BEAST_SETS = setsByLocale(BEASTS)

export function findLikenedToBeasts(layout: Layout, refs: readonly Referent[], locale: string): GrammarHit[] {
  const like = LIKE_SETS.get(locale)
  const beasts = BEAST_SETS.get(locale)
  if (!like || !beasts) return []
  const { tokens, clause, sentence, mentions } = layout
  if (!tokens.some((t) => beasts.has(t.norm))) return []
  const copula = new Set(mentions.filter((m) => m.role === 'copula').map((m) => m.last))
  const out: GrammarHit[] = []
  for (let k = 0; k < tokens.length; k++) {
    if (!beasts.has(tokens[k].norm)) continue
    // skip articles back to "like" or a copula ("son como ganado", "itu kayak serigala", "are a plague")
    let j = k - 1
    while (j >= 0 && FILLERS.has(tokens[j].norm) && clause[j] === clause[k]) j--
    const likened = j >= 0 && (like.has(tokens[j].norm) || copula.has(j))
    if (likened) {
      // the one likened: the nearest person or group before, in the clause, else in the sentence
      const before = refs.filter((r) => r.index < j && sentence[r.index] === sentence[k])
      const inClause = before.filter((r) => clause[r.index] === clause[k]).at(-1)
      const who = inClause ?? before.at(-1)
      if (who && HURTABLE.has(who.kind)) out.push({ first: j, last: k, target: who })
      continue
    }
    // "Linta yang asawa ni Ate", "mga ipis yang mga Badjao": the animal opens the clause, the one it names follows
    if (!PREDICATE_FIRST.has(locale) || (j >= 0 && clause[j] === clause[k])) continue
    if (tokens.slice(Math.max(0, j + 1), k).some((t) => SUBJECT_MARKERS.has(t.norm))) continue
    if (k + 1 >= tokens.length || !LINKS_AFTER.has(tokens[k + 1].norm)) continue
    const who = refs.find((r) => r.index > k && r.index <= k + 4 && clause[r.index] === clause[k])
    if (who && HURTABLE.has(who.kind)) out.push({ first: k, last: who.index, target: who })
  }
  return out
}
