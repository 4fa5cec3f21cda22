import type { Layout } from './frames'
import type { GrammarHit, Referent } from './referents'

/**
 * A place said to have got worse because a group came: "This neighbourhood was nice before the
 * Muslims showed up", "Property values drop the minute … show up", "La colonia era tranquila antes de
 * que llegaran los …", "Sejak orang Papua pindah ke sini, kompleks jadi bau", "Bumaba ang presyo ng
 * lupa mula nang dumating ang mga …". Needs, in one sentence, an identity group with a verb of coming
 * next to it, a word of time linking the two events, and either a word of decline (any time word) or,
 * with "before", a word of how good it was. "Since the refugees arrived the town got livelier" has
 * neither.
 */
const COMING =
  /^(?:show|shows|showed|showing|came|come|comes|arrived|arrive|arrives|moved|move|moves|chegaram|chegarem|chegou|chegassem|apareceram|aparecerem|aparecer|vieram|viessem|mudaram|invadiram|llegaron|llegaran|llego|vinieron|vinieran|aparecieron|mudaron|venir|datang|dateng|pindah|masuk|muncul|dumating|lumipat|dumami|pumasok)$/
/** Words of time that tie the decline to the coming. */
const WHEN = new Set(
  'before since after minute once when antes desde depois sejak semenjak mula lepas simula noong nung mula nang gara gara'.split(
    ' '
  )
)
/** With "before": how good it was. */
const BEFORE = new Set('before antes noong nung dulu dahulu'.split(' '))
const WAS_GOOD = new Set(
  'nice quiet safe peaceful better clean tranquilo tranquila seguro segura limpo limpa limpio limpia bom boa bueno buena aman tenang bersih damai tahimik maayos malinis ligtas'.split(
    ' '
  )
)
/** Decline, whenever it came. */
const GOT_BAD = new Set(
  'worse ruined ruin ruins dirty reeks stinks smell smells unsafe piorou pior afundou estragou sujo suja perigoso perigosa peor sucio sucia peligroso peligrosa bau jorok kotor rusak hancur busuk rosak bumaho dumumi nasira gulo mabaho marumi'.split(
    ' '
  )
)
/** A fall is decline only of what a place is worth ("property values drop"), not of crime or waiting times. */
const FALL = new Set(
  'drop drops dropped fell fall falls caiu caem caiam cayo cayeron bajo bajaron anjlok turun jatuh bumaba'.split(' ')
)
const VALUE = new Set(
  'property properties house houses home homes imoveis imovel casas rumah lupa bahay terreno terrenos land'.split(' ')
)
/** "…; now it's lively and fun": the sentence says the change was good. */
const NOW_GOOD = new Set(
  'lively fun love better alegre melhor mejor seguro segura animado animada ramai meriah masaya'.split(' ')
)

export function findArrivalBlame(layout: Layout, refs: readonly Referent[]): GrammarHit[] {
  const { tokens, sentence } = layout
  const out: GrammarHit[] = []
  for (const g of refs) {
    if (g.kind !== 'group' || !g.group) continue
    const s = sentence[g.index]
    // a verb of coming within three words of the group, either side
    let coming = -1
    for (let k = Math.max(0, g.index - 3); k <= g.index + 4 && k < tokens.length; k++)
      if (k !== g.index && sentence[k] === s && COMING.test(tokens[k].norm)) {
        coming = k
        break
      }
    if (coming < 0) continue
    let when = -1
    let before = false
    let good = false
    let bad = false
    let fell = false
    let value = false
    for (let k = 0; k < tokens.length; k++) {
      if (sentence[k] !== s) continue
      const w = tokens[k].norm
      // the time word opens the coming ("before the … showed up"), not what follows it ("… arrived
      // before the storm made things worse")
      if (WHEN.has(w) && k < g.index && k < coming && g.index - k <= 5) {
        when = k
        before = BEFORE.has(w)
      }
      // how good it was is said of the place ("was nice", "mas tahimik pa"), not of a noun ("a quiet meeting")
      if (WAS_GOOD.has(w) && saidOf(layout, k)) good = true
      if (GOT_BAD.has(w)) bad = true
      if (FALL.has(w)) fell = true
      if (VALUE.has(w)) value = true
    }
    if (fell && value) bad = true
    if (!bad && tokens.some((t, k) => sentence[k] === s && NOW_GOOD.has(t.norm))) continue
    if (when < 0 || !(bad || (before && good))) continue
    out.push({ first: Math.min(when, g.index, coming), last: Math.max(g.index, coming), target: g })
  }
  return out
}

/** Words that make the next one a predicate: a copula of the lexicon, or a comparison ("mas", "lebih"). */
const MORE = new Set('more so really very mas lebih lagi mais pa muy bem tao tan sangat'.split(' '))
function saidOf(layout: Layout, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 2); j--)
    if (MORE.has(layout.tokens[j].norm) || layout.mentions.some((m) => m.role === 'copula' && m.last === j)) return true
  return false
}
