import type { Layout } from './frames'
import { longestPhraseAt, phraseIndex, setsByLocale, THREAT_CONDITION } from './closed-class'
import type { GrammarHit, Referent } from './referents'

/**
 * "Say that again and see what happens", "If he shows up, he won't make it home", "Ngomong lagi, lo
 * masuk rumah sakit", "Subukan mo ulit, di ka na makakauwi": a harm that will befall someone, said in
 * a sentence that sets a condition ("if", "again", "one more", "try", "keep"), is a threat. The same
 * words without the condition are news or worry ("let's see what happens", "she got hurt"), so they
 * live here rather than in the lexicons, which have no way to ask for the condition.
 */
const OUTCOMES: Record<string, string[]> = {
  en: [
    'see what happens',
    'watch what happens',
    'end up in the hospital',
    'end up in hospital',
    'end up in a wheelchair',
    'wake up in the hospital',
    'leave in an ambulance',
    'eating through a straw',
    'won t be walking',
    'won t be talking',
    'won t make it home',
    'won t make it out',
    'won t make it to',
    'not gonna make it home',
    'not going to make it home',
    'getting hurt',
    'gonna get hurt',
    'going to get hurt',
    'will get hurt',
    'll get hurt',
    'll regret it',
    'it s over for',
    'its over for',
    'last thing you do',
    'last thing you ll ever do',
    'lose some teeth',
    'lose your teeth',
    'won t have teeth',
    'won t have any teeth'
  ],
  'es-MX': [
    'vas a ver lo que te pasa',
    'ya veras lo que te pasa',
    'a ver que te pasa',
    'te va a ir mal',
    'te va a ir muy mal',
    'le va a ir mal',
    'le va a ir muy mal',
    'no la cuentas',
    'no lo cuentas',
    'no vas a salir vivo',
    'no sales vivo'
  ],
  'pt-BR': [
    'pra ver o que acontece',
    'ver o que acontece',
    'para ver o que acontece',
    'vai ver o que acontece',
    'vai se dar mal',
    'nao respondo por mim',
    'vai sair machucado',
    'vai sair machucada',
    'nao sai vivo',
    'nao sai inteiro',
    'pra ver se sai inteiro',
    'pra ver se volta inteiro'
  ],
  id: [
    'masuk rumah sakit',
    'masuk rs',
    'pulang tinggal nama',
    'gak bakal bisa jalan',
    'nggak bakal bisa jalan',
    'ga bakal bisa jalan',
    'tunggu aja di parkiran',
    'gue tunggu di parkiran',
    'rontok semua'
  ],
  ms: [
    'masuk hospital',
    'takkan boleh jalan',
    'tak boleh jalan',
    'jangan harap balik',
    'jangan harap boleh balik',
    'tengok la apa jadi',
    'balik tinggal nama',
    'siap la kau',
    'nahas kau'
  ],
  fil: [
    'di ka na makakalakad',
    'hindi ka na makakalakad',
    'di ka na makakauwi',
    'hindi ka na makakauwi',
    'di ka na aabot',
    'hindi ka na aabot',
    'di ka na sisikatan ng araw',
    'wala kang ngipin',
    'sa ospital ka pupulutin',
    'sa ospital ka na',
    'makikita mo ang mangyayari',
    'alam mo na mangyayari',
    'alam mo na ang mangyayari'
  ]
}

/**
 * What makes it a threat besides "if": "again", "one more", a dare. ("more", "try", "keep", "novo",
 * "terus" also mean "younger", "keep trying", "new", "keep on": they made worry and advice threats.)
 */
const CUES: Record<string, string[]> = {
  en: ['again', 'dare'],
  'es-MX': ['otra', 'vuelves', 'vuelve', 'atrevete'],
  'pt-BR': ['outra', 'ousa'],
  id: ['lagi', 'berani'],
  ms: ['lagi', 'berani'],
  fil: ['ulit', 'inulit', 'subukan']
}
const CUE_SETS = setsByLocale(CUES)
/** The same cue in several words ("one more time": "more" alone is not one). */
const CUE_PHRASES = phraseIndex({
  en: ['one more time', 'once more'],
  'es-MX': ['una vez mas', 'una vez más'],
  'pt-BR': ['mais uma vez'],
  id: ['sekali lagi'],
  ms: ['sekali lagi'],
  fil: ['isa pang beses']
})
const OUTCOME_SEQ = phraseIndex(OUTCOMES)
/** A possibility ("you could end up in a wheelchair", "bisa masuk rs") is a warning, not a promise. */
const MAYBE = new Set('could might may can bisa boleh mungkin pode podem puede pueden pwede baka'.split(' '))
/** A reason given after it ("kasi baha", "because of the flood") makes it an explanation. */
const BECAUSE = new Set('because cause cuz kasi dahil karena karna sebab soalnya porque pq'.split(' '))
/** Words that undo an outcome when they stand before it in its clause ("you won't end up in the hospital"). */
const UNDO = new Set('not never t wont dont no nao nunca tak takkan tidak gak nggak ga hindi di'.split(' '))
/** Dares that open a sentence: "berani …", "coba …", "subukan mo …", "try …", "keep talking …", "atrévete …". */
const DARES = new Set('berani coba cuba subukan try dare keep atrevete ousa'.split(' '))
/** Here, and speaking (to the speaker): "come here again", "say that again", "ngomong lagi". */
const SPEAKER_WORLD = new Set(
  (
    'here say said talk speak aqui aca decir dices dice habla hablas hablar fala falar falou sini sana ngomong ngomongin bacot cakap dito rito sabihin magsalita ' +
    // first person, also inside a noun phrase the lexicon reads whole ("adek gue", "adik aku")
    'i me my mine our us yo mi mis nuestro nuestra eu meu minha meus minhas nosso nossa gue gw aku saya kami ku ko ako akin amin namin'
  ).split(' ')
)
const FIRST_ROLES = new Set(['first', 'firstPossessive'])
/** Coming back or showing up where the speaker is: "if she comes back to this school", "si vuelves por aquí". */
const COMING_BACK = phraseIndex({
  x: [
    'comes back',
    'come back',
    'coming back',
    'shows up',
    'show up',
    'showing up',
    'set foot',
    'sets foot',
    'step foot',
    'shows her face',
    'shows his face',
    'show your face',
    'vuelve',
    'vuelves',
    'regresa',
    'regresas',
    'volta',
    'voltar',
    'voltou',
    'aparece',
    'aparecer',
    'pisa',
    'pisar',
    'balik',
    'datang lagi',
    'bumalik',
    'babalik',
    'magpakita'
  ]
}).get('x')
/** "… comes back from the trip": coming back from elsewhere is no step into the speaker's place. */
const FROM = new Set('from de do da dari daripada mula galing'.split(' '))
function comingBackAt(layout: Layout, j: number): boolean {
  const n = longestPhraseAt(layout.tokens, j, COMING_BACK)
  return n > 0 && !FROM.has(layout.tokens[j + n]?.norm ?? '')
}
function touchesSpeaker(layout: Layout, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (SPEAKER_WORLD.has(layout.tokens[j].norm) || comingBackAt(layout, j)) return true
  return layout.mentions.some((m) => FIRST_ROLES.has(m.role) && m.first >= from && m.first < to)
}

/** Outcomes whose victim is named right after them ("it's over for him"). */
const TARGET_AFTER = new Set(['it s over for', 'its over for'])
const ONE_PERSON = new Set(['second', 'third', 'name'])
const PLURAL = new Set(['them', 'they', 'em'])

/**
 * The harm befalls the one spoken to ("you'll end up in the hospital", "di ka na makakauwi"), or
 * someone named right after "over for". Said of a third person it is far more often worry ("if my
 * grandpa falls again he'll end up in the hospital") than a threat, so it is left alone.
 */
export function findConditionalOutcomes(layout: Layout, refs: readonly Referent[], locale: string): GrammarHit[] {
  const outcomes = OUTCOME_SEQ.get(locale)
  const cues = CUE_SETS.get(locale)
  if (!outcomes || !cues) return []
  const { tokens, sentence, clause } = layout
  const out: GrammarHit[] = []
  for (let k = 0; k < tokens.length; k++) {
    const n = longestPhraseAt(tokens, k, outcomes)
    if (!n) continue
    const last = k + n - 1
    const s = sentence[k]
    let start = k
    while (start > 0 && sentence[start - 1] === s) start--
    // the condition comes first: "if" anywhere before, "again" or a dare before the outcome's own clause
    let conditioned = false
    for (let j = start; j < k; j++)
      if (
        THREAT_CONDITION.has(tokens[j].norm) ||
        (clause[j] !== clause[k] && (cues.has(tokens[j].norm) || longestPhraseAt(tokens, j, CUE_PHRASES.get(locale))))
      )
        conditioned = true
    if (!conditioned && !DARES.has(tokens[start].norm)) continue
    let clauseStart = k
    while (clauseStart > 0 && clause[clauseStart - 1] === clause[k]) clauseStart--
    // the condition touches the speaker's world ("my sister", "here", "say that", "try me"); about the
    // listener's own habits it is advice ("if you keep drinking you'll end up in the hospital")
    if (!touchesSpeaker(layout, start, k)) continue
    // undone, only possible, or explained ("…, kasi baha")
    const before = tokens.slice(clauseStart, k)
    if (!UNDO.has(tokens[k].norm) && before.some((t) => UNDO.has(t.norm))) continue
    if (before.some((t) => MAYBE.has(t.norm))) continue
    if (tokens.slice(last + 1).some((t, i) => sentence[last + 1 + i] === s && BECAUSE.has(t.norm))) continue
    const phrase = tokens
      .slice(k, last + 1)
      .map((t) => t.norm)
      .join(' ')
    // "it's over for him/her/Chloe" (not "for them": a team that loses again)
    const victim = TARGET_AFTER.has(phrase)
      ? refs.find(
          (r) => r.index > last && r.index <= last + 2 && ONE_PERSON.has(r.kind) && !PLURAL.has(tokens[r.index].norm)
        )
      : addressee(refs, layout, clauseStart, last, k, DARES.has(tokens[start].norm) || !speakerFirst(refs, start))
    if (!victim) continue
    out.push({ first: Math.min(k, victim.index), last, target: victim })
    k = last
  }
  return out
}

/** The sentence's first person named is the speaker ("Se a gente não treinar, vai se dar mal"): it is about us. */
const speakerFirst = (refs: readonly Referent[], start: number) => refs.find((r) => r.index >= start)?.kind === 'first'

/** "you" in the outcome's clause ("you'll end up…", "di ka na"), or, with no one named in it, the one addressed. */
function addressee(
  refs: readonly Referent[],
  layout: Layout,
  clauseStart: number,
  last: number,
  k: number,
  mayBeYou: boolean
): Referent | undefined {
  // a body part no one owns ("pulang tinggal nama") names no one
  const bare = (r: Referent) =>
    r.kind === 'person' && layout.mentions.some((m) => m.first === r.index && m.role === 'part')
  const inClause = refs.filter((r) => r.index >= clauseStart && r.index <= last && !bare(r))
  const you = inClause.find((r) => r.kind === 'second')
  if (you) return you
  if (!mayBeYou || inClause.some((r) => r.kind !== 'thing')) return undefined
  return { kind: 'second', index: k, clause: layout.clause[k] }
}

/** The words that can open this module's shape in a line (analysis/triggers.ts): each outcome's first word. */
export const outcomeTriggers = (locale: string): Iterable<string> => OUTCOME_SEQ.get(locale)?.keys() ?? []
