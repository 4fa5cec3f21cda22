import type { FrameIndex, Layout } from './frames'
import { longestPhraseAt, phraseIndex } from './closed-class'

/**
 * Asking leave to say something is saying it: "ga salah kan kalo gue bilang Siti itu murahan?",
 * "salah ke kalau aku cakap orang Cina ni semua kedekut?", "mali ba ako kung sabihin kong salot
 * ang…", "is it wrong if I say…", "é errado dizer que…", "¿está mal si digo que…?". The "if" and the
 * verb of saying in these openers would otherwise frame what follows as hypothetical or reported.
 * Returns, per sentence, the token after which the speaker's own claim begins.
 */
const OPENERS: Record<string, string[]> = {
  en: [
    'is it wrong if i say',
    'is it wrong that i think',
    'is it bad that i think',
    'is it bad if i say',
    'am i wrong for thinking',
    'am i wrong for saying',
    'am i wrong to say',
    'am i the only one who thinks',
    'can i just say'
  ],
  // only the first-person question: "é errado dizer que…" / "está mal decir que…" is counter-speech
  'pt-BR': ['e errado se eu disser que', 'e errado se eu falar que', 'to errado se eu disser que', 'posso falar que'],
  'es-MX': ['esta mal si digo que', 'estoy mal si digo que', 'es malo si digo que'],
  id: [
    'ga salah kan kalo gue bilang',
    'gak salah kan kalo gue bilang',
    'salah ga kalo gue bilang',
    'salah gak kalo gue bilang',
    'salah nggak kalo gue bilang',
    'salah kah kalau saya bilang',
    'salah ga sih kalo gue bilang',
    'ga salah kan kalo aku bilang',
    'salah ga kalo aku bilang'
  ],
  ms: [
    'salah ke kalau aku cakap',
    'salah ke kalau saya cakap',
    'salah ke kalau aku kata',
    'salah ke aku cakap',
    'salah tak kalau aku cakap',
    'salah ke kalo aku cakap'
  ],
  fil: [
    'mali ba ako kung sabihin kong',
    'mali ba kung sabihin kong',
    'mali ba ako kung sasabihin kong',
    'mali ba ako kung sabihin ko na',
    'masama ba kung sabihin kong'
  ]
}
const SEQ = phraseIndex(OPENERS)

const NONE: ReadonlyMap<number, number> = new Map()

export function opinionOpeners({ tokens, sentence }: Layout, locale: string): ReadonlyMap<number, number> {
  const list = SEQ.get(locale)
  if (!list) return NONE
  let out: Map<number, number> | undefined
  for (let k = 0; k < tokens.length; k++) {
    const n = longestPhraseAt(tokens, k, list)
    if (!n) continue
    out ??= new Map()
    if (!out.has(sentence[k])) out.set(sentence[k], k + n - 1)
  }
  return out ?? NONE
}

/** Words that can open an opener (analyze.ts skips lines with none). */
export const opinionTriggers = (locale: string): Iterable<string> => SEQ.get(locale)?.keys() ?? []

/**
 * The frame index without the opener's own "if" and verb of saying, so neither the analysis nor the
 * phrase rules read what follows as hypothetical or reported.
 */
export function withoutOpenerFrames(
  frames: FrameIndex,
  openers: ReadonlyMap<number, number>,
  sentence: Int32Array
): FrameIndex {
  if (!openers.size) return frames
  const outside = (k: number) => {
    const end = openers.get(sentence[k])
    return end === undefined || k > end
  }
  return { ...frames, reports: frames.reports.filter(outside), hypotheticals: frames.hypotheticals.filter(outside) }
}
