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
    'keep out',
    'stay out',
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
 * "asians can leave"): to one person the same words are often kind or practical ("kamu gak usah
 * datang besok, libur").
 */
const GROUP_AFTER: Record<string, string[]> = {
  en: ['can leave', 'can get out', 'go home'],
  'pt-BR': ['fora', 'nao pode', 'nao podem'],
  'es-MX': ['fuera', 'no pueden', 'no deben entrar'],
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
    'tak usah',
    'jangan'
  ],
  ms: ['tak payah', 'tidak payah', 'x payah', 'tak boleh', 'tidak boleh', 'x boleh', 'jangan'],
  fil: ['bawal', 'hindi pwede', 'hindi puwede', 'hindi welcome', 'wag na', 'huwag na']
}
/** Ban words that come before the one barred: "no girls allowed", "bawal babae", "fuera los migrantes". */
const BEFORE: Record<string, { ban: string; closer?: string[] }[]> = {
  en: [{ ban: 'no', closer: ['allowed', 'permitted', 'welcome'] }],
  fil: [{ ban: 'bawal' }],
  'es-MX': [{ ban: 'fuera' }, { ban: 'admiten' }, { ban: 'aceptan' }, { ban: 'permiten' }],
  'pt-BR': [{ ban: 'fora' }]
}

const AFTER_SEQ = phraseIndex(AFTER)
const GROUP_AFTER_SEQ = phraseIndex(GROUP_AFTER)

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
      const n = longestPhraseAt(tokens, k, after) || (r.kind === 'group' ? longestPhraseAt(tokens, k, groupAfter) : 0)
      if (n) {
        out.push({ first: r.index, last: k + n - 1, target: r })
        break
      }
    }
    for (const before of befores) {
      if (r.index < 1) break
      // the ban word at most two words before ("fuera los migrantes", "no se admiten venezolanos")
      const k = tokens.findIndex((t, j) => j < r.index && j >= r.index - 2 && t.norm === before.ban)
      if (k < 0 || sentence[k] !== sentence[r.index]) continue
      const closer =
        !before.closer || tokens.some((t, j) => j > r.index && j <= r.index + 2 && before.closer!.includes(t.norm))
      if (closer) {
        // "no se admiten": the negation belongs to the ban, so the span starts at it
        const neg = k >= 2 && tokens[k - 2].norm === 'no' && tokens[k - 1].norm === 'se' ? k - 2 : k
        out.push({ first: neg, last: r.index, target: r })
        break
      }
    }
  }
  return out
}
