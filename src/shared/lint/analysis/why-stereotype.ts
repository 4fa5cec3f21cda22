import type { GrammarHit, Referent } from './referents'
import type { Layout } from './frames'
import { longestPhraseAt, phraseIndex, WHY } from './closed-class'

/**
 * A stereotype asked as a question: "Why do women drive so badly?", "¿Por qué las mujeres manejan
 * tan mal?", "Kenapa orang India selalu bau?", "Why are Mexicans always late?", "Why do gay guys
 * talk like that?". The question takes the slur on the group for granted. It needs a word of why at
 * the start, an identity group, and a judgement: "badly", "like that", or "always" with a negative
 * word after it. "Why do women always get paid less?" has no negative word and is not one.
 */
const BADLY: Record<string, string[]> = {
  en: ['badly', 'terribly', 'so bad', 'like that', 'like this', 'that way', 'so weird'],
  'pt-BR': ['tao mal', 'tão mal', 'mal', 'assim', 'desse jeito', 'daquele jeito'],
  'es-MX': ['tan mal', 'mal', 'asi', 'así', 'de esa forma', 'de ese modo'],
  id: ['jelek', 'gitu', 'begitu', 'kayak gitu', 'aneh'],
  ms: ['teruk', 'macam tu', 'camtu', 'pelik'],
  fil: ['ganyan', 'ganun', 'ganoon', 'pangit']
}
const ALWAYS = new Set('always constantly siempre sempre selalu slalu mesti lagi palagi laging lagi-lagi'.split(' '))
/** Plain negative words a stereotype pins on a group that the lexicon does not list as insults. */
const NEGATIVE = new Set(
  'late loud smelly stink stinky dirty lazy rude bau kotor berisik telat jorok busuk malas lambat atrasados sujos fedidos barulhentos sucios apestosos ruidosos huelen apestan impuntuales mabaho madumi maingay tamad late'.split(
    ' '
  )
)
const BADLY_SEQ = phraseIndex(BADLY)

export function findWhyStereotypes(layout: Layout, refs: readonly Referent[], locale: string): GrammarHit[] {
  const badly = BADLY_SEQ.get(locale)
  if (!badly) return []
  const { tokens, sentence, mentions } = layout
  const out: GrammarHit[] = []
  for (let k = 0; k < tokens.length; k++) {
    if (!WHY.has(tokens[k].norm)) continue
    const s = sentence[k]
    // the why opens the sentence (one word before it at most: "but why…", "pero ¿por qué…")
    if (k >= 2 && sentence[k - 2] === s) continue
    // the group is the question's subject, the first one named after the why ("why do people treat
    // Muslims like that?" asks about the treatment)
    const group = refs.find((r) => r.index > k && r.index <= k + 5 && sentence[r.index] === s)
    if (group?.kind !== 'group') continue
    let end = group.index
    while (end + 1 < tokens.length && sentence[end + 1] === s) end++
    let judged = -1
    for (let j = group.index + 1; j <= end && judged < 0; j++) {
      const n = longestPhraseAt(tokens, j, badly)
      if (n && j + n - 1 <= end) judged = j
      else if (ALWAYS.has(tokens[j].norm)) {
        for (let i = j + 1; i <= Math.min(end, j + 3); i++)
          if (
            NEGATIVE.has(tokens[i].norm) ||
            mentions.some((m) => m.first === i && m.role === 'predicate' && m.kind !== 'contempt')
          )
            judged = i
      }
    }
    if (judged >= 0) out.push({ first: k, last: judged, target: group })
  }
  return out
}
