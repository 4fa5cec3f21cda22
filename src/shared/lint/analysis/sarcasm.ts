import type { Layout } from './frames'
import { HURTABLE, type Referent, type GrammarHit } from './referents'
import { setsByLocale } from './closed-class'

/**
 * Sarcastic praise: "wow so talented. truly. 🙄", "edi wow, ikaw na magaling 🙄", "nossa, que profundo
 * teu textão 🙄", "pinter banget sih kamu 🙃", "ikaw na talaga ang bida 👏🙄". Praise, or a word that
 * opens mock admiration ("wow", "edi wow", "nossa", "cie", "pergh"), about someone, with an eye-roll,
 * a clown, an upside-down face or a grimace. Laughing emoji are left out on purpose: praise with 😂 is
 * as often laughing with someone as at them.
 */
const EYE_ROLL = /[\u{1F644}\u{1F921}\u{1F643}\u{1F62C}\u{1F60F}]/u

const MOCK_ADMIRATION: Record<string, string[]> = {
  en: ['wow', 'sure', 'sweetie', 'congrats', 'genius', 'truly', 'bravo'],
  'pt-BR': ['nossa', 'parabens', 'genio', 'uau', 'claro'],
  'es-MX': ['wow', 'felicidades', 'genio', 'claro', 'uy'],
  id: ['wah', 'wih', 'cie', 'ciee', 'selamat', 'hebat', 'pinter'],
  ms: ['wah', 'pergh', 'tahniah', 'hebat', 'pandai', 'yelah'],
  fil: ['edi', 'wow', 'congrats', 'galing', 'sana']
}
const ADMIRATION_SETS = setsByLocale(MOCK_ADMIRATION)
/** Up to this many words a comment is one utterance, and an emoji at its end speaks for all of it. */
const SHORT_COMMENT = 25

export function findSarcasm(layout: Layout, refs: readonly Referent[], text: string, locale: string): GrammarHit[] {
  const admiration = ADMIRATION_SETS.get(locale)
  if (!admiration || !EYE_ROLL.test(text)) return []
  const { tokens, sentence, mentions } = layout
  const out: GrammarHit[] = []
  const seen = new Set<number>()
  for (let k = 0; k < tokens.length; k++) {
    const s = sentence[k]
    if (seen.has(s)) continue
    const praised = mentions.some((m) => m.role === 'positive' && m.first === k) || admiration.has(tokens[k].norm)
    if (!praised) continue
    // the eye-roll in this sentence or right after it; a short comment's closing emoji covers it all
    // ("wow so talented. truly. nobody's ever done this before. 🙄")
    let end = tokens.length - 1
    for (let j = k; j < tokens.length; j++) if (sentence[j] === s) end = j
    const short = tokens.length <= SHORT_COMMENT
    const tail = text.slice(tokens[k].start, !short && end + 1 < tokens.length ? tokens[end + 1].start : text.length)
    if (!EYE_ROLL.test(tail)) continue
    // about someone: "you", a name, "he"/"she" — or the one addressed when no one is named; a thing
    // rolled at ("wow this traffic 🙄") is no one
    // (someone's thing is them: "que profundo teu textão 🙄")
    const mine = refs.find(
      (r) =>
        sentence[r.index] === s && (HURTABLE.has(r.kind) || (r.kind === 'thing' && r.owner && HURTABLE.has(r.owner)))
    )
    const someone: Referent | undefined =
      mine && mine.kind === 'thing' ? { kind: mine.owner!, index: mine.index, clause: mine.clause } : mine
    // a thing named in the sentence, or (in a short comment) a thing noun anywhere: "Another Monday 🙄"
    const pronoun = (r: Referent) => mentions.some((m) => m.first === r.index && m.role === 'thingPronoun')
    const aboutThing = (r: Referent) => r.kind === 'thing' && (sentence[r.index] === s || (short && !pronoun(r)))
    if (!someone && refs.some(aboutThing)) continue
    const target: Referent = someone ?? { kind: 'second', index: k, clause: layout.clause[k] }
    seen.add(s)
    out.push({ first: k, last: Math.max(k, someone?.index ?? k), target })
  }
  return out
}
