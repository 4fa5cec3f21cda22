import type { Layout } from './frames'
import { setsByLocale } from './closed-class'
import { HURTABLE, type GrammarHit, type Referent } from './referents'

/**
 * "Con esa nariz ni se te ocurra subir fotos", "com esse corpo tu ainda posta foto de biquíni?",
 * "muka penuh jerawat pun nak selfie", "look at his teeth, never smile on camera again": someone's
 * body named, then told not to show themselves (or mocked for still doing it). No word in it is an
 * insult; the shame is the shape — a body part, an act of showing oneself (photos, selfies, posting,
 * smiling, going live, a bikini) and a "don't" or a "still" — so it lives here, with the three
 * closed word sets. The body part is someone else's (a part of "my" face is self-talk).
 */
const SHOWING: Record<string, string[]> = {
  en: 'selfie selfies photo photos pic pics picture pictures post posting posts smile smiling camera video videos live stream bikini upload tiktok'.split(
    ' '
  ),
  'es-MX':
    'selfie selfies foto fotos subir subas sonrias sonreir sonrie camara video videos live bikini traje tiktok historias'.split(
      ' '
    ),
  'pt-BR':
    'selfie selfies foto fotos posta postar poste posta sorrir sorria camera video videos live biquini cropped tiktok stories'.split(
      ' '
    ),
  id: 'selfie foto poto upload posting post live kamera video tiktok bikini senyum'.split(' '),
  ms: 'selfie gambar upload post live kamera video tiktok bikini senyum'.split(' '),
  fil: 'selfie mag-selfie picture pic litrato post mag-post live camera video tiktok bikini ngumiti ngiti'.split(' ')
}
/** "don't", "never", "stop", "still", "ni", "nem", "ainda", "masih", "ada hati", "pa rin", "kapal". */
const DARE_NOT: Record<string, string[]> = {
  en: 'don dont never stop still'.split(' '),
  'es-MX': 'ni todavia aun mejor'.split(' '),
  'pt-BR': 'nem ainda para'.split(' '),
  id: 'usah jangan masih berani pede'.split(' '),
  ms: 'payah jangan masih hati pun'.split(' '),
  fil: 'wag huwag pa kapal lakas'.split(' ')
}
/** Words after the cue that make it encouragement: stop, shy, need. */
const ENCOURAGING = new Set(
  'stop quit shy afraid need needs parar pare para dejes deje necesitas necesita pena miedo precisa precisas vergonha medo malu takut segan perlu mahiya matakot kailangan'.split(
    ' '
  )
)
const SHOWING_SETS = setsByLocale(SHOWING)
const DARE_SETS = setsByLocale(DARE_NOT)

export function findDisplayShame(layout: Layout, refs: readonly Referent[], locale: string): GrammarHit[] {
  const showing = SHOWING_SETS.get(locale)
  const dare = DARE_SETS.get(locale)
  if (!showing || !dare) return []
  const { tokens, sentence, mentions } = layout
  const out: GrammarHit[] = []
  for (const part of mentions) {
    if (part.role !== 'part') continue
    const s = sentence[part.first]
    // the body part comes first, then "don't"/"still" and the act of showing oneself
    let cue = -1
    let shown = -1
    for (let k = part.last + 1; k < tokens.length && sentence[k] === s && k <= part.last + 12; k++) {
      if (cue < 0 && dare.has(tokens[k].norm)) cue = k
      if (cue >= 0 && showing.has(tokens[k].norm)) {
        shown = k
        break
      }
    }
    if (shown < 0) continue
    // "don't stop posting", "jangan malu selfie", "ni necesitas filtro": encouragement, not shame
    if (tokens.slice(cue + 1, cue + 4).some((t) => ENCOURAGING.has(t.norm))) continue
    // "Your hair looks amazing, …": praise in the sentence makes it encouragement too
    if (mentions.some((m) => m.role === 'positive' && sentence[m.first] === s)) continue
    // whose body: the owner the referents give it; never the speaker's own
    const owner = refs.find((r) => r.index === part.first)
    if (owner && !HURTABLE.has(owner.kind)) continue
    const target = owner ?? ({ kind: 'second', index: part.first, clause: layout.clause[part.first] } as const)
    out.push({ first: part.first, last: shown, target })
  }
  return out
}

/** The words that can open this module's shape in a line (analysis/triggers.ts): the acts of showing oneself. */
export const displayTriggers = (locale: string): Iterable<string> => SHOWING_SETS.get(locale) ?? []
