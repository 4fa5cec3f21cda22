import type { Layout } from './frames'
import { HURTABLE, type Referent, type GrammarHit } from './referents'
import { setsByLocale } from './closed-class'

/**
 * Death wishes: "Ojalá que él se muera allá", "Sana mawala na siya", "Tomara que vocês sumam". A
 * wishing word, a person and a verb of dying or vanishing within a few words, in either order. The
 * wish words and the dying verbs are few per language, so they live here rather than in the lexicons
 * (which list the fixed phrases: "I hope you die", "semoga lo mati").
 */
const WISH: Record<string, string[]> = {
  en: ['hope', 'hoping', 'wish', 'wishing', 'pray', 'praying'],
  'pt-BR': ['tomara', 'espero', 'queria', 'oxala', 'torco'],
  'es-MX': ['ojala', 'espero', 'quisiera'],
  ms: ['harap', 'harapnya', 'semoga', 'moga', 'doakan', 'berdoa'],
  id: ['semoga', 'moga', 'mudah', 'berharap', 'harap', 'doain'],
  fil: ['sana', 'sanay', 'dasal', 'ipagdasal']
}
const DIE: Record<string, string[]> = {
  en: [
    'die',
    'dies',
    'died',
    'disappear',
    'disappears',
    'vanish',
    'rot',
    'drown',
    'suffer',
    'burn',
    'perish',
    'starve'
  ],
  'pt-BR': [
    'morra',
    'morram',
    'morresse',
    'morressem',
    'suma',
    'sumam',
    'sumisse',
    'desapareca',
    'desaparecam',
    'apodreca',
    'sofra',
    'sofram',
    'queimando',
    'queimem',
    'queimasse',
    'queimassem',
    'explodam',
    'explodissem'
  ],
  'es-MX': [
    'muera',
    'mueras',
    'mueran',
    'muriera',
    'murieras',
    'desaparezca',
    'desaparezcas',
    'desaparezcan',
    'pudra',
    'pudras',
    'sufra',
    'sufras',
    'sufran',
    'quemen',
    'quemaran',
    'ardan',
    'revienten',
    'tieso',
    'tiesa',
    'tiesos',
    'tiesas'
  ],
  ms: ['mati', 'mampus', 'lenyap', 'hilang', 'berambus', 'sengsara', 'merana', 'terbakar', 'musnah', 'binasa', 'pupus'],
  id: ['mati', 'mampus', 'modar', 'lenyap', 'hilang', 'menderita', 'sengsara', 'terbakar', 'musnah', 'binasa', 'punah'],
  fil: ['mamatay', 'mawala', 'maglaho', 'mategi', 'magdusa', 'mabulok', 'masunog', 'maubos', 'malipol']
}
/**
 * Harm that befalls: "Praying for a disease that only hits …", "Tomara que um raio caia nos …",
 * "Ojalá que a los … les caiga un rayo". Wished before the one it befalls, or after them with a verb
 * of striking right before it ("les caiga un rayo").
 */
const BEFALL: Record<string, string[]> = {
  en: ['disease', 'plague', 'virus', 'bullet', 'bomb', 'lightning', 'meteor', 'tsunami', 'earthquake'],
  'pt-BR': ['doenca', 'praga', 'virus', 'bala', 'bomba', 'raio', 'meteoro', 'tsunami', 'terremoto'],
  'es-MX': ['enfermedad', 'plaga', 'virus', 'bala', 'bomba', 'rayo', 'meteorito', 'tsunami', 'terremoto'],
  ms: ['penyakit', 'wabak', 'virus', 'peluru', 'bom', 'petir', 'tsunami', 'gempa'],
  id: ['penyakit', 'wabah', 'virus', 'peluru', 'bom', 'petir', 'tsunami', 'gempa'],
  fil: ['sakit', 'salot', 'virus', 'bala', 'bomba', 'kidlat', 'tsunami', 'lindol']
}
const STRIKE = new Set('hit hits strike strikes caia caiga caigan caiam atinja kena menimpa tamaan tumama'.split(' '))
/** What may stand between the harm and the one it befalls: "a disease that only hits all the …". */
const BEFALL_GLUE = new Set(
  'that which only would will could just finally all every the of on upon head heads que so solo sobre en em nos nas no na a los las os as dos das de del cabeza cabezas cabeca cabecas todos todas sa mga ang ng lahat yang hanya cuma ke kepada pada semua'.split(
    ' '
  )
)
/** "I pray for the Muslims who died": the dying is told in a relative clause, not wished. */
const RELATIVE_BEFORE = new Set('who that which que quienes yang na nang'.split(' '))
const WISH_SETS = setsByLocale(WISH)
const DIE_SETS = setsByLocale(DIE)
const BEFALL_SETS = setsByLocale(BEFALL)
const WINDOW = 5
/** A group named between the wish and the verb may take a few words ("Ojalá que a los … les caiga"). */
const GROUP_WINDOW = 8

export function findDeathWishes(
  layout: Layout,
  refs: readonly Referent[],
  negators: readonly number[],
  locale: string
): GrammarHit[] {
  const wish = WISH_SETS.get(locale)
  const die = DIE_SETS.get(locale)
  if (!wish || !die) return []
  const befall = BEFALL_SETS.get(locale)!
  const { tokens, sentence } = layout
  const out: GrammarHit[] = []
  for (let w = 0; w < tokens.length; w++) {
    if (!wish.has(tokens[w].norm)) continue
    const near = (k: number) => k > w && k <= w + GROUP_WINDOW && sentence[k] === sentence[w]
    const befell = befallen(tokens, refs, befall, w, near)
    if (befell && !negators.some((n) => n > w && n < befell.last)) {
      out.push(befell)
      continue
    }
    const groupBetween = refs.some((r) => near(r.index) && r.kind === 'group')
    const d = tokens.findIndex(
      (t, k) =>
        k > w && k <= w + (groupBetween ? GROUP_WINDOW : WINDOW) && sentence[k] === sentence[w] && die.has(t.norm)
    )
    // "I hope he doesn't die": wishing it away; "I pray for those who died": told, not wished
    if (d < 0 || negators.some((n) => n > w && n < d) || RELATIVE_BEFORE.has(tokens[d - 1].norm)) continue
    // the one wished dead: a person between the wish and the verb, or right after the verb ("sana mawala na siya")
    const target = refs.find(
      (r) => r.index > w && r.index <= d + 3 && sentence[r.index] === sentence[w] && HURTABLE.has(r.kind)
    )
    if (target) out.push({ first: w, last: Math.max(d, target.index), target })
  }
  return out
}

function befallen(
  tokens: Layout['tokens'],
  refs: readonly Referent[],
  befall: ReadonlySet<string>,
  w: number,
  near: (k: number) => boolean
): GrammarHit | null {
  const b = tokens.findIndex((t, k) => near(k) && befall.has(t.norm))
  if (b < 0) return null
  // the harm first, the one it befalls after: "a disease that only hits …", "um raio caia nos …"
  const after = refs.find((r) => r.index > b && r.index <= b + 6 && near(r.index) && HURTABLE.has(r.kind))
  let glued = after !== undefined
  for (let k = b + 1; after && k < after.index; k++)
    if (!STRIKE.has(tokens[k].norm) && !BEFALL_GLUE.has(tokens[k].norm)) glued = false
  if (after && glued) return { first: w, last: after.index, target: after }
  // the one it befalls first, then a verb of striking: "a los … les caiga un rayo"
  const struck = (b >= 1 && STRIKE.has(tokens[b - 1].norm)) || (b >= 2 && STRIKE.has(tokens[b - 2].norm))
  const before = refs.find((r) => r.index > w && r.index < b && HURTABLE.has(r.kind))
  return struck && before ? { first: w, last: b, target: before } : null
}
