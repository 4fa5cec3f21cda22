/**
 * Inflection fallbacks: candidate base forms of a word, tried when the word itself is not in a
 * lexicon. The lexicons list common inflected forms explicitly; these rules catch the rest
 * (Malay/Indonesian and Tagalog affixes, Portuguese/Spanish gender, number and diminutives, English
 * -s/-ed/-ing). Over-generation is harmless: a candidate only counts when a lexicon has it.
 */

const MIN_STEM = 3

function push(out: string[], word: string, stem: string): void {
  if (stem.length >= MIN_STEM && stem !== word && !out.includes(stem)) out.push(stem)
}

function english(w: string, out: string[]): void {
  if (w.endsWith('ies')) push(out, w, w.slice(0, -3) + 'y')
  if (w.endsWith('es')) push(out, w, w.slice(0, -2))
  if (w.endsWith('s') && !w.endsWith('ss')) push(out, w, w.slice(0, -1))
  for (const suffix of ['ing', 'ed']) {
    if (!w.endsWith(suffix)) continue
    const stem = w.slice(0, -suffix.length)
    push(out, w, stem)
    push(out, w, stem + 'e')
    // "stabbing" → "stab"
    if (stem.length > 3 && stem.at(-1) === stem.at(-2)) push(out, w, stem.slice(0, -1))
  }
}

const MALAY_SUFFIXES = ['nya', 'lah', 'kah', 'pun', 'kan', 'an', 'i']
// Nasal prefixes replace the stem's first consonant: mem+pukul → memukul, men+tembak → menembak,
// meny+sakiti → menyakiti, meng+kutuk → mengutuk.
const MALAY_PREFIXES: [string, string[]][] = [
  ['meny', ['s']],
  ['meng', ['k', '']],
  ['mem', ['p', '']],
  ['men', ['t', '']],
  ['me', ['']],
  ['peny', ['s']],
  ['peng', ['k', '']],
  ['pem', ['p', '']],
  ['pen', ['t', '']],
  ['di', ['']],
  ['ter', ['']],
  ['ber', ['']],
  ['be', ['']],
  ['ke', ['']],
  ['se', ['']],
  ['ng', ['']],
  ['nge', ['']]
]

function malay(w: string, out: string[]): void {
  const bases = [w]
  for (const s of MALAY_SUFFIXES) if (w.endsWith(s)) bases.push(w.slice(0, -s.length))
  // di…kan, me…kan: strip one suffix, then also a second one (-nya after -kan)
  for (const b of [...bases])
    for (const s of MALAY_SUFFIXES) if (b !== w && b.endsWith(s)) bases.push(b.slice(0, -s.length))
  for (const b of bases) {
    push(out, w, b)
    for (const [prefix, restore] of MALAY_PREFIXES)
      if (b.startsWith(prefix)) for (const r of restore) push(out, w, r + b.slice(prefix.length))
  }
}

const TAGALOG_PREFIXES = [
  'pinakama',
  'pinaka',
  'napaka',
  'nakaka',
  'nakak',
  'naka',
  'maka',
  'ipag',
  'ipa',
  'mag',
  'nag',
  'pag',
  'ma',
  'na',
  'ka',
  'pa',
  'i'
]
const TAGALOG_SUFFIXES = ['hin', 'in', 'han', 'an', 'ng']
const VOWEL = /[aeiou]/

function tagalog(w: string, out: string[]): void {
  const words = [w]
  for (const p of TAGALOG_PREFIXES) if (w.startsWith(p)) words.push(w.slice(p.length))
  for (const x of [...words]) {
    // infixes after the first consonant: s-um-unog, s-in-unog → sunog
    if (x.length > 4 && !VOWEL.test(x[0]) && (x.slice(1, 3) === 'um' || x.slice(1, 3) === 'in'))
      words.push(x[0] + x.slice(3))
    // "um"/"in" at the start of a vowel-initial stem: in-away → away
    if (x.startsWith('in') || x.startsWith('um')) words.push(x.slice(2))
  }
  for (const x of [...words]) {
    // reduplicated first syllable: papatayin → patayin, sasaktan → saktan
    if (x.length > 4 && x[0] === x[2] && x[1] === x[3]) words.push(x.slice(2))
    if (x.length > 3 && VOWEL.test(x[0]) && x[0] === x[1]) words.push(x.slice(1))
  }
  for (const x of [...words]) for (const s of TAGALOG_SUFFIXES) if (x.endsWith(s)) words.push(x.slice(0, -s.length))
  for (const x of words) push(out, w, x)
}

const ROMANCE_ENDINGS: [string, string[]][] = [
  ['zinhos', ['']],
  ['zinhas', ['']],
  ['zinho', ['']],
  ['zinha', ['']],
  ['inhos', ['o', 'a']],
  ['inhas', ['a', 'o']],
  ['inho', ['o']],
  ['inha', ['a', 'o']],
  ['citos', ['']],
  ['citas', ['']],
  ['cito', ['']],
  ['cita', ['']],
  ['itos', ['o']],
  ['itas', ['a', 'o']],
  ['ito', ['o']],
  ['ita', ['a', 'o']],
  ['issimo', ['o']],
  ['issima', ['o', 'a']],
  ['isimo', ['o']],
  ['isima', ['o', 'a']],
  ['oes', ['ao']],
  ['aes', ['ao']],
  ['es', ['', 'e']],
  ['as', ['o', 'a']],
  ['os', ['o']],
  ['a', ['o']],
  ['s', ['']]
]

/** Object pronouns attached to a verb: "mátalos", "odiarte", "quémenlas". */
const CLITICS: [string, 'second' | 'third' | 'first'][] = [
  ['los', 'third'],
  ['las', 'third'],
  ['les', 'third'],
  ['lo', 'third'],
  ['la', 'third'],
  ['le', 'third'],
  ['te', 'second'],
  ['nos', 'first'],
  ['me', 'first']
]

function romance(w: string, out: string[]): void {
  for (const [ending, replacements] of ROMANCE_ENDINGS)
    if (w.endsWith(ending)) for (const r of replacements) push(out, w, w.slice(0, -ending.length) + r)
  for (const [clitic] of CLITICS)
    if (w.endsWith(clitic) && w.length - clitic.length >= 4) push(out, w, w.slice(0, -clitic.length))
}

/** The person of a clitic object pronoun on a Portuguese or Spanish verb form, if it has one. */
export function cliticPerson(word: string, packLocale: string): 'second' | 'third' | 'first' | null {
  if (!packLocale.startsWith('pt') && !packLocale.startsWith('es')) return null
  for (const [clitic, person] of CLITICS) if (word.endsWith(clitic) && word.length - clitic.length >= 4) return person
  return null
}

const BY_LANGUAGE: Record<string, (w: string, out: string[]) => void> = {
  en: english,
  ms: malay,
  id: malay,
  fil: tagalog,
  pt: romance,
  es: romance
}

/** Candidate base forms of a normalised word under a pack locale's own language rules. */
export function baseForms(word: string, packLocale: string): string[] {
  const out: string[] = []
  if (word.length < 4) return out
  BY_LANGUAGE[packLocale.split('-')[0]]?.(word, out)
  return out
}

/** English base forms (for code-switched English words in ms, id and fil text). */
export function englishBaseForms(word: string): string[] {
  const out: string[] = []
  if (word.length >= 4) english(word, out)
  return out
}
