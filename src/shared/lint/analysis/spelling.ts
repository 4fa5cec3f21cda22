/**
 * Spelling variation that l33t/stretch/mask handling (normalize.ts, tokenize.ts) does not cover:
 * one swapped, missing or extra letter ("haet", "idot", "stuppid") and missing spaces ("ihate",
 * "urso"). Only words that matter are corrected towards: the "hot" vocabulary (predicates, slurs,
 * profanity). A word every lexicon already knows is never corrected, and short words are left alone
 * (a one-letter change to a 3-letter word is usually another real word).
 */

/**
 * What spelling is corrected towards. `hot` words make a finding on their own (predicates, slurs,
 * profanity); `targets` adds the words a finding is built from (identity groups, people, the content
 * words of multi-word predicates: "plague" in "a plague"). Candidates are generated and looked up
 * (Norvig-style), so there is no index to build before the first lint.
 */
export interface SpellIndex {
  hot: ReadonlySet<string>
  targets: ReadonlySet<string>
  /** Targets and the other words of multi-word hot phrases ("sick", "burn"): what a run-together word may split into. */
  joinable: ReadonlySet<string>
  /** Letters the targets use: the letters a missing-letter candidate may insert. */
  alphabet: readonly string[]
}

const MIN_FUZZY = 4
/** Longer words are not spell-corrected (the longest hot words have about 25 letters). */
const MAX_FUZZY = 40

export function buildSpellIndex(
  hot: Iterable<string>,
  extra: Iterable<string> = [],
  phraseWords: Iterable<string> = []
): SpellIndex {
  const hotSet = new Set<string>()
  for (const w of hot) if (!w.includes(' ')) hotSet.add(w)
  const targets = new Set(hotSet)
  for (const w of extra) if (!w.includes(' ') && w.length >= MIN_FUZZY) targets.add(w)
  // letters only: a missing digit is not a slip ("h8" is spelled so on purpose)
  const chars = new Set<string>()
  for (const w of targets) for (const ch of w) chars.add(ch)
  const joinable = new Set(targets)
  // (the packs list only words of 4+ letters: lexicon-pack.ts JOINABLE_MIN)
  for (const w of phraseWords) if (!w.includes(' ')) joinable.add(w)
  return { hot: hotSet, targets, joinable, alphabet: [...chars].filter((ch) => /\p{L}/u.test(ch)) }
}

/**
 * Targets one edit from `word`: a letter missing (word length ≥ 4, the target ≥ 5), a letter extra
 * inside the word or doubled at its end (word length ≥ 5, the target ≥ 4) or two neighbours swapped
 * (length ≥ 4). Substitutions are not tried: "hate"/"date"/"gate" are all real words.
 */
export function corrections(word: string, index: SpellIndex, typed = true): string[] {
  const { targets, hot } = index
  if (targets.has(word)) return []
  // only a word typed as three lowercase letters: "3rd" read as "erd" is not a slip of "nerd", and
  // "Mae", "Paz" are names
  if (word.length === MIN_FUZZY - 1) return typed ? shortWordCorrections(word, index) : []
  if (word.length < MIN_FUZZY) return []
  // every edit builds a copy of the word: a 16,000-letter "word" took 12 s; no target is this long
  if (word.length > MAX_FUZZY) return []
  const out: string[] = []
  // "parasitez", "lozer": z for s is a spelling people choose, not a slip
  if (word.includes('z')) pushIn(out, targets, word.replace(/z/g, 's'))
  // a letter added at either edge of a word, or to a four-letter word, makes another real word
  // more often than it mends a slip ("vota" → "votar", "obra" → "cobra", "gawa" → "gawan"): only
  // words that make a finding on their own are reached that way
  for (let i = 0; i <= word.length; i++) {
    const edge = i === 0 || i === word.length || word.length < 5
    const head = word.slice(0, i)
    const tail = word.slice(i)
    for (const ch of index.alphabet) pushIn(out, edge ? hot : targets, head + ch + tail)
  }
  // an extra letter inside the word ("stuppid", "idiiot"); at its edges a letter is more often an
  // affix of a real word the dictionaries lack (Tagalog "nireport", slang "mabar") than a slip
  if (word.length >= 5)
    for (let i = 1; i < word.length; i++)
      if (i < word.length - 1 || word[i] === word[i - 1]) pushIn(out, targets, word.slice(0, i) + word.slice(i + 1))
  for (let i = 0; i + 1 < word.length; i++)
    if (word[i] !== word[i + 1]) pushIn(out, targets, word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))
  return out
}

/**
 * Whether `word` is one slip from a person or group word (`isPeople`): a letter missing (at the
 * edges only in words of 5+ letters: "omen" is no slip of "women") or one extra inside. Asked only
 * about the word a verb of hate or harm takes as its object ("I hate wmen", "odeio os gys"), where a
 * near-miss of a group is likelier a slip than another word. Swaps are not tried ("bakal" is steel,
 * not "bakla"), nor hot words ("oats" is no slip of "boats").
 */
export function nearPeopleWord(word: string, alphabet: readonly string[], isPeople: (w: string) => boolean): boolean {
  if (word.length < 3 || word.length > 20 || !VOWEL.test(word) || !/^\p{L}+$/u.test(word)) return false
  const from = word.length < 5 ? 1 : 0
  const to = word.length < 5 ? word.length - 1 : word.length
  for (let i = from; i <= to; i++)
    for (const ch of alphabet) if (isPeople(word.slice(0, i) + ch + word.slice(i))) return true
  if (word.length >= 5)
    for (let i = 1; i < word.length - 1; i++) if (isPeople(word.slice(0, i) + word.slice(i + 1))) return true
  return false
}

/** A word with no vowel is an abbreviation ("dps", "fds", "dmn"), and so is a target without one ("fdps"). */
const VOWEL = /[aeiouyáéíóúâêôãõà]/

/**
 * A three-letter word no lexicon or dictionary knows (real words are guarded before they get here),
 * one letter short, inside the word, of a four-letter word that makes a finding on its own: "hte" →
 * hate, "odo" → odio, "bbo" → bobo. Many of the commonest hurtful words have four letters ("hate", "kill", "ugly", "babi",
 * "gila", "tonta") and a dropped letter is the usual slip; only hot words are reached, never groups
 * or people words, and never by removing or swapping letters (three letters leave too little to tell).
 */
function shortWordCorrections(word: string, index: SpellIndex): string[] {
  // a vowelless one is an abbreviation ("dmn" di mana); a letter added at either end makes another
  // word or a name more often than it mends one ("paz" spaz, "lia" liar, "aki" paki)
  if (!VOWEL.test(word)) return []
  const out: string[] = []
  for (let i = 1; i < word.length; i++) {
    const head = word.slice(0, i)
    const tail = word.slice(i)
    for (const ch of index.alphabet) {
      const w = head + ch + tail
      if (VOWEL.test(w)) pushIn(out, index.hot, w)
    }
  }
  return out
}

/** (a module-level function, not a closure: corrections runs for every word no table knows) */
function pushIn(out: string[], set: ReadonlySet<string>, w: string): void {
  if (set.has(w) && !out.includes(w)) out.push(w)
}

/**
 * "ihateyou" → ["i", "hate", "you"]: the shortest split of a word into a hot word of 4+ letters and
 * glue words (pronouns, negators, copulas: "i", "u", "you", "not"), or into two words one of which a
 * finding is built from ("mulhernão" → "mulher" + "não"). Real words that split so ("therapist":
 * the + rapist) are in the spelling guard and never reach here. Null when there is none.
 */
/** What splitRunTogether reads of a compiled lexicon. */
export interface SplitLexicon {
  known: ReadonlySet<string>
  spell: SpellIndex
  oneLetter: ReadonlySet<string>
  glue: ReadonlySet<string>
  locale: string
  /** The locale's own words and the English ones it mixes in (ms, id, fil). */
  knownOwn: ReadonlySet<string>
  knownEnglish: ReadonlySet<string>
}

export function splitRunTogether(word: string, lex: SplitLexicon): string[] | null {
  const { known, oneLetter, glue, locale } = lex
  const { hot, targets, joinable } = lex.spell
  if (word.length < 5 || word.length > 24) return null
  const n = word.length
  // best[i] = fewest pieces covering word[0, i)
  const best: (string[] | null)[] = new Array(n + 1).fill(null)
  best[0] = []
  for (let i = 0; i < n; i++) {
    const before = best[i]
    if (!before || before.length >= 3) continue
    for (let j = i + 1; j <= n; j++) {
      const piece = word.slice(i, j)
      const ok = piece.length === 1 ? oneLetter.has(piece) : piece.length >= 2 && known.has(piece)
      if (!ok) continue
      const candidate = [...before, piece]
      const cur = best[j]
      if (!cur || candidate.length < cur.length) best[j] = candidate
    }
  }
  const pieces = best[n]
  if (!pieces || pieces.length < 2) return null
  const hotPieces = pieces.filter((p) => hot.has(p) && p.length >= 4)
  if (hotPieces.length === 1 && pieces.every((p) => hotPieces.includes(p) || glue.has(p))) return pieces
  // two words run together, one a word a finding is built from ("mulhernão", "standyou")
  // (3+ letters each: a two-letter piece is as often a suffix, "pasti-in")
  if (pieces.length === 2 && pieces.every((p) => p.length >= 3) && pieces.some((p) => p.length >= 4 && targets.has(p)))
    return pieces
  // a word of a hurtful phrase run into its neighbour ("sickof", "burnyour", "likerats", "canceron"),
  // unless the second piece is an ending the language also writes joined ("pasti·in", "self·ish")
  if (
    pieces.length === 2 &&
    pieces.every((p) => p.length >= 2) &&
    pieces.some((p) => p.length >= 4 && joinable.has(p)) &&
    !JOINED_ENDINGS[locale]?.has(pieces[1]) &&
    !JOINED_BEGINNINGS[locale]?.has(pieces[0]) &&
    sameLanguage(pieces, lex)
  )
    return pieces
  return null
}

/**
 * Both pieces from one language's words, when the lexicon holds several (ms, id and fil add English):
 * Tagalog "langit" is not "lang" + English "it".
 */
function sameLanguage(pieces: readonly string[], lex: SplitLexicon): boolean {
  return [lex.knownOwn, lex.knownEnglish].some((words) => pieces.every((p) => words.has(p)))
}

/**
 * Endings (suffixes, enclitics) each language writes joined to a word, that are also words of their own
 * somewhere in the lexicon: a word that ends in one is more often a word the dictionaries lack
 * ("palayan", "hampasin", "exhibiéndose") than two words run together.
 */
const ENGLISH_ENDINGS = 'ish ly er ed es ing able less ness ful est ers'
const words = (...lists: string[]) => new Set(lists.join(' ').split(' '))
const JOINED_ENDINGS: Record<string, ReadonlySet<string>> = {
  en: words(ENGLISH_ENDINGS),
  // ms, id and fil scripts use English words too ("trashes", "crapes")
  fil: words('in an han hin yan ng ay na ka pa ba', ENGLISH_ENDINGS),
  id: words('in an kan akan nya lah kah ku mu tah pun', ENGLISH_ENDINGS),
  ms: words('in an kan akan nya lah kah ku mu tah pun', ENGLISH_ENDINGS),
  'pt-BR': words('se me te lo la los las nos mente inho inha ão ao es as os is'),
  'es-MX': words('se me te lo la le los las les nos mente ito ita es as os')
}

/** Prefixes that are also words ("ke·bodohan", "mag·ulo"): the same reasoning at a word's front. */
const JOINED_BEGINNINGS: Record<string, ReadonlySet<string>> = {
  en: words('un re dis non over out under'),
  fil: words('mag nag pag ma na pa ka ipa maka naka taga pina mang nang'),
  id: words('ke se di ber ter me pe per mem men meng peng pem pen'),
  ms: words('ke se di ber ter me pe per mem men meng peng pem pen'),
  'pt-BR': words('des re in anti'),
  'es-MX': words('des re in anti')
}

/**
 * "youreapatheticwasteofspace", "eresunabasurahumana": a long typed-together sentence, split into the
 * fewest words the lexicon knows (at most 8) when one of them is a hot word of 4+ letters. Only for
 * words of 8+ letters that nothing else explains.
 */
export function splitLongRunTogether(
  word: string,
  known: ReadonlySet<string>,
  hot: ReadonlySet<string>,
  oneLetter: ReadonlySet<string>,
  isPronoun: (word: string) => boolean,
  spaced: boolean
): string[] | null {
  const n = word.length
  if (n < 8 || n > 48) return null
  const best: (string[] | null)[] = new Array(n + 1).fill(null)
  best[0] = []
  for (let i = 0; i < n; i++) {
    const before = best[i]
    if (!before || before.length >= 8) continue
    for (let j = i + 1; j <= n && j - i <= 20; j++) {
      const piece = word.slice(i, j)
      // one-letter words are fine here ("a", "e", "y"): the word is long and the pieces few
      if (!known.has(piece) && !oneLetter.has(piece)) continue
      const cur = best[j]
      if (!cur || before.length + 1 < cur.length) best[j] = [...before, piece]
    }
  }
  const pieces = best[n]
  if (!pieces || pieces.length < 2) return null
  // typed together, it must read as a sentence about someone: 3+ words, one a person's pronoun or a
  // people word ("dumbbell" is dumb + be + ll); typed letter by letter ("a u g l y c o w"), it was meant as words
  if (!spaced && (pieces.length < 3 || !pieces.some(isPronoun))) return null
  if (pieces.some((p) => p.length >= 4 && hot.has(p))) return pieces
  // without a hot word ("jewsarerats": "rats" makes a finding only after "are") the pieces must all
  // be real words of 3+ letters, so an agglutinated word is not cut into letters and particles
  // ("nagtuturo" is not nag + t + u + t + ur + o); spaced letters need a hot word
  return !spaced && pieces.every((p) => p.length >= 3) ? pieces : null
}
