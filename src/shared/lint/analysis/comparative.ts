import type { Layout } from './frames'
import { HURTABLE, type GrammarHit, type Referent } from './referents'
import { negatorCovers } from './mentions'
import { beastsOf } from './likened'

/**
 * A group put below an animal, a child or a thing in a comparison, or made the measure of a fault:
 *  - "Rats have more dignity than …", "Mi perro tiene mejores modales que los …", "Hasta un niño de
 *    kínder piensa mejor que los …": something lowly first, then "more/better … than" the group;
 *  - "No conozco gente más hipócrita que los …", "Nunca vi gente tão ignorante quanto …", "There is
 *    nothing more pathetic than …": a fault (an attribute or insult of the lexicon) compared, with
 *    the group after "than". "Muslims are no more violent than Christians" is negated and left alone.
 */
const MORE = new Set(
  'more better smarter cleaner nicer kinder braver wiser so as mas mejor mejores tan tao mais melhor melhores lebih higit'.split(
    ' '
  )
)
export const THAN = new Set(
  'than as que quanto quanta quantos quantas como daripada dari dibanding dibandingkan kaysa kesa'.split(' ')
)
/** Equality, not rank: "as", "so", "tan", "tão". */
const EQUAL = new Set('so as tan tao'.split(' '))
/** Lowly measures besides the dehumanising animals: pets, small children, objects. */
const LOWLY = new Set(
  'dog dogs mutt goldfish child children kid kids toddler toddlers kindergartner kindergartners rock rocks plant plants brick perro perros perrito chucho nino ninos bebe piedra piedras planta cachorro cachorros vira-lata crianca criancas pedra pedras anjing kucing bocah bayi batu aso pusa bata sanggol bato'.split(
    ' '
  )
)
/** Negative pronouns: "nothing more pathetic than …" compares, it does not deny. */
export const NOTHING = new Set('nothing nobody nada nadie ninguem'.split(' '))
/** What may stand between "than" and the group. */
const GLUE = new Set('the a los las os as o el la sa mga ang ng any all most even those these'.split(' '))

export interface Comparison {
  hit: GrammarHit
  /** A fault compared is an attribute; a group put below an animal or a child is dehumanised. */
  kind: 'attribute' | 'dehumanise'
}

export function findComparisons(layout: Layout, refs: readonly Referent[], locale: string): Comparison[] {
  const { tokens, sentence, mentions } = layout
  const out: Comparison[] = []
  if (!refs.some((r) => HURTABLE.has(r.kind))) return out
  const beasts = beastsOf(locale)
  for (let t = 1; t < tokens.length; t++) {
    if (!THAN.has(tokens[t].norm)) continue
    const s = sentence[t]
    // the one compared, right after "than", past articles: a group, or for a fault anyone ("que los
    // gordos", "than you")
    let g = t + 1
    while (g < tokens.length && g <= t + 3 && GLUE.has(tokens[g].norm) && !refs.some((r) => r.index === g)) g++
    // or people named by an insult ("quanto os crioulos"), compared with the people before it
    const named = mentions.some(
      (m) => m.role === 'predicate' && m.first === g && (m.kind === 'insult' || m.kind === 'attribute')
    )
    const group =
      refs.find((r) => r.index === g && HURTABLE.has(r.kind) && sentence[g] === s) ??
      (named ? refs.find((r) => r.index < t && HURTABLE.has(r.kind) && sentence[r.index] === s) : undefined)
    if (!group) continue
    // "more" in the six words before "than"
    let more = -1
    for (let k = t - 1; k >= Math.max(0, t - 6) && sentence[k] === s; k--)
      if (MORE.has(tokens[k].norm)) {
        more = k
        break
      }
    // "not more … than" denies; "nothing more … than" is a superlative
    if (more < 0 || (more > 0 && negatorCovers(mentions, more - 1) && !NOTHING.has(tokens[more - 1].norm))) continue
    // "no more than", "not as … as": the comparison is denied
    if (tokens[more].norm === 'no' || (more > 0 && tokens[more - 1].norm === 'no')) continue
    const last = named && group.index < t ? g : (mentions.find((m) => m.first === group.index)?.last ?? group.index)
    // a fault compared: an attribute or insult of the lexicon between "more" and "than" (its phrase
    // may take in "more" itself: "tão burra" is one phrase of the pt-BR lexicon)
    const fault = mentions.some(
      (m) => m.role === 'predicate' && (m.kind === 'attribute' || m.kind === 'insult') && m.first >= more && m.last < t
    )
    if (fault) {
      out.push({ hit: { first: more, last, target: group }, kind: 'attribute' })
      continue
    }
    // something lowly before "more": "Rats have more dignity than …", "Even a child thinks better than …";
    // "just as smart as" is equality, and "poor kids" are a group themselves
    if (EQUAL.has(tokens[more].norm) || group.kind !== 'group' || !group.group) continue
    for (let k = more - 1; k >= Math.max(0, more - 6) && sentence[k] === s; k--) {
      const w = tokens[k].norm
      const inGroup = mentions.some((m) => m.role === 'group' && m.first <= k && m.last >= k)
      if ((beasts.has(w) || LOWLY.has(w)) && !inGroup) {
        out.push({ hit: { first: k, last, target: group }, kind: 'dehumanise' })
        break
      }
    }
  }
  return out
}

/** Verbs and words that make a negated comparison a superlative ("I've never met anyone as …"). */
const SUPERLATIVE_OPENERS = new Set(
  'know knew met seen saw meet is there conozco conoci conocido vi visto hay existe conheco conheci ha tem kilala nakilala nakita kenal jumpa lihat nampak ada'.split(
    ' '
  )
)

/**
 * "No conozco gente más hipócrita que …", "Nunca vi gente tão ignorante quanto …", "There's nothing
 * more pathetic than …": the negation before a verb of knowing, seeing or being makes the comparison
 * a superlative, so it does not deny the fault. True when such a verb stands between the sentence's
 * negator and the comparison.
 */
export function negatesIntoSuperlative(layout: Layout, first: number): boolean {
  const { tokens, sentence, mentions } = layout
  for (let k = first - 1; k >= Math.max(0, first - 6) && sentence[k] === sentence[first]; k--) {
    if (!SUPERLATIVE_OPENERS.has(tokens[k].norm)) continue
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (negatorCovers(mentions, j)) return true
  }
  // "nothing/nada more pathetic than", "nobody as lazy as"
  return first > 0 && NOTHING.has(tokens[first - 1].norm)
}
