import type { Layout } from './frames'
import type { GrammarHit, Referent } from './referents'
import { negatorCovers } from './mentions'
import { AIMED as AIMED_AT } from './harm-noun'
import type { PhraseTrie } from '../trie'

/**
 * A call for more harm of a kind done to a group: "We need more violence against …", "Precisamos de
 * mais surras nos …", "Ojalá hubiera más redadas contra los …", "Perlu lebih banyak razia terhadap …",
 * "Kailangan ng mas maraming karahasan laban sa mga …". A noun of harm, "more" right before it (or a
 * word of wanting directly before it), and the group after a preposition of aim. The report of harm
 * ("attacks on … rose") has no "more"; "less violence against …", "an end to violence against …" and
 * "… must stop" ask for less. A word of calling for it must come first in the sentence: "Studies show
 * more attacks on … after the election" reports.
 */
const HARM = new Set(
  (
    'violence attacks beatings killings raids deportations lynchings executions shootings purges ' +
    'violência violencia ataques surras porrada pancadaria mortes linchamentos deportações deportacoes fuzilamentos chacinas ' +
    'palizas madrizas matanzas redadas deportaciones linchamientos ejecuciones balaceras golpizas ' +
    'kekerasan keganasan serangan pukulan pembunuhan razia deportasi pengusiran pembantaian sweeping ' +
    'karahasan pag-atake atake bugbog pambubugbog patayan pagpatay pagpapalayas'
  ).split(' ')
)
/** "More", one or two words. */
const MORE = new Set('more mais mas lebih banyak maraming dagdag'.split(' '))
/** Wanting it, directly before the noun ("bring violence on …", "quero porrada nos …"). */
const WANT = new Set(
  'bring want need quero queremos precisamos quiero necesitamos ocupamos perlu butuh mau nak kailangan gusto'.split(' ')
)
/** Aimed at: harm-noun's prepositions, and those that take a group after a call ("porrada nos …", "laban sa …"). */
const AIMED = new Set([...AIMED_AT, ...'at to nos nas aos as em a kepada ke pada laban sa kay'.split(' ')])
const DET = new Set('the a an os as los las o la el de da do dos das del mga ang ng sa'.split(' '))
/** Calling for it, anywhere before the noun. */
const CALL = new Set(
  (
    'need needs want wants should must bring hope wish deserve deserves let lets give ' +
    'precisamos precisa preciso quero queremos deveria deviam devia merecem tomara oxala bora ' +
    'necesitamos necesita ocupamos quiero queremos deberia deberian merecen ojala hace falta ' +
    'perlu perlukan butuh mau harus patut semoga moga nak kena layak ' +
    'kailangan gusto dapat sana nararapat'
  ).split(' ')
)
/** Asking for less or for it to end. */
const LESS =
  /^(?:less|fewer|menos|kurang|end|stop|acabar|parar|terminar|berhenti|tigil|wakasan|hentikan|henti|fim|fin)$/

export function findHarmCalls(layout: Layout, refs: readonly Referent[]): GrammarHit[] {
  const { tokens, sentence, mentions } = layout
  const out: GrammarHit[] = []
  if (!refs.some((r) => r.kind === 'group')) return out
  for (let k = 1; k < tokens.length; k++) {
    if (!HARM.has(tokens[k].norm)) continue
    const s = sentence[k]
    // "more" in the two words before ("more violence", "lebih banyak kekerasan", "mas maraming karahasan")
    let call = -1
    for (let j = k - 1; j >= Math.max(0, k - 3) && sentence[j] === s; j--) {
      if (MORE.has(tokens[j].norm) || (j === k - 1 && WANT.has(tokens[j].norm))) call = j
      else if (!DET.has(tokens[j].norm) && !MORE.has(tokens[j].norm)) break
    }
    if (call < 0) continue
    let called = false
    for (let j = call; j >= 0 && sentence[j] === s && !called; j--) called = CALL.has(tokens[j].norm)
    if (!called) continue
    // the group: after a preposition of aim, with at most two determiners between
    let a = k + 1
    if (a >= tokens.length || sentence[a] !== s || !AIMED.has(tokens[a].norm)) continue
    a++
    while (a < tokens.length && a <= k + 4 && DET.has(tokens[a].norm) && !refs.some((r) => r.index === a)) a++
    const group = refs.find((r) => r.index === a && r.kind === 'group' && r.group)
    if (!group) continue
    let first = call
    while (first > 0 && sentence[first - 1] === s && WANT.has(tokens[first - 1].norm)) first--
    // "We don't need more violence against …", "… to stop", "menos violencia contra …"
    let refused = false
    for (let j = 0; j < tokens.length && !refused; j++)
      if (sentence[j] === s && (LESS.test(tokens[j].norm) || (j < k && negatorCovers(mentions, j)))) refused = true
    if (refused) continue
    const last = mentions.find((m) => m.first === group.index)?.last ?? group.index
    out.push({ first, last, target: group })
  }
  return out
}

/**
 * "violence against" is a counter phrase of the lexicons ("Stop violence against …"); inside a call
 * for more of it, it does not make the sentence counter-speech. True when a counter phrase starts in
 * the sentence outside the hit.
 */
export function counteredOutside(
  layout: Layout,
  counterPhrases: readonly PhraseTrie<true>[],
  hit: { first: number; last: number }
): boolean {
  const { tokens, sentence } = layout
  const s = sentence[hit.first]
  for (let k = 0; k < tokens.length; k++) {
    if (sentence[k] !== s || (k >= hit.first && k <= hit.last)) continue
    for (const trie of counterPhrases) if (trie.size && trie.matchAt(tokens, k).length) return true
  }
  return false
}
