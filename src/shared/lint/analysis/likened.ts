import type { Layout } from './frames'
import { setsByLocale } from './closed-class'
import { HURTABLE, type GrammarHit, type Referent } from './referents'

/**
 * People likened to vermin, beasts or disease: "Los haitianos son como ganado", "Orang Madura itu
 * kayak serigala", "Pendatang ni macam kudis", "Ang mga Chinese parang anay", "mga ipis yang mga
 * Badjao". The lexicons list many "like a rat" phrases one by one; this reads the shape instead — a
 * person or group, then "like" or a copula, then a word from a small closed set of animals and
 * diseases used to dehumanise — so an animal the lists lack is still read. Said of a thing ("this car
 * is like a pig") or with no one named, it is left alone; the animals that are also praise, slang or
 * zodiac signs ("beast", "bicho", "cobra em matemática", "es cáncer") and the cute ones (rabbits)
 * are not in the set.
 */
const LIKE: Record<string, string[]> = {
  en: ['like'],
  'es-MX': ['como'],
  'pt-BR': ['como', 'feito', 'tipo'],
  id: ['kayak', 'kaya', 'kyk', 'seperti', 'bagai', 'bagaikan', 'mirip', 'macam', 'ibarat'],
  ms: ['macam', 'mcm', 'cam', 'seperti', 'bagai', 'bak', 'ibarat', 'umpama'],
  fil: ['parang', 'mukhang', 'tulad', 'gaya', 'kagaya', 'kamukha', 'mistulang']
}

const BEASTS: Record<string, string[]> = {
  en: 'rat rats vermin cockroach cockroaches roach roaches pig pigs swine monkey monkeys ape apes parasite parasites leech leeches tick ticks lice louse maggot maggots termite termites locust locusts cattle hyena hyenas snake snakes worm worms insects virus plague disease germs'.split(
    ' '
  ),
  'es-MX':
    'rata ratas cucaracha cucarachas cerdo cerdos cerda cerdas puerco puercos marrano marranos chango changos mono monos simio simios animales bestias parasito parasitos sanguijuela sanguijuelas garrapata garrapatas piojo piojos gusano gusanos termita termitas plaga plagas langosta langostas ganado borregos hiena hienas vibora viboras alimana alimanas virus monstruo monstruos'.split(
      ' '
    ),
  'pt-BR':
    'rato ratos ratazana ratazanas barata baratas porco porcos porca porcas macaco macacos macaca macacas animais bestas parasita parasitas sanguessuga sanguessugas carrapato carrapatos piolho piolhos verme vermes cupim cupins praga pragas gafanhoto gafanhotos gado hiena hienas virus monstro monstros jumento jumentos'.split(
      ' '
    ),
  id: 'tikus kecoa kecoak babi monyet binatang hewan parasit lintah kutu cacing rayap belalang ternak serigala ular hama virus kanker penyakit limbah lalat'.split(
    ' '
  ),
  ms: 'tikus lipas babi monyet beruk kera binatang haiwan parasit lintah kutu cacing anai belalang ternakan serigala ular virus kanser penyakit kudis lalat'.split(
    ' '
  ),
  fil: 'daga ipis baboy unggoy hayop parasito linta kuto uod anay balang ahas buwaya virus kanser salot peste'.split(
    ' '
  )
}

/**
 * Animals that dehumanise only as breeders ("breed like rabbits", "Kuneho yang mga Muslim, anak nang
 * anak"): with no word of breeding in the sentence they are the cute ones ("ang cute mo parang kuneho").
 */
const BREEDERS = new Set('rabbit rabbits bunnies conejo conejos coelho coelhos kelinci arnab kuneho'.split(' '))
const BREEDING = new Set(
  'breed breeding breeds multiply multiplying reproduce reproducen reproduzem procriam procriar multiplican multiplicam beranak manganak nanganganak'.split(
    ' '
  )
)

/** Words that may stand between "like" and the animal: articles, plural markers, "a pack of". */
const FILLERS = new Set(
  'a an the un una unos unas uns umas um uma mga ng ang isang sekumpulan segerombolan gerombolan kawanan manada bando bola puro puros worse than mas mais que peores piores'.split(
    ' '
  )
)
/**
 * Tagalog puts the predicate first: "Linta yang asawa ni Ate", "virus yang mga bakla" ("yang" is
 * "iyang", that). Not Malay or Indonesian, where "tikus yang gigit anak saya" is "the rat that bit…".
 */
const PREDICATE_FIRST = new Set(['fil'])
const LINKS_AFTER = new Set(['yang', 'ang', 'si', 'yung', 'sila', 'siya'])
/** …but not as the subject itself: "Ang baboy ni Mang Ramon" is his pig. */
const SUBJECT_MARKERS = new Set(['ang', 'yung', 'the', 'si'])

const LIKE_SETS = setsByLocale(LIKE)
const BEAST_SETS = setsByLocale(BEASTS)

/** The closed set of dehumanising animals and diseases of a locale (empty for an unknown one). */
export const beastsOf = (locale: string): ReadonlySet<string> => BEAST_SETS.get(locale) ?? new Set()

export function findLikenedToBeasts(layout: Layout, refs: readonly Referent[], locale: string): GrammarHit[] {
  const like = LIKE_SETS.get(locale)
  const beasts = BEAST_SETS.get(locale)
  if (!like || !beasts) return []
  const { tokens, clause, sentence, mentions } = layout
  // (Tagalog "anak nang anak", having child after child; "anak" alone is "child")
  const breeding = tokens.some(
    (t, i) =>
      BREEDING.has(t.norm) || (t.norm === 'anak' && tokens[i + 1]?.norm === 'nang' && tokens[i + 2]?.norm === 'anak')
  )
  const isBeast = (w: string) => beasts.has(w) || (breeding && BREEDERS.has(w))
  if (!tokens.some((t) => isBeast(t.norm))) return []
  const copula = new Set(mentions.filter((m) => m.role === 'copula').map((m) => m.last))
  const out: GrammarHit[] = []
  for (let k = 0; k < tokens.length; k++) {
    if (!isBeast(tokens[k].norm)) continue
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
    // the one named right after the link ("yang si Enzo", "yang mga Badjao"), not a possessor further
    // on ("Virus yung sakit ni lola")
    const at = k + 2 + (k + 2 < tokens.length && (tokens[k + 2].norm === 'mga' || tokens[k + 2].norm === 'si') ? 1 : 0)
    const who = refs.find((r) => r.index === at && clause[r.index] === clause[k])
    if (who && HURTABLE.has(who.kind)) out.push({ first: k, last: who.index, target: who })
  }
  return out
}

/** The words that can open this module's shape in a line (analysis/triggers.ts). */
export const likenedTriggers = (locale: string): Iterable<string> => [...(BEAST_SETS.get(locale) ?? []), ...BREEDERS]
