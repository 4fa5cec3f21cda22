import type { Layout } from './frames'
import { type Referent, type GrammarHit } from './referents'
import { phraseIndex, longestPhraseAt } from './closed-class'

/**
 * "Nobody is ever going to love you", "ninguém vai te procurar", "nadie va a venir a salvarte", "no
 * one will hire someone like you": no one, a future, and a verb of caring for someone (love, miss,
 * save, help, hire, look for) with "you" as its object. The shapes in hopeless.ts need a word of
 * vanishing or of succeeding; this one needs neither. Not a comparison ("nobody will love you more
 * than I do", "ninguém vai te amar como eu") and not a reassurance about harm (the verbs are all
 * kind ones: "nobody will hurt you" names none).
 */
const NO_ONE: Record<string, string[]> = {
  en: ['nobody', 'no one', 'noone', 'no body'],
  'pt-BR': ['ninguem', 'ninguem nunca'],
  'es-MX': ['nadie', 'nadie nunca'],
  id: ['gak ada yang', 'ga ada yang', 'nggak ada yang', 'tidak ada yang', 'tak ada yang', 'gaada yang', 'gada yang'],
  ms: ['takde siapa', 'tak ada siapa', 'tiada siapa', 'takde orang', 'tak ada orang', 'tiada orang'],
  fil: ['walang']
}
/** Caring verbs by how they start (stems cover the inflections: "amar", "ame", "amará", "amarte"). */
const CARE: Record<string, RegExp> = {
  en: /^(?:lov|miss|help|sav|hir|want|care|dat|marr|remember|notic|listen|believ|respect|trust|visit|look|search|find|accept|forgiv|protect|defend|hug|cry|choos|pick|need)/,
  'pt-BR':
    /^(?:am[aeo]|gost|quer|sentir|ajud|salv|procur|contrat|lembr|chor|defend|aceit|perdo|visit|protej|proteg|ouv|escut|respeit|namor|cas[ae]|escolh|precis)/,
  'es-MX':
    /^(?:am[aeoá]|quer|quier|extra|ayud|salv|busc|contrat|record|llor|defend|acept|perdon|visit|proteg|escuch|respet|cas[ae]|escog|elig|necesit)/,
  id: /^(?:sayang|cinta|nyari|cari|nolong|tolong|peduli|inget|ingat|kangen|nangis|bantu|nyelamet|selamat|terima|maafin|pilih|butuh|nikahin|ngajak)/,
  ms: /^(?:sayang|cinta|cari|tolong|peduli|ingat|rindu|tangis|bantu|selamat|terima|maafkan|kisah|pilih|perlu|kahwin|ajak)/,
  fil: /^(?:magmamahal|mamahalin|mahalin|hahanapin|hanapin|tutulong|tulungan|ililigtas|iiyak|iyakan|makakaalala|maaalala|mamimiss|mami-miss|tatanggap|tatanggapin|pipili|pipiliin|papansin|papansinin|kakailanganin)/
}
/** "you" as its object: a pronoun, a clitic on the verb ("salvarte", "amarte"), or "sa'yo". */
const YOU = new Set(
  "you u ya te ti voce vc tu lo lu kamu kau elo loe ko awak engkau ka ikaw mo iyo sayo sa'yo kayo".split(' ')
)
const YOU_CLITIC = /(?:te|rte|lo|mu|nya)$/
/** A comparison makes it a declaration of love: "more than I do", "como eu", "kaysa sa akin". */
const COMPARED = new Set('than more like que como mais mas mejor melhor kaysa selain daripada lebih'.split(' '))

/** Words of a future or "ever" between "no one" and the verb (Tagalog marks the future on the verb). */
const FUTURE: Record<string, Set<string>> = {
  en: new Set(['will', 'll', 'gonna', 'going', 'ever', 'would', 'd']),
  'pt-BR': new Set(['vai', 'vem', 'nunca', 'vao', 'iria', 'ira']),
  'es-MX': new Set(['va', 'van', 'nunca', 'vendra', 'ira', 'iria']),
  id: new Set(['bakal', 'akan', 'bakalan', 'mau', 'pernah']),
  ms: new Set(['nak', 'akan', 'mahu', 'pernah', 'kan'])
}

const NO_ONE_SEQ = phraseIndex(NO_ONE)

export function findNobodyWill(layout: Layout, refs: readonly Referent[], locale: string): GrammarHit[] {
  const noOne = NO_ONE_SEQ.get(locale)
  const care = CARE[locale]
  if (!noOne || !care) return []
  const { tokens, sentence } = layout
  const out: GrammarHit[] = []
  for (let k = 0; k < tokens.length; k++) {
    const n = longestPhraseAt(tokens, k, noOne)
    if (!n) continue
    const s = sentence[k]
    const end = Math.min(tokens.length, k + n + 7)
    const future = FUTURE[locale]
    for (let v = k + n; v < end && sentence[v] === s; v++) {
      const w = tokens[v].norm
      if (!care.test(w)) continue
      // a promise about the future ("will", "vai", "va a", "bakal", "nak"), not what no one can do now
      if (future && !tokens.slice(k + n, v).some((t) => future.has(t.norm))) break
      // "you" right before the verb (a clitic: "te va a amar"), on it ("salvarte"), or within two words after it
      const you = [v - 2, v - 1, v + 1, v + 2].find(
        (j) => j >= k + n && j < tokens.length && layout.clause[j] === layout.clause[v] && YOU.has(tokens[j].norm)
      )
      const onVerb = locale === 'es-MX' && YOU_CLITIC.test(w) && w.length > 5
      if (you === undefined && !onVerb) continue
      const after = tokens.slice(v + 1, Math.min(tokens.length, v + 6)).filter((_, i) => sentence[v + 1 + i] === s)
      if (after.some((t) => COMPARED.has(t.norm))) break
      const who = refs.find((r) => r.kind === 'second' && r.index === you) ?? {
        kind: 'second',
        index: you ?? v,
        clause: layout.clause[v]
      }
      out.push({ first: k, last: Math.max(v, you ?? v), target: who as Referent })
      break
    }
  }
  return out
}

/** "… como eu", "… como yo", "… like I do", "… more than me", "… kaysa sa akin": compared with the speaker, right after. */
const LIKE_ME = phraseIndex({
  all: [
    'como eu',
    'como yo',
    'like i do',
    'like me',
    'more than i do',
    'more than me',
    'than i do',
    'than me',
    'mais do que eu',
    'mais que eu',
    'mas que yo',
    'kaysa sa akin',
    'tulad ko',
    'selain aku',
    'selain gue',
    'seperti aku',
    'kayak gue',
    'kayak aku',
    'macam aku',
    'lebih dari aku'
  ]
}).get('all')

export function comparedToSpeaker(layout: Layout, last: number): boolean {
  const { tokens, clause } = layout
  for (let k = last + 1; k <= last + 3 && k < tokens.length && clause[k] === clause[last]; k++)
    if (longestPhraseAt(tokens, k, LIKE_ME)) return true
  return false
}

/** The words that can open this module's shape in a line (analysis/triggers.ts). */
export const nobodyTriggers = (locale: string): Iterable<string> => NO_ONE_SEQ.get(locale)?.keys() ?? []
