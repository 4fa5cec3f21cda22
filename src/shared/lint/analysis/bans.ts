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
    'not welcome'
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
    'nao e bem vindo'
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
    'no son bienvenidas'
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
/** Ban words that come before the one barred: "no girls allowed", "bawal babae". */
const BEFORE: Record<string, { ban: string; closer?: string }> = {
  en: { ban: 'no', closer: 'allowed' },
  fil: { ban: 'bawal' }
}

const AFTER_SEQ = phraseIndex(AFTER)

export function findBans(layout: Layout, refs: readonly Referent[], locale: string): GrammarHit[] {
  const after = AFTER_SEQ.get(locale)
  const before = BEFORE[locale]
  if (!after) return []
  const { tokens, sentence } = layout
  const out: GrammarHit[] = []
  for (const r of refs) {
    if (!HURTABLE.has(r.kind)) continue
    // the ban right after the noun (an "are" or a linker may stand between)
    for (const gap of [1, 2]) {
      const k = r.index + gap
      if (k >= tokens.length || sentence[k] !== sentence[r.index]) break
      const n = longestPhraseAt(tokens, k, after)
      if (n) {
        out.push({ first: r.index, last: k + n - 1, target: r })
        break
      }
    }
    if (before && r.index >= 1 && r.index <= 2 + 1) {
      const k = tokens.findIndex((t, j) => j < r.index && j >= r.index - 2 && t.norm === before.ban)
      if (k < 0 || sentence[k] !== sentence[r.index]) continue
      const closer =
        !before.closer || tokens.some((t, j) => j > r.index && j <= r.index + 2 && t.norm === before.closer)
      if (closer) out.push({ first: k, last: r.index, target: r })
    }
  }
  return out
}
