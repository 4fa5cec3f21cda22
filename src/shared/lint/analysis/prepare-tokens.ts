import { BoundedCache } from '../../bounded-cache'
import { WORD_PLANS_PER_LEXICON, wordPlans } from '../caches'
import type { Token } from '../tokenize'
import { ROLE_PRIORITY, wordHasRole, type CompiledLexicon, type Role } from './lexicon'
import { baseForms, englishBaseForms } from './morphology'
import { corrections, splitLongRunTogether, splitRunTogether } from './spelling'
import { mergeSplitWords } from './split-words'

/** A token as the analysis sees it: extra forms from inflection and spelling, split run-together words. */
export interface AnalysisToken extends Token {
  /** A form came from a spelling correction or a split ("haet" → "hate", "ihate" → "i" + "hate"). */
  respelled?: boolean
}

export interface WordPlan {
  /** Extra forms to try (base forms, corrections). */
  forms: string[]
  respelled: boolean
  /** Run-together words: the pieces. */
  split: string[] | null
}

const NOTHING: WordPlan = { forms: [], respelled: false, split: null }

/** Per lexicon and word (a script reuses few thousand words): bounded, see BoundedCache. */
const plans = wordPlans

function planFor(lex: CompiledLexicon, token: Token, opener = false): WordPlan {
  const { norm } = token
  if (lex.known.has(norm) || token.forms.some((f) => lex.known.has(f))) return intensive(lex, norm) ?? NOTHING
  if (lex.ordinary.has(norm)) return NOTHING
  let cache = plans.get(lex)
  if (!cache) plans.set(lex, (cache = new BoundedCache(WORD_PLANS_PER_LEXICON)))
  // written letter by letter ("u g l y"): the span is about twice the word
  const spaced = token.end - token.start >= 2 * norm.length - 1 && norm.length > 1
  // a capital that only opens a sentence, with a word right after it, is typed like the rest
  // ("Odo a los chilangos"); a name on its own or before a comma keeps its capital ("Mao, ya llegué")
  const capital = token.titlecase && !opener
  const key = `${spaced ? '_' : ''}${capital ? '^' : ''}${token.forms.length ? `${norm}\u0000${token.forms.join('\u0000')}` : norm}`
  const hit = cache.get(key)
  if (hit) return hit
  const plan = makePlan(lex, [norm, ...token.forms], spaced, !capital)
  cache.set(key, plan)
  return plan
}

const PREDICATE: ReadonlySet<Role> = new Set<Role>(['predicate'])
const ALL_ROLES: ReadonlySet<Role> = new Set<Role>(ROLE_PRIORITY)

/**
 * Tagalog intensive plurals repeat the first syllable ("ang tatanga nila", "ang babaho"). A word that
 * is known only as part of a phrase ("tatanga-tanga") is read through its stem when the stem alone is
 * an unkind word and the word alone is nothing.
 */
function intensive(lex: CompiledLexicon, norm: string): WordPlan | undefined {
  if (lex.locale !== 'fil' || norm.length < 6 || norm[0] !== norm[2] || norm[1] !== norm[3]) return undefined
  const stem = norm.slice(2)
  if (!wordHasRole(lex, stem, PREDICATE) || wordHasRole(lex, norm, ALL_ROLES)) return undefined
  return { forms: [stem], respelled: false, split: null }
}

/** Stems the lexicon knows for an inflected word ("orangnya" → "orang"); such a word is never respelled. */
export function inflectionForms(lex: CompiledLexicon, spellings: readonly string[]): string[] {
  const forms: string[] = []
  // a stem counts only in its own language's tables: Malay "setan" is not English "set" + "-an"
  for (const s of spellings)
    for (const b of baseForms(s, lex.locale)) if (lex.knownOwn.has(b) && !forms.includes(b)) forms.push(b)
  if (lex.locale !== 'en' && !forms.length)
    for (const s of spellings)
      for (const b of englishBaseForms(s)) if (lex.knownEnglish.has(b) && !forms.includes(b)) forms.push(b)
  return forms
}

/** "estafadores" of "estafador", "crackpots" of "crackpot", "gordas" of "gordo". */
function isPluralOf(word: string, stem: string): boolean {
  if (word === `${stem}s` || word === `${stem}es`) return true
  const swapped = stem.endsWith('o') ? `${stem.slice(0, -1)}a` : stem.endsWith('a') ? `${stem.slice(0, -1)}o` : ''
  return swapped !== '' && word === `${swapped}s`
}

function makePlan(lex: CompiledLexicon, spellings: string[], spaced: boolean, lowercase: boolean): WordPlan {
  const guarded = spellings.some((s) => lex.guard.has(s))
  // a dictionary word is not a slip and keeps its own meaning ("tortura" is not a form of "torturar"),
  // but its plural is still read through the singular ("estafadores" → "estafador")
  const forms = inflectionForms(lex, spellings).filter((stem) => !guarded || spellings.some((s) => isPluralOf(s, stem)))
  if (forms.length) return { forms, respelled: false, split: null }
  if (guarded) return NOTHING
  // an inflected real word ("tenangkan") is not a misspelling either
  if (spellings.some((s) => baseForms(s, lex.locale).some((b) => lex.guard.has(b)))) return NOTHING
  for (const s of spellings)
    for (const c of corrections(s, lex.spell, s === spellings[0] && lowercase && /^\p{L}+$/u.test(s)))
      if (!forms.includes(c)) forms.push(c)
  if (forms.length) return { forms, respelled: true, split: null }
  for (const s of spellings) {
    const split = splitRunTogether(s, lex) ?? splitIntoPhrase(s, lex)
    if (split) return { forms: [], respelled: true, split }
  }
  const isPronoun = (w: string) => isPersonWord(lex, w)
  for (const s of spellings) {
    const split = splitLongRunTogether(s, lex.known, lex.spell.hot, lex.oneLetter, isPronoun, spaced)
    if (split) return { forms: [], respelled: true, split }
  }
  return NOTHING
}

const PEOPLE_ROLES = new Set<Role>(['group', 'slur', 'person'])

/**
 * Someone a typed-together sentence is about: "you", "she", or a group or people word
 * ("ihatemuslims", "womenareuseless", "orangpapuamonyet").
 */
function isPersonWord(lex: CompiledLexicon, w: string): boolean {
  const person = lex.pronounOf.get(w)
  return person === 'second' || person === 'third' || wordHasRole(lex, w, PEOPLE_ROLES)
}

/**
 * Whether the spelling handling would read a word as something else — a correction, or a split of
 * words run together — ignoring the guard. The guard's builder (scripts/lint-data/build-spelling-guard.ts)
 * keeps every dictionary word for which this is true, so "competição" is never read as "compe" +
 * "tição".
 */
export function wouldRespell(lex: CompiledLexicon, word: string): boolean {
  if (corrections(word, lex.spell).length) return true
  if (splitRunTogether(word, lex) ?? splitIntoPhrase(word, lex)) return true
  const isPronoun = (w: string) => isPersonWord(lex, w)
  return splitLongRunTogether(word, lex.known, lex.spell.hot, lex.oneLetter, isPronoun, false) !== null
}
const PHRASE_ROLES = new Set<Role>(['predicate', 'slur'])

/**
 * "shouldbedeported", "sonuncáncer", "acancer": a hurtful phrase of the lexicon typed without its
 * spaces — two or three words it knows, the last of 4+ letters, that together are exactly one of its
 * phrases. (Dictionary words never get here: the spelling guard keeps them.)
 */
function splitIntoPhrase(word: string, lex: CompiledLexicon): string[] | null {
  const n = word.length
  if (n < 6 || n > 30 || !/^\p{L}+$/u.test(word)) return null
  for (let i = 1; i < n - 3; i++) {
    const a = word.slice(0, i)
    if (!lex.known.has(a) && !lex.oneLetter.has(a)) continue
    const rest = word.slice(i)
    if (rest.length >= 4 && lex.known.has(rest) && isPhrase([a, rest], lex)) return [a, rest]
    for (let j = 1; j < rest.length - 3; j++) {
      const b = rest.slice(0, j)
      const c = rest.slice(j)
      if ((lex.known.has(b) || lex.oneLetter.has(b)) && lex.known.has(c) && isPhrase([a, b, c], lex)) return [a, b, c]
    }
  }
  return null
}

function isPhrase(words: readonly string[], lex: CompiledLexicon): boolean {
  const probe: Token[] = words.map((norm, k) => ({
    start: k,
    end: k + 1,
    norm,
    forms: [],
    obfuscated: false,
    titlecase: false,
    afterApostrophe: false
  }))
  return lex.roles.matchAt(probe, 0).some((m) => m.last === words.length - 1 && PHRASE_ROLES.has(m.value.role))
}

/**
 * Adds inflection and spelling forms to the tokens the lexicon does not know, and splits
 * run-together words into one token per word (each keeps its share of the original span when the
 * word was written letter for letter, otherwise the whole span).
 */
export function prepareTokens(typed: readonly Token[], lex: CompiledLexicon, text: string): AnalysisToken[] {
  const merged = mergeSplitWords(typed, lex, text) ?? typed
  const tokens =
    REDUPLICATING_TWO.has(lex.locale) || CHAT_SPELLINGS[lex.locale] ? chatWords(merged, lex.locale) : merged
  const out: AnalysisToken[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    const plan = planFor(lex, t, t.titlecase && opensSentence(tokens, i, text))
    // "tatanga-tanga": the stem written again after it makes a phrase of the lexicon's own
    if (
      plan === NOTHING ||
      (plan.forms.length === 1 && tokens[i + 1]?.norm === plan.forms[0] && lex.known.has(t.norm))
    ) {
      out.push(t)
      continue
    }
    // a handle is a name, whatever it is made of ("@lifeof_brandon" is not "life of")
    if (plan.split && isHandle(t, text)) {
      out.push(t)
      continue
    }
    if (!plan.split) {
      out.push({
        ...t,
        forms: [...t.forms, ...plan.forms],
        respelled: plan.respelled,
        obfuscated: t.obfuscated || plan.respelled
      })
      continue
    }
    const raw = text.slice(t.start, t.end)
    const exact = raw.length === plan.split.join('').length
    let at = t.start
    for (const piece of plan.split) {
      const start = exact ? at : t.start
      const end = exact ? at + piece.length : t.end
      out.push({
        start,
        end,
        norm: piece,
        forms: [],
        obfuscated: true,
        titlecase: false,
        afterApostrophe: false,
        respelled: true
      })
      at += piece.length
    }
  }
  return out
}

/**
 * The token opens a sentence (first, or after . ! ?) and another word follows it with only a space
 * between: its capital is the sentence's, not a name's.
 */
function opensSentence(tokens: readonly Token[], i: number, text: string): boolean {
  const next = tokens[i + 1]
  if (!next || !/^[ \t]+$/u.test(text.slice(tokens[i].end, next.start))) return false
  return i === 0
    ? !/\p{L}/u.test(text.slice(0, tokens[0].start))
    : /[.!?]\s*$/u.test(text.slice(tokens[i - 1].end, tokens[i].start))
}

/** Part of an @handle: "@" before it, or "_" on either side. */
function isHandle(t: Token, text: string): boolean {
  const before = text[t.start - 1]
  return before === '@' || before === '_' || text[t.end] === '_'
}

/**
 * Malay and Indonesian write a reduplicated plural with a 2: "orang2" is "orang-orang", "bencong2"
 * "bencong-bencong". Read as the word (the lexicons read "orang-orang" through "orang" too).
 */
const REDUPLICATING_TWO = new Set(['ms', 'id'])
const WORD_TWO = /^(\p{L}{2,})2$/u

/**
 * Chat spellings of function words the tables write in full, tried as another form of the word
 * ("galit aq s mga bakla" is "galit ako sa mga bakla"). Only short, unambiguous ones in that market.
 */
const CHAT_SPELLINGS: Record<string, ReadonlyMap<string, string>> = {
  fil: new Map([
    ['aq', 'ako'],
    ['s', 'sa'],
    ['n', 'na'],
    ['k', 'ka'],
    ['d2', 'dito'],
    ['dn', 'din'],
    ['lng', 'lang'],
    ['tlga', 'talaga'],
    ['nmn', 'naman'],
    ['xa', 'siya'],
    ['cla', 'sila']
  ]),
  id: new Map([
    ['org', 'orang'],
    ['sm', 'sama'],
    ['dgn', 'dengan'],
    ['bgt', 'banget'],
    ['mrk', 'mereka'],
    ['km', 'kamu']
  ]),
  ms: new Map([
    ['org', 'orang'],
    ['dgn', 'dengan'],
    ['mcm', 'macam'],
    ['sgt', 'sangat'],
    ['km', 'kamu']
  ])
}

/** Both chat conventions in one pass; the same array when no word uses them (most lines). */
function chatWords(tokens: readonly Token[], locale: string): readonly Token[] {
  const twos = REDUPLICATING_TWO.has(locale)
  const aliases = CHAT_SPELLINGS[locale]
  let out: Token[] | null = null
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    const two = twos ? WORD_TWO.exec(t.norm) : null
    let next = two ? { ...t, norm: two[1], forms: [] } : t
    const full = aliases?.get(next.norm)
    if (full && !next.forms.includes(full)) next = { ...next, forms: [...next.forms, full] }
    if (next !== t) out ??= tokens.slice(0, i)
    out?.push(next)
  }
  return out ?? tokens
}
