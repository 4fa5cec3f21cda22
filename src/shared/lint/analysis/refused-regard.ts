import type { Layout } from './frames'
import type { GrammarHit, Referent } from './referents'
import { RELATIVE } from './closed-class'

/**
 * Two shapes of the regard everyone is owed, refused to a group:
 *
 * 1. The speaker (or an order) refuses it: "I will never respect women", "Don't trust Mexicans",
 *    "não confio em nordestinos", "nunca voy a aceptar a los gays", "aku takkan hormat orang Cina",
 *    "hindi ko igagalang ang mga bakla". A negator, up to three words (aux, "ever", the speaker's
 *    clitic), a verb of regard, then the group after at most three determiners or prepositions.
 * 2. The group is said not to deserve it: "Muslims don't deserve an ounce of kindness", "os ciganos
 *    não merecem respeito", "orang Papua tak layak dihormati". The group (or "you") before a negator,
 *    a verb of deserving, and within four words a thing everyone deserves.
 *
 * Only of a named identity group or a slur (and, for 2, "you"): "I don't trust him", "I don't like
 * this song" and "you don't deserve this" are not. The lexicons list some such phrases word for
 * word; this reads the shape, so fillers and word order do not break it.
 */
const REGARD: Record<string, RegExp> = {
  en: /^(?:respect|trust|accept|welcome|hire|employ|rent|serve|tolerate|like|want|support|befriend|date|marry)$/,
  'pt-BR':
    /^(?:respeit[oaei]\w*|confi[oaeo]\w*|aceit[oaei]\w*|contrat[oaei]\w*|alug[oaeu]\w*|atend[oe]\w*|toler[oa]\w*|gost[oa]\w*|quer[oe]?\w*|apoi[oa]\w*)$/,
  'es-MX':
    /^(?:respet[oaeé]\w*|conf[ií][oaeé]\w*|acept[oaeé]\w*|contrat[oaeé]\w*|rent[oaeé]\w*|atiend\w*|toler[oaeé]\w*|gust[oaá]\w*|quier[oae]\w*|querer\w*|apoy[oaeé]\w*)$/,
  id: /^(?:hormat|hormatin|menghormati|percaya|mempercayai|terima|menerima|nerima|suka|sudi|mau|pengen|dukung|mendukung|pekerjakan|mempekerjakan)$/,
  ms: /^(?:hormat|hormati|menghormati|percaya|mempercayai|terima|menerima|suka|sudi|nak|mahu|sokong|menyokong|ambil)$/,
  fil: /^(?:rerespetuhin|irerespeto|respetuhin|igagalang|gagalangin|galangin|iginagalang|pagkakatiwalaan|pinagkakatiwalaan|magtitiwala|nagtitiwala|tatanggapin|tanggapin|tinatanggap|gusto|gugustuhin|susuportahan|suportahan)$/
}
/** Words that may stand between the verb and the group. */
const BETWEEN: Record<string, Set<string>> = {
  en: new Set('any those these the a an all of in to for with around near single one'.split(' ')),
  'pt-BR': new Set(
    'de dos das do da em nos nas no na os as o a esses essas esses nenhum nenhuma um uma com pra para aos as'.split(' ')
  ),
  'es-MX': new Set('a los las el la de en con esos esas ningun ninguna ninguno un una al a'.split(' ')),
  id: new Set('sama dengan pada kepada ke ama semua para si sm dgn'.split(' ')),
  ms: new Set('dengan pada kepada ke kat dekat semua para si dgn dkt'.split(' ')),
  fil: new Set('ang mga sa kay kina na ng lahat kahit isang ko ako kami namin'.split(' '))
}
/** Between the negator and the verb: auxiliaries, "ever", the speaker's clitics. */
const GAP = 3

const DESERVE: Record<string, RegExp> = {
  en: /^(?:deserve|deserves|merit)$/,
  'pt-BR': /^(?:merec\w*)$/,
  'es-MX': /^(?:merec\w*)$/,
  id: /^(?:pantas|layak|berhak)$/,
  ms: /^(?:layak|berhak|pantas|patut)$/,
  fil: /^(?:karapat-dapat|karapatdapat|nararapat)$/
}
/** What everyone deserves (or a verb of receiving it: "dihormati", "ser respeitados"). */
const OWED: Record<string, RegExp> = {
  en: /^(?:respect|kindness|rights|dignity|love|compassion|mercy|sympathy|empathy|equality|happiness|freedom|live|exist|life|help|kindness|care|chance|jobs|homes|peace|better|anything|respected|loved|helped|saved|alive)$/,
  'pt-BR':
    /^(?:respeito|carinho|direitos?|dignidade|amor|compaixao|piedade|empatia|igualdade|felicidade|liberdade|viver|existir|vida|ajuda|chance|oportunidade|nada|respeitad[oa]s?|amad[oa]s?|ajudad[oa]s?|salv[oa]s?)$/,
  'es-MX':
    /^(?:respeto|carino|derechos?|dignidad|amor|compasion|piedad|empatia|igualdad|felicidad|libertad|vivir|existir|vida|ayuda|oportunidad|nada|respetad[oa]s?|querid[oa]s?|ayudad[oa]s?|salvad[oa]s?)$/,
  id: /^(?:dihormati|dihargai|dikasihani|ditolong|dibantu|disayang|dicintai|hidup|hak|dihormatin|kebaikan|hormat|diperlakukan|bahagia|dimaafkan|diterima)$/,
  ms: /^(?:dihormati|dihargai|dikasihani|ditolong|dibantu|disayangi|dicintai|hidup|hak|kebaikan|simpati|hormat|bahagia|dimaafkan|diterima)$/,
  fil: /^(?:respeto|igalang|galangin|mabuhay|buhay|karapatan|tulungan|mahalin|pagmamahal|awa|kabutihan|kaligayahan|tanggapin)$/
}
/** What makes "don't deserve" protective: "… nada disso", "… less than the best", "… in fear". */
const PROTECTIVE = new Set(
  'disso isso desso esto eso this that less menos fear miedo medo takut takot ketakutan poverty pobreza kemiskinan hate odio odio'.split(
    ' '
  )
)
/** "You don't deserve to be treated like that": a harm after the verb is protective. */
const TREATED = /^(?:treated|hurt|tratad\w*|trat\w*|diperlakukan|dilayan|tratuhin|saktan)$/

/** The speaker by a pronoun ("I", "we", "eu", "aku"), not "my mom" (a part of the speaker's). */
const speaker = (layout: Layout, r: Referent) =>
  r.kind === 'first' && layout.mentions.some((m) => m.first === r.index && m.role === 'first')
const isTargetGroup = (r: Referent | undefined) => r !== undefined && r.kind === 'group' && r.group !== undefined

export function findRefusedRegard(layout: Layout, refs: readonly Referent[], locale: string): GrammarHit[] {
  const regard = REGARD[locale]
  if (!regard || !layout.mentions.some((m) => m.role === 'negator')) return []
  const { tokens, clause } = layout
  const between = BETWEEN[locale]
  const refAt = new Map(refs.map((r) => [r.index, r]))
  const out: GrammarHit[] = []
  for (const neg of layout.mentions) {
    if (neg.role !== 'negator') continue
    const c = clause[neg.first]
    // the one who refuses: the speaker, an order, or no one named before the negator in its clause
    const subject = refs.findLast((r) => clause[r.index] === c && r.index < neg.first)
    for (let v = neg.last + 1; v <= neg.last + 1 + GAP && v < tokens.length && clause[v] === c; v++) {
      const word = tokens[v].norm
      if (regard.test(word) && (!subject || speaker(layout, subject)) && !framedAsOthers(layout, neg.first)) {
        const target = groupAfter(layout, refAt, v, between)
        // "I don't date men, I'm a lesbian", "no me gustan las mujeres": liking and dating a gender is taste
        if (target && !(target.group === 'gender' && TASTE.test(word)))
          out.push({ first: neg.first, last: target.index, target })
        break
      }
      if (DESERVE[locale].test(word)) {
        // (Malay "patut" is also "should": only of a group, "kau tak patut rasa …" is advice)
        const you = subject?.kind === 'second' && word !== 'patut'
        const deserver = subject && (isTargetGroup(subject) || you) ? subject : undefined
        if (deserver && owedAfter(layout, v, locale)) out.push({ first: neg.first, last: v, target: deserver })
        break
      }
      // only auxiliaries and clitics between the negator and the verb: another referent ends the search
      if (refAt.has(v) && refAt.get(v)!.kind !== 'first') break
    }
  }
  return out
}

function groupAfter(
  layout: Layout,
  refAt: ReadonlyMap<number, Referent>,
  v: number,
  between: ReadonlySet<string>
): Referent | undefined {
  const { tokens, clause } = layout
  for (let k = v + 1; k <= v + 4 && k < tokens.length && clause[k] === clause[v]; k++) {
    const r = refAt.get(k)
    if (r) {
      if (!isTargetGroup(r) && !layout.mentions.some((m) => m.role === 'slur' && m.first === k)) return undefined
      // "I don't like Muslims' food", "women who lie": the group only says whose or which; "I don't
      // want Muslims to feel unsafe", "não gosto dos … serem tratados assim": what is not wanted is a
      // thing happening to them
      const next = tokens[k + 1]
      if (
        next &&
        clause[k + 1] === clause[k] &&
        (refAt.get(k + 1)?.kind === 'thing' ||
          RELATIVE_AFTER.has(next.norm) ||
          (TASTE.test(tokens[v].norm) && (CLAUSE_AFTER.has(next.norm) || /(?:ing|ndo|rem)$/.test(next.norm))))
      )
        return undefined
      return r
    }
    if (!between.has(tokens[k].norm)) return undefined
  }
  return undefined
}
/** Relative words after the group ("women who lie", Tagalog "na"). */
const RELATIVE_AFTER = new Set([...RELATIVE, 'whose', 'na'])
const CLAUSE_AFTER = new Set('to s being ser serem sejam sean untuk jadi buat para pra'.split(' '))
/** Verbs of taste and dating: said of a gender they tell whom one dates, not what one thinks of them. */
const TASTE = /^(?:like|love|want|date|marry|gust\w*|gost\w*|quier\w*|quer\w*|suka|mau|nak|mahu|gusto|gugustuhin)$/
/** Before the negator: whoever does it, or a condition ("Quem não respeita …", "Si no respetas …"). */
const WHOEVER = new Set('who whoever anyone if quem quien quienes si se kalau kalo kung yang que'.split(' '))
/** A turn that takes it back: "… until I moved there", "dulu aku tak percaya …, sekarang …". */
const TURN = new Set('until till hasta ate sampai sehingga hanggang dulu dahulu dati used'.split(' '))
/** Whether the negator at k belongs to a whoever- or if-clause, or the sentence takes it back. */
function framedAsOthers(layout: Layout, k: number): boolean {
  const { tokens, clause, sentence } = layout
  for (let j = k - 1; j >= 0 && clause[j] === clause[k]; j--) if (WHOEVER.has(tokens[j].norm)) return true
  for (let j = 0; j < tokens.length; j++) if (sentence[j] === sentence[k] && TURN.has(tokens[j].norm)) return true
  return false
}

function owedAfter(layout: Layout, v: number, locale: string): boolean {
  const { tokens, clause } = layout
  for (let k = v + 1; k <= v + 5 && k < tokens.length && clause[k] === clause[v]; k++) {
    if (TREATED.test(tokens[k].norm) || PROTECTIVE.has(tokens[k].norm)) return false
    // "não merecem nada disso", "don't deserve anything less than …", "no merecen vivir con miedo"
    if (OWED[locale].test(tokens[k].norm)) return !tokens.slice(k + 1, k + 5).some((t) => PROTECTIVE.has(t.norm))
  }
  return false
}
