import type { Layout } from './frames'
import type { GrammarHit, Referent } from './referents'
import { CONDITION, setsByLocale } from './closed-class'

/**
 * Threats to leak someone's pictures or chats: "block me again and i'm leaking those pics", "si
 * mañana no borras esa foto, subo tus nudes", "kalo lu ga transfer, foto lu gue sebar", "pag di mo
 * binura, ilalabas ko yung mga pics mo". A verb of publishing and a word for private media, said
 * either of "your" media or with a condition or the speaker as the one who will do it.
 */
const PUBLISH: Record<string, string[]> = {
  en: 'leak leaking leaked post posting send sending share sharing spread expose exposing upload drop dropping'.split(
    ' '
  ),
  'pt-BR': 'vazo vazar vazando posto postar mando mandar espalho espalhar exponho expor divulgo divulgar'.split(' '),
  'es-MX': 'subo subir publico publicar mando mandar filtro filtrar expongo exponer paso pasar reparto'.split(' '),
  id: 'sebar sebarin nyebarin upload post posting bocorin viralin kirim'.split(' '),
  ms: 'sebar sebarkan upload post viralkan tularkan bocor bocorkan hantar'.split(' '),
  fil: 'ilalabas ipopost ikakalat ipapakalat isesend ishashare ilalantad ipapakita'.split(' ')
}
const MEDIA: Record<string, string[]> = {
  en: 'pics pic photos photo nudes nude video videos screenshots screenshot chats dms texts'.split(' '),
  'pt-BR': 'fotos foto nudes nude video videos prints print conversas'.split(' '),
  'es-MX': 'fotos foto nudes nude packs pack video videos capturas conversaciones chats'.split(' '),
  id: 'foto fotonya video videonya ss chat chatnya nudes pap'.split(' '),
  ms: 'gambar gambarnya foto video ss chat nudes'.split(' '),
  fil: 'pics litrato picture pictures video videos screenshots ss chats nudes'.split(' ')
}
/** "your" on the media, in each language (possessor after the noun in ms/id/fil). */
const YOURS: Record<string, string[]> = {
  en: ['your', 'ur', 'yo'],
  'pt-BR': ['tua', 'tuas', 'teu', 'teus', 'sua', 'suas', 'seu', 'seus'],
  'es-MX': ['tu', 'tus', 'su', 'sus'],
  id: ['lu', 'lo', 'loe', 'kamu', 'mu', 'elo'],
  ms: ['kau', 'awak', 'korang', 'hang', 'ko'],
  fil: ['mo', 'niyo', 'nyo', 'ninyo']
}
/** Verbs that only mean exposing something private. */
const LEAKING = new Set(
  'leak leaking leaked expose exposing vazo vazar vazando exponho expor filtro filtrar expongo exponer bocorin bocorkan bocor viralin viralkan tularkan ilalantad'.split(
    ' '
  )
)

const PUBLISH_SETS = setsByLocale(PUBLISH)
const MEDIA_SETS = setsByLocale(MEDIA)
const YOURS_SETS = setsByLocale(YOURS)

export function findLeakThreats(
  layout: Layout,
  refs: readonly Referent[],
  locale: string
): GrammarHit<Referent | 'implicit'>[] {
  const publish = PUBLISH_SETS.get(locale)
  const media = MEDIA_SETS.get(locale)
  const mine = YOURS_SETS.get(locale)
  if (!publish || !media || !mine) return []
  const { tokens, sentence } = layout
  const out: GrammarHit<Referent | 'implicit'>[] = []
  for (let k = 0; k < tokens.length; k++) {
    if (!publish.has(tokens[k].norm)) continue
    const s = sentence[k]
    let m = -1
    for (let j = Math.max(0, k - 4); j <= k + 4 && j < tokens.length; j++)
      if (j !== k && sentence[j] === s && media.has(tokens[j].norm)) m = j
    if (m < 0) continue
    const near = (j: number) => Math.abs(j - m) <= 1
    const yours = tokens.some((t, j) => near(j) && sentence[j] === s && mine.has(t.norm))
    // the speaker as the one who will do it: "i'm leaking", "gue sebar", "ilalabas ko"
    const speaker = refs.some((r) => r.kind === 'first' && Math.abs(r.index - k) <= 2 && sentence[r.index] === s)
    const condition = tokens.some((t, j) => sentence[j] === s && CONDITION.has(t.norm))
    // someone's own media ("tus nudes", "pics mo"), or a verb that only means leaking ("i'm leaking
    // those pics"), with the speaker doing it or a condition: "I can send you the photos" is a favour
    if (!(yours || LEAKING.has(tokens[k].norm)) || !(speaker || condition)) continue
    const someone = refs.find(
      (r) => sentence[r.index] === s && (r.kind === 'second' || r.kind === 'third' || r.kind === 'name')
    )
    out.push({ first: Math.min(k, m), last: Math.max(k, m), target: someone ?? 'implicit' })
  }
  return out
}

/** Words that can open this module's shape (analyze.ts skips lines with none). */
export const leakTriggers = (locale: string): Iterable<string> => PUBLISH_SETS.get(locale) ?? []
