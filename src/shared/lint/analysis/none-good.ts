import type { Layout } from './frames'
import { longestPhraseAt, NEGATING_WORDS, phraseIndex } from './closed-class'
import { negatorCovers } from './mentions'
import type { GrammarHit, Referent } from './referents'

/**
 * "No existen gays decentes", "Nunca conheci ciganos que prestassem", "Gak ada orang Cina yg bisa
 * dipercaya", "I've never met any Muslims who were honest", "Not a single one of those refugees is
 * worth saving": a good quality denied to every member of a group. An opener that says none exist or
 * none were ever met, the group within three words, and a word of the quality within four words of it
 * (or just before it: "no decent …", "nothing good about …"). Only of a named identity group.
 */
const NONE: Record<string, string[]> = {
  en: [
    'no',
    'not a single',
    'not one',
    'never met a',
    'never met any',
    'never met one',
    'never seen a',
    'never seen any',
    'there are no',
    'there is no',
    'none of',
    'not any',
    'nothing',
    'there s nothing',
    'there is nothing'
  ],
  'pt-BR': [
    'nao existem',
    'nao existe',
    'nao ha',
    'nao tem',
    'nenhum',
    'nenhuma',
    'nunca conheci',
    'nunca vi',
    'jamais conheci',
    'jamais vi',
    'nada de',
    'nao tem nada de',
    'nao ha nada de'
  ],
  'es-MX': [
    'no existen',
    'no existe',
    'no hay',
    'ningun',
    'ninguna',
    'ninguno',
    'nunca he conocido',
    'nunca he visto',
    'nunca conoci',
    'nunca vi',
    'jamas he conocido',
    'jamas he visto',
    'jamas conoci',
    'nada de',
    'no hay nada de',
    'no tienen nada de'
  ],
  id: [
    'gak ada',
    'nggak ada',
    'ga ada',
    'gk ada',
    'ngga ada',
    'tidak ada',
    'tak ada',
    'gada',
    'gaada',
    'belum pernah',
    'gak pernah',
    'ga pernah',
    'nggak pernah',
    'tidak pernah'
  ],
  ms: ['tak ada', 'takde', 'tiada', 'xde', 'tak pernah', 'belum pernah', 'x pernah', 'tidak ada', 'tidak pernah'],
  fil: ['walang', 'wala pa akong nakilalang', 'wala akong kilalang', 'hindi pa ako nakakita ng', 'walang kahit isang']
}
const GOOD: Record<string, RegExp> = {
  en: /^(?:decent|honest|trustworthy|trusted|smart|intelligent|useful|good|worth|clean|normal|hardworking|kind|nice|civilized|competent)$/,
  'pt-BR':
    /^(?:decentes?|honest[oa]s?|inteligentes?|prest\w+|uteis|util|bo[mn]s?|boas?|confiave(?:l|is)|limp[oa]s?|trabalhador(?:es|as?)?|norma(?:l|is)|vale[mr]?|valha[mn]?|civilizad[oa]s?)$/,
  'es-MX':
    /^(?:decentes?|honest[oa]s?|inteligentes?|utiles|util|buen[oa]s?|buen|confiables?|limpi[oa]s?|trabajador(?:es|as?)?|normal(?:es)?|vale|valen|valga|valgan|civilizad[oa]s?)$/,
  id: /^(?:jujur|pinter|pintar|baik|berguna|dipercaya|bersih|rajin|normal|bener|beres|waras|beradab|becus)$/,
  ms: /^(?:jujur|pandai|baik|berguna|dipercayai|dipercaya|bersih|rajin|normal|elok|beradab|bertamadun)$/,
  fil: /^(?:matino|tapat|matalino|mabait|maaasahan|mapagkakatiwalaan|malinis|masipag|silbi|kapaki-pakinabang|disente|normal)$/
}
const NONE_SEQ = phraseIndex(NONE)
/** Who-says words between the opener and the group. */
const SAYING = new Set('siapa cakap kata bilang said says say dijo dice disse diz sabi nagsabi'.split(' '))

export function findNoneGood(layout: Layout, refs: readonly Referent[], locale: string): GrammarHit[] {
  const none = NONE_SEQ.get(locale)
  const good = GOOD[locale]
  if (!none || !good) return []
  const { tokens, sentence } = layout
  const out: GrammarHit[] = []
  for (let k = 0; k < tokens.length; k++) {
    const n = longestPhraseAt(tokens, k, none)
    if (!n) continue
    const s = sentence[k]
    const group = refs.find(
      (r) => r.index >= k + n && r.index <= k + n + 3 && sentence[r.index] === s && r.kind === 'group' && r.group
    )
    if (!group || layout.clause[group.index] !== layout.clause[k]) continue
    // "tak ada siapa cakap orang OKU tak boleh bekerja": no one said it — a report, not a verdict
    if (tokens.slice(k + n, group.index).some((t) => SAYING.has(t.norm))) continue
    // the quality: up to three words before the group ("no decent …") or four after it
    let quality = -1
    for (let j = Math.max(k + n, group.index - 3); j <= group.index + 4 && j < tokens.length; j++)
      if (j !== group.index && sentence[j] === s && good.test(tokens[j].norm)) {
        quality = j
        break
      }
    if (quality < 0 || praisedAfterAll(layout, k + n, group.index, quality)) continue
    out.push({ first: k, last: Math.max(quality, group.index), target: group })
    k += n - 1
  }
  return out
}

/** Comparisons ("worth less", "vale menos", "lebih baik daripada …") and acts ("hating gay people"). */
const COMPARED = new Set('less more than menos mais lebih daripada kaysa'.split(' '))
/**
 * Not a verdict after all: a double negative ("never met a Muslim who wasn't kind", "walang Pinoy na
 * hindi masipag"), a comparison, an act between ("nothing good about hating …"), or the quality in
 * another clause ("…, katanya baik-baik").
 */
function praisedAfterAll(layout: Layout, from: number, group: number, quality: number): boolean {
  const { tokens, clause, mentions } = layout
  if (clause[quality] !== clause[group]) return true
  // the quality inside a phrase that negates it ("yang tak jujur" is "dishonest")
  if (
    mentions.some(
      (m) =>
        m.role === 'predicate' &&
        m.first < quality &&
        m.last >= quality &&
        NEGATING_WORDS.has(layout.tokens[m.first].norm)
    )
  )
    return true
  const lo = Math.min(from, quality)
  const hi = Math.max(group, quality)
  for (let j = lo; j <= hi + 1 && j < tokens.length; j++) {
    if (j > group && j < quality && negatorCovers(mentions, j)) return true
    if (COMPARED.has(tokens[j].norm) && j >= quality - 1) return true
    if (j < group && /(?:ing|ndo)$/.test(tokens[j].norm)) return true
  }
  return false
}

/** The words that can open this module's shape in a line (analysis/triggers.ts). */
export const noneGoodTriggers = (locale: string): Iterable<string> => NONE_SEQ.get(locale)?.keys() ?? []
