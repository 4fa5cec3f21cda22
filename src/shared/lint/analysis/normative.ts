import type { Layout } from './frames'
import { HURTABLE, type Referent, type GrammarHit } from './referents'
import type { AnalysisToken } from './prepare-tokens'
import { longestPhraseAt, phraseIndex, PREPOSITIONS } from './closed-class'

/**
 * Normative harm: a person or group, a modal of obligation or desert, and a verb of violence,
 * confinement or expulsion said of them ("Atheists deserve to burn", "Refugees should be sent back",
 * "Los ateos merecen arder", "A las personas trans habría que encerrarlas", "Ang mga adik dapat
 * binabaril", "Orang gay patut dibunuh"). The lexicons list many such phrases whole; this reads the
 * shape, so a verb form or a word order the lists lack is still read.
 *
 * Only the subject before the modal is the target (a question, "Should refugees be…?", asks; a thing
 * subject, "the comments should be removed", is no one). Expelling verbs ("sent back", "go back",
 * "voltar", "regresar") count only with a destination word, and only for groups: "she should go back
 * to school" is advice.
 */

/** Single-word modals (accents folded) and two-word ones as "a b". */
const MODALS: Record<string, string[]> = {
  en: [
    'should',
    'must',
    'deserve',
    'deserves',
    'oughta',
    'gotta',
    'ought to',
    'need to',
    'needs to',
    'have to',
    'has to'
  ],
  'pt-BR': [
    'deve',
    'devem',
    'deveria',
    'deveriam',
    'devia',
    'deviam',
    'merece',
    'merecem',
    'precisa',
    'precisam',
    'tem que',
    'tem de',
    'tinha que',
    'tinham que'
  ],
  'es-MX': [
    'debe',
    'deben',
    'deberia',
    'deberian',
    'merece',
    'merecen',
    'tiene que',
    'tienen que',
    'hay que',
    'habria que',
    'ojala'
  ],
  id: [
    'harus',
    'harusnya',
    'seharusnya',
    'mesti',
    'mestinya',
    'wajib',
    'perlu',
    'pantas',
    'pantes',
    'layak',
    'kudu',
    'patut',
    'mending',
    'mendingan',
    'lebih baik'
  ],
  // not "kena": it is also the passive of what happened ("dia kena bunuh" = he was killed)
  ms: ['patut', 'patutnya', 'sepatutnya', 'mesti', 'harus', 'wajib', 'perlu', 'layak'],
  fil: ['dapat', 'dapat lang', 'dapat na', 'kailangan', 'kailangang', 'nararapat', 'dapat sa']
}

/** Verbs of violence or confinement, as stems the token must start with (accents folded). */
const HARM: Record<string, RegExp> = {
  en: /^(deport|expel|exterminat|eradicat|lynch|hang$|hanged|hung$|shot$|shoot|burn|kill|die$|rot$|gassed|jail|imprison|lock(ed)?$|caged?$|execut|sterili[sz]|castrat|whip|beaten|stoned|drown|starv|purg|segregat|banish|exile|wiped|eliminat|institutionali[sz]|tortur|flogged|caned|humiliat)/,
  'pt-BR':
    /^(deport|expuls|banid|pres[oa]s?$|prend|encarcer|enjaul|trancad|queim|arder|ardam|morr|apanh|fuzil|enforc|extermin|esteriliz|castrad|apedrej|linch|elimin|cadeia$|jaula$|coca$|surra|porrada|pisa$|espancad|torturad|chicotead|proibid|humilh)/,
  'es-MX':
    /^(deport|expuls|encerr|enjaul|encarcel|carcel$|quem|arder|ardan|muer|morir|fusil|ahorc|extermin|elimin|lapid|linch|castr|esteriliz|golpe|matar|maten|balacear|balear|colgar|cuelguen|madriza|putiza|golpiza|chingadazo|cinturonazo|colgarlo|colgarla|atropell|prohibid|tortur|azot(e|en|ar|ad|ado|ados|ada|adas)$|humill)/,
  id: /^(di(usir|buang|kurung|penjara|tembak|bunuh|bakar|gantung|musnahkan|basmi|bantai|pukul|rajam|pancung|sembelih|deportasi|pulangkan|tendang|asingkan|kebiri|hukum|habisi|lenyapkan|penggal|cambuk|gebukin|gebuk|tangkap|tangkep|rajam|lecehin|lecehkan|perkosa|hajar|siksa|keroyok|timpuk|lempar)|mati$|mampus|musnah|dibinasakan|lenyap|dienyahkan)/,
  // (bare stems after "kena", the passive: "patut kena pukul", "patut kena rotan")
  ms: /^(di(halau|usir|buang|kurung|penjara|tembak|bunuh|bakar|gantung|musnahkan|hapuskan|bantai|pukul|sebat|rejam|pancung|sembelih|hantar|pulangkan|tendang|asingkan|kembiri|hukum|habiskan|penggal|belasah|rotan|seksa)|mati$|mampus|musnah|lenyap|bunuh|tembak|sebat|gantung|halau|penjara|pukul$|rotan$|belasah$|lempang$|tampar$|terajang$|seksa$|rogol$)/,
  fil: /(baril|patay|kulong|kulung|tapon|sunog|sunug|bitay|deport|bugbog|lipol|ubusin|pinapalayas|palayasin|pinalayas|mamatay|mamatay|hampas|paluin|binubugbog)/
}

/** Expelling verbs: harm only with a destination and a group ("deported" is in HARM already). */
const RETURN: Record<string, RegExp> = {
  en: /^(sent|send|go|shipped|ship|thrown|kicked)$/,
  'pt-BR': /^(voltar|voltem|volte|mandad|mandar|devolvid|expulsos)/,
  'es-MX': /^(regres|volver|vuelvan|larg|mandar|mandad|correr|corran|sacar|saquen)/,
  id: /^(dipulangin|dikirim|dibalikin|balik|pulang|pergi|keluar)$/,
  ms: /^(dihantar|hantar|balik|pulang|keluar|berambus)$/,
  fil: /^(umuwi|bumalik|ibalik|pauwiin|umalis|lumayas|paalisin)$/
}
const DESTINATION = new Set(
  'home country countries boat boats where border terra pais paises barco onde origem tierra donde origen negara asal kampung bot kapal negeri bansa barko pinanggalingan probinsya'.split(
    ' '
  )
)

const MODAL_SETS = phraseIndex(MODALS)

export function findNormativeHarm(layout: Layout, refs: readonly Referent[], locale: string): GrammarHit[] {
  const modals = MODAL_SETS.get(locale)
  const harm = HARM[locale]
  const ret = RETURN[locale]
  if (!modals || !harm || !ret) return []
  const { tokens, sentence, mentions } = layout
  const out: GrammarHit[] = []
  let negator: Set<number> | undefined
  for (let k = 0; k < tokens.length; k++) {
    const width = longestPhraseAt(tokens, k, modals)
    if (!width) continue
    // every token of a negator ("should not" is one mention that starts on the modal)
    if (!negator) {
      negator = new Set<number>()
      for (const m of mentions) if (m.role === 'negator') for (let i = m.first; i <= m.last; i++) negator.add(i)
    }
    if (negator.has(k + width - 1)) continue
    const s = sentence[k]
    // the subject: the nearest person or group before the modal, at most six words back
    const before = subjectBefore(layout, refs, k)
    const subject = before && HURTABLE.has(before.kind) ? before : subjectAfter(layout, refs, k + width, locale)
    if (!subject) continue
    if (someoneElsesBelief(layout, refs, subject.index)) continue
    const reach = subject.index > k ? 7 : 4
    for (let j = k + width; j < Math.min(tokens.length, k + width + reach) && sentence[j] === s; j++) {
      // "should not be deported": a negator between the modal and the verb
      if (negator.has(j)) break
      const w = tokens[j].norm
      // "mesti datang pukul 8": Malay "pukul" is also o'clock
      if (harm.test(w) && !/^\d/.test(tokens[j + 1]?.norm ?? '')) {
        // "kids should burn some energy": the verb's object is a thing, not the subject
        if (thingObject(refs, j, sentence, tokens) || idiomAfter(tokens, j)) break
        out.push({ first: k, last: j, target: subject })
        break
      }
      if (subject.kind === 'group' && ret.test(w) && destinationAfter(tokens, sentence, j)) {
        out.push({ first: k, last: j, target: subject })
        break
      }
    }
  }
  return out
}

/**
 * The nearest referent before the modal, at most six words back; a place inside a prepositional
 * phrase is passed over for the person it locates ("waria di lampu merah itu harus ditangkap").
 */
function subjectBefore({ tokens, sentence }: Layout, refs: readonly Referent[], k: number): Referent | undefined {
  const near = refs.filter((r) => r.index < k && r.index >= k - 6 && sentence[r.index] === sentence[k])
  const last = near.at(-1)
  if (!last || last.kind !== 'thing') return last
  const head = near.filter((r) => HURTABLE.has(r.kind)).at(-1)
  return head && tokens.slice(head.index + 1, last.index).some((t) => PREPOSITIONS.has(t.norm)) ? head : last
}

/**
 * Malay, Indonesian and Tagalog put the subject after the modal too: "patutnya atheis ni dipenjara",
 * "dapat ibitay ang mga bakla" (verb first), "dapat sa mga katulad mo, binabaril" (what they deserve).
 * The first person or group within four words after the modal, not a Tagalog agent clitic ("dapat
 * patayin mo ang ilaw": "mo" does it, the light gets it).
 */
const SUBJECT_AFTER = new Set(['id', 'ms', 'fil'])
const AGENT_CLITICS = new Set('mo ko niya nya nila namin natin ninyo niyo nyo'.split(' '))
function subjectAfter(layout: Layout, refs: readonly Referent[], from: number, locale: string): Referent | undefined {
  if (!SUBJECT_AFTER.has(locale)) return undefined
  const { tokens, sentence } = layout
  const r = refs.find(
    (r) =>
      r.index >= from &&
      r.index < from + 4 &&
      sentence[r.index] === sentence[from] &&
      !AGENT_CLITICS.has(tokens[r.index].norm)
  )
  return r && HURTABLE.has(r.kind) ? r : undefined
}

/**
 * "Anyone who thinks gay people should burn…", "The idea that refugees should be shot…", "Imagine
 * thinking…": a belief held by someone else is described, usually to be denounced. "I think they
 * should…" is the speaker's own.
 */
const COGNITION = new Set(
  'thinks think thinking believes believe believing idea notion claim claims acha acham pensa pensam ideia piensa piensan cree creen idea mikir pikir ngira anggap fikir ingat iniisip akala naniniwala'.split(
    ' '
  )
)
function someoneElsesBelief({ tokens, sentence }: Layout, refs: readonly Referent[], subject: number): boolean {
  for (let c = subject - 1; c >= 0 && sentence[c] === sentence[subject]; c--)
    if (COGNITION.has(tokens[c].norm)) return !refs.some((r) => r.index === c - 1 && r.kind === 'first')
  return false
}

/** "die laughing", "morrer de rir", "mati ketawa", "shot from a low angle": figures of speech. */
const IDIOM = new Set(
  'laughing laughter boredom matian rir riso risa tedio aburrimiento vergonha verguenza ketawa gelak tawa kakatawa hiya'.split(
    ' '
  )
)
const IDIOM_NEXT = new Set(['of', 'from', 'inside'])
const idiomAfter = (tokens: readonly AnalysisToken[], j: number): boolean =>
  // "mati-matian" (with all one's might) is split into "mati" and "matian", whose base is "mati"
  (j + 1 < tokens.length && tokens[j + 1].forms.includes(tokens[j].norm)) ||
  (j + 1 < tokens.length && (IDIOM_NEXT.has(tokens[j + 1].norm) || IDIOM.has(tokens[j + 1].norm))) ||
  (j + 2 < tokens.length && IDIOM.has(tokens[j + 2].norm))

function thingObject(
  refs: readonly Referent[],
  j: number,
  sentence: Int32Array,
  tokens: readonly AnalysisToken[]
): boolean {
  const next = refs.find((r) => r.index > j && r.index <= j + 3 && sentence[r.index] === sentence[j])
  if (next === undefined || next.kind !== 'thing' || next.owner) return false
  // a place the subject is sent to or from is no object: "wiped off the map", "burned at the stake"
  for (let i = j + 1; i < next.index; i++)
    if (PREPOSITIONS.has(tokens[i].norm) || (tokens[i].norm === 'off' && tokens[j].norm === 'wiped')) return false
  return true
}

function destinationAfter(tokens: readonly AnalysisToken[], sentence: Int32Array, j: number): boolean {
  for (let i = j + 1; i <= j + 5 && i < tokens.length && sentence[i] === sentence[j]; i++)
    if (DESTINATION.has(tokens[i].norm)) return true
  return false
}

/** Words that can open this module's shape (analyze.ts skips lines with none). */
export const normativeTriggers = (locale: string): Iterable<string> => MODAL_SETS.get(locale)?.keys() ?? []
