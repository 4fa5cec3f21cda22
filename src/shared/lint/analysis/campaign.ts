import type { Layout } from './frames'
import { HURTABLE, type Referent, type GrammarHit } from './referents'
import { setsByLocale } from './closed-class'

/**
 * Pile-ons: "everyone go report Maya's account until it's gone", "Llénenle los DMs hasta que se salga
 * de internet", "Ayo semua report akun Putri sampai di-banned", "i-raid natin live ni Kiko". No word
 * in them is unkind on its own; what makes them incitement is a harassing act (report, spam, raid,
 * flood…) aimed at a person or their account, together with a call on others to join ("everyone",
 * "let's", "vamos", "ayo", "natin") or a goal of driving them away ("until …"). The verbs are a
 * closed class of platform actions, so they live here rather than in the content lexicons.
 */

const HARASS: Record<string, string[]> = {
  en: 'report reporting mass-report spam spamming flood raid brigade dogpile ratio expose dox doxx leak cancel unfollow dislike roast harass troll screenshot jump humiliate shame catfish'.split(
    ' '
  ),
  'pt-BR':
    'denuncia denunciem denunciar denunciando spamma spammem spamar flooda flodem flodar invade invadam invadir expoe exponham expor cancela cancelem cancelar manda mandem lota lotem descurtam dislike comentem liguem printem xinguem zoem humilhem xingar xingue zoar humilhar bater batam espancar expulsar expulsem derrubar derrubem'.split(
      ' '
    ),
  'es-MX':
    'reporta reporten reportar reportamos reportemos spamea spameen spamear funa funen funar quemen exhiban exhibir llenenle llenen llenale llenarle invadan invadir cancelen etiqueten comenten marquenle llamenle humillen trolleen saquemos saquen corranlos corran rayarle rayenle golpeemos madreemos quememos humillemos corramos humillar'.split(
      ' '
    ),
  id: 'report spam serbu serang geruduk viralin viralkan spill laporin laporkan raid unfollow hujat hujatin teror neror rujak maki makiin gerebek grebek bubarin bubarkan labrak usir usirin persekusi takedown kempesin'.split(
    ' '
  ),
  ms: 'report spam serbu serang viralkan tularkan laporkan lapor raid unfollow kecam hentam malukan bash halau usir'.split(
    ' '
  ),
  fil: 'report spam raid ireport ispam iraid sugurin sugod sugudin ipahiya iexpose expose unfriend iunfriend unfollow ishade ibash bash pakalatin ipakalat paalisin papaalisin palayasin batuhin catfish icatfish'.split(
    ' '
  )
}

/**
 * Acts a crowd does at a match or a show as often as at one person ("Vaiem esse juiz!", "let's boo
 * the ref"): a pile-on only with a goal of driving someone away ("vamos vaiar o Pedro até ele sair do
 * palco").
 */
const ONLY_UNTIL: Record<string, string[]> = {
  en: ['boo', 'booing', 'heckle', 'heckling'],
  'pt-BR': ['vaiar', 'vaiem', 'vaia', 'vaiando'],
  'es-MX': ['abuchear', 'abucheen', 'abucheemos', 'abucheando'],
  id: ['soraki', 'sorakin'],
  ms: ['boo'],
  fil: ['boo', 'iboo']
}

/** A call on others: "everyone", "let's", "guys", "vamos todos", "bora", "ayo semua", "jom", "tara", "natin". */
const COLLECTIVE: Record<string, string[]> = {
  en: 'everyone everybody all guys lets let y all yall who s in whos together'.split(' '),
  'pt-BR': 'todo todos galera gente bora vamo vamos geral massa'.split(' '),
  'es-MX': 'todos todas vamos banda raza chavos quien jalense masa'.split(' '),
  id: 'ayo yuk semua gengs guys rame rame-rame ramai bareng siapa'.split(' '),
  ms: 'jom semua korang ramai ramai-ramai geng guys sape siapa'.split(' '),
  fil: 'tara natin niyo ninyo nyo guys lahat sama-sama tayo'.split(' ')
}

/** A goal of driving the person away: "until", "hasta que", "até", "sampai", "sehingga", "hanggang". */
const UNTIL: Record<string, string[]> = {
  en: ['until', 'till', 'til'],
  'pt-BR': ['ate'],
  'es-MX': ['hasta'],
  id: ['sampai', 'sampe', 'ampe', 'hingga'],
  ms: ['sampai', 'sampai', 'sehingga', 'smpai'],
  fil: ['hanggang', 'hangga']
}

/** "stop reporting her", "jangan spam dia", "wag niyo i-raid": a call to stop is the opposite. */
const STOP: Record<string, string[]> = {
  en: ['stop', 'don', 'dont', 'never', 'quit'],
  'pt-BR': ['para', 'parem', 'nao', 'nunca'],
  'es-MX': ['deja', 'dejen', 'no', 'nunca'],
  id: ['stop', 'jangan', 'berhenti', 'gausah', 'nggak', 'gak'],
  ms: ['stop', 'jangan', 'berhenti', 'tak', 'tidak'],
  fil: ['wag', 'huwag', 'tigilan', 'stop', 'hindi']
}

/**
 * A verb in the plural imperative already calls on others: "reporten", "spameen", "saquemos",
 * "denunciem", "flodem" (Spanish -en/-an/-emos, Portuguese -em/-am, with a clitic after).
 */
const PLURAL_CALL: Record<string, RegExp> = {
  'es-MX': /(?:en|an|emos)(?:le|les|la|las|lo|los)?$/,
  'pt-BR': /(?:em|am)$/
}

/** Plural imperatives of everyday acts ("mandem", "comenten", "llámenle"): a call only with "todos", "bora"… */
const EVERYDAY_CALLS = new Set('mandem liguem comentem printem llenen comenten llamenle etiqueten marquenle'.split(' '))

const HARASS_SETS = setsByLocale(HARASS)
const COLLECTIVE_SETS = setsByLocale(COLLECTIVE)
const UNTIL_SETS = setsByLocale(UNTIL)
const STOP_SETS = setsByLocale(STOP)
const ONLY_UNTIL_SETS = setsByLocale(ONLY_UNTIL)

const NAMED = new Set(['name', 'group', 'second', 'third'])
const AGENTS = new Set(['mo', 'niyo', 'ninyo', 'nyo', 'natin', 'namin', 'ko'])

/** "Reporten los baches", "Saquen la basura": an article read as a pronoun, a noun right after it. */
const ARTICLES = new Set('el la los las lo o a os as'.split(' '))
function articleBeforeNoun(layout: Layout, r: Referent): boolean {
  const { tokens, clause } = layout
  return r.kind === 'third' && ARTICLES.has(tokens[r.index].norm) && clause[r.index + 1] === clause[r.index]
}

/** Harassing acts aimed at a person (or their account) with a call on others or an "until" goal. */
export function findCampaigns(layout: Layout, refs: readonly Referent[], locale: string): GrammarHit[] {
  const harass = HARASS_SETS.get(locale)
  const collective = COLLECTIVE_SETS.get(locale)
  const until = UNTIL_SETS.get(locale)
  const stop = STOP_SETS.get(locale)
  const onlyUntil = ONLY_UNTIL_SETS.get(locale)
  if (!harass || !collective || !until || !stop || !onlyUntil) return []
  const { tokens, sentence } = layout
  const acts = (w: string) => harass.has(w) || onlyUntil.has(w)
  if (!tokens.some((t) => acts(t.norm))) return []
  const out: GrammarHit[] = []
  for (let k = 0; k < tokens.length; k++) {
    if (!acts(tokens[k].norm)) continue
    const s = sentence[k]
    const inSentence = (j: number) => sentence[j] === s
    if (onlyUntil.has(tokens[k].norm) && !tokens.some((t, j) => j > k && inSentence(j) && until.has(t.norm))) continue
    if (tokens.some((t, j) => j < k && j >= k - 3 && inSentence(j) && stop.has(t.norm))) continue
    // the person, or a thing of theirs ("Maya's account", "DMs niya", "live ni Kiko"), after the verb
    const target = refs.find(
      (r) =>
        r.index > k &&
        !articleBeforeNoun(layout, r) &&
        // "Palayasin niyo …": the Tagalog agent clitic after the verb is who does it, not whom
        !(r.index === k + 1 && AGENTS.has(tokens[r.index].norm)) &&
        r.index <= k + 6 &&
        inSentence(r.index) &&
        r.kind !== 'first' &&
        (HURTABLE.has(r.kind) || (r.kind === 'thing' && r.owner !== undefined && r.owner !== 'first'))
    )
    // "llénenle los DMs": the clitic on the verb is the person
    const clitic =
      !target && locale === 'es-MX' && /(?:le|les)$/.test(tokens[k].norm)
        ? ({ kind: 'third', index: k, clause: layout.clause[k] } as const)
        : undefined
    const aimed = target ?? clitic
    if (!aimed) continue
    const rallied = tokens.some((t, j) => inSentence(j) && (collective.has(t.norm) || until.has(t.norm)))
    // the verb's own plural call needs someone named ("reporten a Toño", "saquemos a los migrantes"), not a
    // noun that may be a wrongdoer or a cause ("reporten a este vato", "denunciem qualquer caso")
    const pluralCall =
      PLURAL_CALL[locale]?.test(tokens[k].norm) && !EVERYDAY_CALLS.has(tokens[k].norm) && NAMED.has(aimed.kind)
    const called = rallied || pluralCall
    if (called) out.push({ first: k, last: Math.max(k, aimed.index), target: aimed })
  }
  return out
}

/** What a pile-on does, and a kinder way, in the line's language (the threat texts speak of violence). */
export const PILE_ON_TEXTS: Record<string, { explanation: string; suggestions: string[] }> = {
  en: {
    explanation:
      'Rallying others to report, spam or raid one person is a pile-on: many against one, which hurts far more than a single comment and can drive someone offline.',
    suggestions: [
      'If something really breaks the rules, report it once yourself, privately.',
      'Talk to the person, or to someone who can help, instead of rallying others.'
    ]
  },
  ms: {
    explanation:
      'Mengajak orang lain report, spam atau serbu seseorang ialah serangan beramai-ramai: ramai menentang seorang, dan itu jauh lebih menyakitkan daripada satu komen.',
    suggestions: [
      'Jika ia benar-benar melanggar peraturan, laporkan sekali sahaja secara peribadi.',
      'Bercakap dengan orang itu, atau minta bantuan, daripada mengajak orang lain.'
    ]
  },
  id: {
    explanation:
      'Mengajak orang lain nge-report, nge-spam, atau menyerbu seseorang itu keroyokan: banyak orang melawan satu, dan itu jauh lebih menyakitkan daripada satu komentar.',
    suggestions: [
      'Kalau memang melanggar aturan, laporkan sekali saja secara pribadi.',
      'Bicara langsung dengan orangnya, atau minta bantuan, daripada mengajak orang lain.'
    ]
  },
  fil: {
    explanation:
      'Ang pag-uudyok sa iba na i-report, i-spam o i-raid ang isang tao ay pagtutulungan laban sa iisa, at mas masakit iyon kaysa sa isang komento.',
    suggestions: [
      'Kung talagang lumalabag sa patakaran, i-report mo na lang nang isang beses, nang pribado.',
      'Kausapin ang tao, o humingi ng tulong, sa halip na mag-udyok ng iba.'
    ]
  },
  'pt-BR': {
    explanation:
      'Chamar outras pessoas para denunciar, spammar ou invadir o perfil de alguém é um linchamento virtual: muitos contra um, e isso machuca muito mais do que um comentário.',
    suggestions: [
      'Se algo realmente viola as regras, denuncie uma vez, em particular.',
      'Fale com a pessoa, ou peça ajuda, em vez de chamar os outros.'
    ]
  },
  'es-MX': {
    explanation:
      'Invitar a otros a reportar, spamear o funar a alguien es un linchamiento: muchos contra uno, y eso lastima mucho más que un solo comentario.',
    suggestions: [
      'Si de verdad rompe las reglas, repórtalo una vez, en privado.',
      'Habla con la persona, o pide ayuda, en lugar de juntar a otros.'
    ]
  }
}
