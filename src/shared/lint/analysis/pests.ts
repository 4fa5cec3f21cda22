import type { Layout } from './frames'
import type { GrammarHit, Referent } from './referents'

/**
 * A group spoken of as pests a place is infested with or must be cleared of: "Esse país tá infestado
 * de …", "This city is overrun with …", "Hay que fumigar la colonia, está llena de …", "O Brasil tá
 * precisando de uma dedetização de …", "Pinamumugaran na ng mga … ang lugar". A word of infestation or
 * pest control, then an identity group in the same sentence: right after it (only "with", "of", "de",
 * articles between), or after "full of" within five words ("fumigar la colonia, está llena de …").
 * "Infested with ants, the … next door told us" and "fumigaron la casa de los …" name other pests.
 */
const PEST =
  /^(?:infest\w*|overrun|swarm\w*|crawling|plagad[oa]s?|plagued|fumig\w*|dedetiz\w*|desratiz\w*|pinamumugaran|pinamumugarang)$/

const GLUE = new Set('with by of de por do da dos das del the los las os as o a el la na ng mga sa ang'.split(' '))
const FULL = new Set('full llena lleno llenas llenos cheio cheia cheios cheias puno penuh'.split(' '))

export function findPests(layout: Layout, refs: readonly Referent[]): GrammarHit[] {
  const { tokens, sentence } = layout
  const out: GrammarHit[] = []
  if (!refs.some((r) => r.kind === 'group')) return out
  for (let k = 0; k < tokens.length; k++) {
    if (!PEST.test(tokens[k].norm)) continue
    const group = refs.find(
      (r) => r.index > k && r.index <= k + 6 && sentence[r.index] === sentence[k] && r.kind === 'group' && r.group
    )
    if (!group) continue
    let j = group.index - 1
    while (j > k && GLUE.has(tokens[j].norm)) j--
    // only glue between, or "full of" right before the group
    if (j > k && !FULL.has(tokens[j].norm)) continue
    out.push({ first: k, last: group.index, target: group })
  }
  return out
}
