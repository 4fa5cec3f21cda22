import type { Layout } from './frames'
import { longestPhraseAt, phraseIndex } from './closed-class'
import { HURTABLE, type Referent, type GrammarHit } from './referents'

/**
 * "No girls allowed in this server", "Cewek dilarang masuk", "Perempuan tak dibenarkan masuk",
 * "Mulher não entra nesse servidor", "Las mujeres no entran", "Bawal babae dito": barring a named
 * person or group from a place. The ban words alone are everyday signage ("dilarang masuk" = no
 * entry), so they count only right after (or, for "no … allowed" and Tagalog "bawal", right before)
 * a person or group.
 */

/** Ban phrases that follow the one barred, as token sequences (accents folded, apostrophes split). */
const AFTER: Record<string, string[]> = {
  en: [
    'not allowed',
    'aren t allowed',
    'arent allowed',
    'isn t allowed',
    'are banned',
    'is banned',
    'banned from',
    'not welcome',
    'need not apply'
  ],
  'pt-BR': [
    'nao entra',
    'nao entram',
    'nao pode entrar',
    'nao podem entrar',
    'proibido',
    'proibida',
    'proibidos',
    'proibidas',
    'nao sao bem vindos',
    'nao e bem vindo',
    'aqui nao',
    'nao tem lugar',
    'nao tem vez'
  ],
  'es-MX': [
    'no entran',
    'no entra',
    'no pueden entrar',
    'no puede entrar',
    'tienen prohibido',
    'prohibidos',
    'prohibidas',
    'no son bienvenidos',
    'no son bienvenidas',
    'no tienen lugar',
    'fuera de aqui'
  ],
  id: [
    'dilarang',
    'nggak boleh masuk',
    'gak boleh masuk',
    'ga boleh masuk',
    'tidak boleh masuk',
    'nggak boleh ikut',
    'gak boleh ikut',
    'tidak boleh ikut'
  ],
  ms: ['tak dibenarkan', 'tidak dibenarkan', 'dilarang', 'tak boleh masuk', 'tidak boleh masuk', 'x dibenarkan'],
  fil: ['bawal dito', 'bawal sa']
}
/**
 * Said of a group only ("orang Cina gak boleh jadi pejabat", "OKU tak payah mohon kerja kat sini",
 * "asians can leave"), and only with a verb of coming, joining or holding a place right after (or at
 * the clause's end): the same words are care or instructions otherwise ("warga emas tak payah
 * beratur", "orang Cina jangan lupa rayakan Imlek", "os idosos não podem ficar sozinhos").
 */
const GROUP_AFTER: Record<string, string[]> = {
  en: ['can leave', 'can get out', 'go home'],
  'pt-BR': ['fora'],
  'es-MX': ['fuera'],
  id: [
    'gak boleh',
    'nggak boleh',
    'ga boleh',
    'tidak boleh',
    'gak usah',
    'nggak usah',
    'ga usah',
    'gausah',
    'tidak usah',
    'jangan'
  ],
  ms: ['tak payah', 'tidak payah', 'x payah', 'tak boleh', 'tidak boleh', 'x boleh', 'jangan'],
  fil: ['bawal', 'hindi pwede', 'hindi puwede', 'hindi welcome']
}
/** What the barred may not do or be (Malay, Indonesian, Tagalog): come, join, enrol, apply, hold office. */
const BARRED_ACTS = new Set(
  'datang dateng masuk join ikut gabung sekolah kerja mohon daftar tinggal jadi sertai menyertai ke sini sana pergi beli sewa buka kahwin nikah ngekos ngontrak nyewa pumunta sumali pumasok dito rito tumira'.split(
    ' '
  )
)
/** Ban words that come before the one barred: "no girls allowed", "bawal babae", "fuera los migrantes". */
const BEFORE: Record<string, { ban: string; closer?: string[]; opens?: boolean; negated?: boolean }[]> = {
  en: [{ ban: 'no', closer: ['allowed', 'permitted', 'welcome'] }],
  fil: [{ ban: 'bawal' }],
  // "fuera"/"fora" also mean "if it were" and "outside": only opening a sentence ("¡Fuera los migrantes!");
  // "(no se) admiten": only with the "no"
  'es-MX': [
    { ban: 'fuera', opens: true },
    { ban: 'admiten', negated: true },
    { ban: 'aceptan', negated: true },
    { ban: 'permiten', negated: true }
  ],
  'pt-BR': [{ ban: 'fora', opens: true }]
}

const AFTER_SEQ = phraseIndex(AFTER)
const GROUP_AFTER_SEQ = phraseIndex(GROUP_AFTER)

/** A generic ban phrase ends the clause, or a barred act follows it (Malay, Indonesian, Tagalog). */
function barredHere(layout: Layout, end: number, locale: string): boolean {
  const { tokens, clause } = layout
  const next = end + 1
  if (next >= tokens.length || clause[next] !== clause[end]) return true
  if (locale === 'en' || locale === 'pt-BR' || locale === 'es-MX') return false
  return BARRED_ACTS.has(tokens[next].norm)
}

export function findBans(layout: Layout, refs: readonly Referent[], locale: string): GrammarHit[] {
  const after = AFTER_SEQ.get(locale)
  const groupAfter = GROUP_AFTER_SEQ.get(locale)
  const befores = BEFORE[locale] ?? []
  if (!after) return []
  const { tokens, sentence } = layout
  const out: GrammarHit[] = []
  for (const r of refs) {
    if (!HURTABLE.has(r.kind)) continue
    // the ban right after the noun (an "are" or a linker may stand between)
    for (const gap of [1, 2]) {
      const k = r.index + gap
      if (k >= tokens.length || sentence[k] !== sentence[r.index]) break
      let n = longestPhraseAt(tokens, k, after)
      if (!n && r.kind === 'group') {
        const g = longestPhraseAt(tokens, k, groupAfter)
        if (g && barredHere(layout, k + g - 1, locale)) n = g
      }
      if (n) {
        out.push({ first: r.index, last: k + n - 1, target: r })
        break
      }
    }
    if (r.index < 1) continue
    for (const before of befores) {
      // the Spanish and Portuguese bans read only before a group ("fuera los migrantes")
      if ((before.opens || before.negated) && r.kind !== 'group') continue
      // the ban word at most two words before ("fuera los migrantes", "no se admiten venezolanos")
      let k = -1
      for (let j = Math.max(0, r.index - 2); j < r.index; j++) if (tokens[j].norm === before.ban) k = j
      if (k < 0 || sentence[k] !== sentence[r.index]) continue
      if (before.opens && k > 0 && sentence[k - 1] === sentence[k]) continue
      const neg = k >= 2 && tokens[k - 2].norm === 'no' && tokens[k - 1].norm === 'se'
      if (before.negated && !neg) continue
      let closer = !before.closer
      for (let j = r.index + 1; !closer && j <= r.index + 2 && j < tokens.length; j++)
        closer = before.closer!.includes(tokens[j].norm)
      if (closer) {
        // "no se admiten": the negation belongs to the ban, so the span starts at it
        out.push({ first: neg ? k - 2 : k, last: r.index, target: r })
        break
      }
    }
  }
  return out
}
