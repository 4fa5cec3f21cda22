import type { Layout } from './frames'
import type { GrammarHit, Referent } from './referents'

/**
 * "Imagine being so ugly the filter won't load", "Imagina ser tão sem personalidade…", "Bayangin
 * seburuk ini di semua hal", "Bayangkan ko bangga jadi ketua kelas…": "imagine being …" opening a
 * statement is ridicule, not a hypothetical. Not when it asks a question ("Imagine being told you
 * don't belong. How would that feel?" asks for empathy; "Bayangin lo jadi pocong… lo bakal ngomel
 * apa?"), imagines a world or a condition ("imagine if", "imagina um mundo"), is about the speaker
 * ("imagine being me") or about something done to the person ("imagine being told…", "being bullied"),
 * and only with an unkind word in it ("Imagine being the new kid with no friends" asks for empathy).
 */

const IMAGINE = new Set('imagine imagina imaginate imagine bayangin bayangkan bayangkanlah isipin'.split(' '))
const BEING = new Set('being having thinking ser tener ter jadi menjadi maging'.split(' '))
/** After "imagine": a condition, a world, a clause or someone else ("imagínate que te digan…", "isipin mo"). */
const SCENE = new Set(
  'if a world um uma un una kalau kalo kung se si dunia mundo que that mo na someone somebody alguien alguem may ada orang people'.split(
    ' '
  )
)
/** After "being": something done to the person ("being told", "ser chamado", "jadi korban"). */
const DONE_TO =
  /^(?:told|called|bullied|left|excluded|treated|mocked|laughed|teased|chamad[oa]s?|xingad[oa]s?|llamad[oa]s?|insultad[oa]s?|korban|dibully|dihina|ejek|binubully|inaasar)$/

export function findImagined(
  layout: Layout,
  refs: readonly Referent[],
  text: string
): GrammarHit<Referent | 'implicit'>[] {
  const { tokens, sentence, mentions } = layout
  const out: GrammarHit<Referent | 'implicit'>[] = []
  for (let k = 0; k < tokens.length; k++) {
    if (!IMAGINE.has(tokens[k].norm)) continue
    const s = sentence[k]
    if (k > 0 && sentence[k - 1] === s) continue
    let end = k
    while (end + 1 < tokens.length && sentence[end + 1] === s) end++
    if (end - k < 3) continue
    const next = tokens[k + 1].norm
    if (SCENE.has(next)) continue
    // a question asks the listener to imagine ("… How would that feel?")
    const tail = text.slice(tokens[end].end, end + 1 < tokens.length ? tokens[end + 1].start : text.length)
    if (
      tail.includes('?') ||
      (end + 1 < tokens.length && sentence[end + 1] !== s && questionFollows(layout, text, end + 1))
    )
      continue
    const inSentence = (j: number) => j > k && j <= end
    const firstPerson = refs.some((r) => inSentence(r.index) && r.index <= k + 2 && r.kind === 'first')
    if (firstPerson) continue
    if (mentions.some((m) => inSentence(m.first) && m.role === 'positive')) continue
    if (BEING.has(next) && k + 2 <= end && DONE_TO.test(tokens[k + 2].norm)) continue
    const you = refs.find((r) => inSentence(r.index) && r.kind === 'second')
    // (a lexicon phrase may start with "imagine" itself: "imagine being this dumb")
    const unkindWord = mentions.some((m) => m.last > k && m.first <= end && m.role === 'predicate')
    // "imagine being the new kid with no friends" asks for empathy: ridicule needs an unkind word
    if (unkindWord) out.push({ first: k, last: Math.min(end, k + 2), target: you ?? 'implicit' })
  }
  return out
}

/** The sentence starting at token k ends in a question mark. */
function questionFollows(layout: Layout, text: string, k: number): boolean {
  const { tokens, sentence } = layout
  let end = k
  while (end + 1 < tokens.length && sentence[end + 1] === sentence[k]) end++
  const tail = text.slice(tokens[end].end, end + 1 < tokens.length ? tokens[end + 1].start : text.length)
  return tail.includes('?')
}
