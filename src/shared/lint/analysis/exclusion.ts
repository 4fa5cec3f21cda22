import type { Layout } from './frames'
import { HURTABLE, type Referent, type GrammarHit } from './referents'
import { longestPhraseAt, phraseIndex } from './closed-class'

/**
 * Exclusion said in ordinary words, three shapes the phrase lists cannot enumerate:
 *  - refusing people: "we don't want Black kids on our team", "no queremos niñas", "kedai kami tak
 *    terima orang Indon", "hindi namin kailangan ng mga bakla" — a refusal verb whose object is a
 *    person or group (a thing, "we don't want war", is no one);
 *  - no place for them: "no place for people like you", "não é lugar pra gente da tua laia",
 *    "takde tempat untuk orang miskin";
 *  - not one of us: "situ bukan bagian dari keluarga ini", "hindi ka parte ng pamilyang to", "tu não
 *    és da família" — a person said not to be part of a family, team, class or group.
 */

/** Refusals as token sequences (accents folded, apostrophes split). */
const REFUSE: Record<string, string[]> = {
  en: [
    'don t want',
    'dont want',
    'do not want',
    'don t accept',
    'do not accept',
    'don t need',
    'dont need',
    'won t accept',
    'don t allow'
  ],
  'pt-BR': ['nao queremos', 'nao aceitamos', 'nao precisamos de', 'nao quero', 'nao aceito'],
  'es-MX': ['no queremos', 'no aceptamos', 'no necesitamos', 'no quiero', 'no acepto', 'no se aceptan', 'no se rentan'],
  id: [
    'ga mau',
    'gak mau',
    'nggak mau',
    'ngga mau',
    'tidak mau',
    'ga terima',
    'gak terima',
    'nggak terima',
    'tidak menerima',
    'tidak terima',
    'ga butuh',
    'gak butuh',
    'nggak butuh',
    'tidak butuh'
  ],
  ms: [
    'tak nak',
    'tidak mahu',
    'tak mahu',
    'x nak',
    'tak terima',
    'tidak terima',
    'tidak menerima',
    'tak perlukan',
    'tak perlu'
  ],
  fil: [
    'ayaw namin',
    'ayaw namin ng',
    'ayaw naming',
    'ayaw ko ng',
    'hindi namin kailangan',
    'hindi namin tinatanggap',
    'hindi kami tumatanggap'
  ]
}
/** "No place for", "não é lugar pra", "takde tempat untuk": the one it is for follows. */
const NO_PLACE: Record<string, string[]> = {
  en: ['no place for', 'no room for', 'not a place for', 'not for'],
  'pt-BR': [
    'nao e lugar pra',
    'nao e lugar para',
    'nao e lugar de',
    'nao tem lugar pra',
    'nao tem lugar para',
    'nao e pra',
    'nao e para'
  ],
  'es-MX': ['no hay lugar para', 'no es lugar para', 'no es para', 'no hay espacio para'],
  id: [
    'ga ada tempat buat',
    'gak ada tempat buat',
    'tidak ada tempat untuk',
    'nggak ada tempat buat',
    'bukan tempat buat',
    'bukan tempat untuk',
    'bukan buat',
    'bukan untuk'
  ],
  ms: [
    'takde tempat untuk',
    'takde tempat utk',
    'tiada tempat untuk',
    'tak ada tempat untuk',
    'bukan tempat untuk',
    'bukan untuk'
  ],
  fil: ['walang lugar para sa', 'walang lugar dito para sa', 'hindi para sa', 'hindi lugar para sa', 'hindi lugar ng']
}
/** "Not part of", "bukan bagian dari", "hindi parte ng", "não é da": what follows must be a social unit. */
const NOT_PART: Record<string, string[]> = {
  en: ['not part of', 'not one of', 'not welcome in', 'not a member of'],
  'pt-BR': [
    'nao e da',
    'nao e do',
    'nao faz parte da',
    'nao faz parte do',
    'nao pertence a',
    'nao pertence ao',
    'nao pertencem a',
    'nao pertencem ao',
    'nao pertencem a esse',
    'nao pertencem a essa'
  ],
  'es-MX': [
    'no eres parte de',
    'no es parte de',
    'no son parte de',
    'no perteneces a',
    'no pertenecen a',
    'no eres de',
    'no son de'
  ],
  id: ['bukan bagian dari', 'bukan bagian', 'bukan anggota', 'bukan keluarga'],
  ms: ['bukan sebahagian dari', 'bukan sebahagian daripada', 'bukan ahli', 'bukan keluarga', 'tak termasuk'],
  fil: [
    'hindi parte ng',
    'hindi ka parte ng',
    'hindi kayo parte ng',
    'hindi kabilang sa',
    'hindi ka kabilang sa',
    'hindi ka kasali sa'
  ]
}
/** Social units one can be left out of. */
const UNITS = new Set(
  'family team group class club squad crew familia equipo grupo clase salon escuela colegio escola turma time familia grupo keluarga tim grup kelas kelompok geng sekolah kumpulan pasukan kelab pamilya pamilyang grupo klase barkada tropa gc chat'.split(
    ' '
  )
)

const REFUSE_SEQ = phraseIndex(REFUSE)
const NO_PLACE_SEQ = phraseIndex(NO_PLACE)
const NOT_PART_SEQ = phraseIndex(NOT_PART)
/** The first words of all three tables, per locale. */
const OPENERS = new Map(
  [...REFUSE_SEQ.keys()].map((l) => [
    l,
    new Set([...REFUSE_SEQ.get(l)!.keys(), ...NO_PLACE_SEQ.get(l)!.keys(), ...NOT_PART_SEQ.get(l)!.keys()])
  ])
)

const INDEFINITE = new Set(
  'anyone anybody someone somebody alguien ninguem nadie alguem siapa siapapun sesiapa sinuman sinoman kahit'.split(' ')
)

/** "to" after the object within two words (accents folded): a wish about them, not a refusal. */
const WISH = new Set(['to', 'que', 'untuk', 'supaya', 'agar', 'para'])
const wishAfter = ({ tokens, clause }: Layout, at: number) => {
  for (let j = at + 1; j <= at + 2 && j < tokens.length && clause[j] === clause[at]; j++)
    if (WISH.has(tokens[j].norm)) return true
  return false
}

/**
 * "gue ga mau lo pergi", "aku tak nak kau sedih": a pronoun with a verb or adjective after it is
 * the subject of a wish; only a place or the clause's end keeps it the one refused ("we don't want
 * you here", "kami tak nak kau kat sini").
 */
const PLACE = new Set(
  'here there around anymore in on at near back aqui aca ali la sini situ kat di dekat dalam lagi dito diyan rito'.split(
    ' '
  )
)
function pronounWithComplement({ tokens, clause }: Layout, object: Referent): boolean {
  if (object.kind !== 'second' && object.kind !== 'third') return false
  const next = object.index + 1
  return next < tokens.length && clause[next] === clause[object.index] && !PLACE.has(tokens[next].norm)
}

export function findExclusion(layout: Layout, refs: readonly Referent[], locale: string): GrammarHit[] {
  const { tokens, sentence } = layout
  const refuseIndex = REFUSE_SEQ.get(locale)
  const noPlaceIndex = NO_PLACE_SEQ.get(locale)
  const notPartIndex = NOT_PART_SEQ.get(locale)
  const out: GrammarHit[] = []
  const person = (r: Referent | undefined): r is Referent => r !== undefined && HURTABLE.has(r.kind)
  const refAfter = (end: number, span: number) =>
    refs.find((r) => r.index > end && r.index <= end + span && sentence[r.index] === sentence[end])
  for (let k = 0; k < tokens.length; k++) {
    const refuse = longestPhraseAt(tokens, k, refuseIndex)
    if (refuse) {
      // the refused: the first referent after the verb, and it must be someone
      const end = k + refuse - 1
      // the refused come right after the verb (an article or adjective may stand between); "nggak mau
      // ngusir siapa pun" refuses an act, and "anyone" is no one in particular
      const object = refAfter(end, 3)
      // "I don't want you to leave", "no quiero que te vayas": the object is the subject of a wish
      if (
        person(object) &&
        !INDEFINITE.has(tokens[object.index].norm) &&
        !wishAfter(layout, object.index) &&
        !pronounWithComplement(layout, object) &&
        !tokens.slice(end + 1, object.index).some((t) => WISH.has(t.norm))
      )
        out.push({ first: k, last: object.index, target: object })
      continue
    }
    const noPlace = longestPhraseAt(tokens, k, noPlaceIndex)
    if (noPlace) {
      const end = k + noPlace - 1
      const who = refAfter(end, 3)
      if (person(who)) out.push({ first: k, last: who.index, target: who })
      continue
    }
    const notPart = longestPhraseAt(tokens, k, notPartIndex)
    if (notPart) {
      const end = k + notPart - 1
      const unit = tokens.slice(end, end + 4).some((t) => UNITS.has(t.norm))
      // the one left out: the subject before, or a pronoun inside the phrase ("hindi ka parte ng")
      const subject =
        refs.find((r) => r.index >= k && r.index <= end && HURTABLE.has(r.kind)) ??
        refs.filter((r) => r.index < k && r.index >= k - 4 && sentence[r.index] === sentence[k]).at(-1)
      if (unit && person(subject)) out.push({ first: Math.min(k, subject.index), last: end, target: subject })
    }
  }
  return out
}

/** Words that can open this module's shapes (analyze.ts skips lines with none). */
export const exclusionTriggers = (locale: string): Iterable<string> => OPENERS.get(locale) ?? []
