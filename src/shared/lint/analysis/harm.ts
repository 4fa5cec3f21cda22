import type { Layout } from './frames'
import { HURTABLE, type Referent, type GrammarHit } from './referents'
import { setsByLocale } from './closed-class'

/**
 * Two threat shapes that name no violent word the lexicon lists:
 *  - bodily harm: a breaking verb on a person's body part ("eu quebro tua perna", "I'll smash your
 *    teeth in", "te parto la cara", "gue patahin kaki lo");
 *  - regret: a promise that someone will regret it ("you'll regret ever being born", "me aseguro de
 *    que se arrepienta", "gue pastiin dia nyesel", "vai se arrepender").
 * Both verbs are a small closed set per language, so they live here.
 */

const BREAK: Record<string, string[]> = {
  en: 'break smash snap crack bust punch kick slap stab knock rip'.split(' '),
  'pt-BR': 'quebro quebrar quebra arrebento arrebentar arrebenta furo furar corto cortar parto partir'.split(' '),
  'es-MX': 'rompo romper rompa parto partir quiebro quebrar corto cortar reviento reventar'.split(' '),
  id: 'patahin patahkan patahin hancurin hancurkan remukin remukkan tonjok tonjokin tampar gampar'.split(' '),
  ms: 'patahkan hancurkan pecahkan tumbuk lempang penumbuk'.split(' '),
  fil: 'babaliin baliin basagin sasapakin sapakin bibiyakin'.split(' ')
}
/** Parts whose "breaking" is a figure of speech ("break your heart", "partirte el corazón"). */
const FIGURATIVE = new Set(
  'heart hearts mind spirit record corazon coracao cabeca hati puso loob isip semangat'.split(' ')
)

const REGRET: Record<string, string[]> = {
  en: ['regret', 'regrets'],
  'pt-BR': ['arrepender', 'arrependa', 'arrependas', 'arrependam', 'arrependeu'],
  'es-MX': ['arrepentir', 'arrepentirte', 'arrepientas', 'arrepienta', 'arrepientan', 'arrepentiras', 'arrepentira'],
  id: ['nyesel', 'menyesal', 'nyesal', 'menyesali'],
  ms: ['menyesal', 'nyesal', 'kesal'],
  fil: ['pagsisisihan', 'magsisisi', 'pagsisihan']
}
/** What makes regret a promise, not a question or a memory: will, gonna, make, make sure, bakal, pastiin… */
const PROMISE: Record<string, string[]> = {
  en: 'll will gonna going make sure'.split(' '),
  'pt-BR': 'vai vao vou garanto faco'.split(' '),
  'es-MX': 'vas va van aseguro asegurare hare'.split(' '),
  id: 'bakal akan pastiin pastikan bikin jamin'.split(' '),
  ms: 'akan pastikan buat jamin nanti'.split(' '),
  fil: 'pagsisisihan'.split(' ')
}

/** Damaging someone's things: "smash your phone", "quemar el carro a ese güey", "simbah cat kat pagar rumah kau". */
const DAMAGE: Record<string, string[]> = {
  en: 'smash break burn torch key slash wreck trash destroy'.split(' '),
  'pt-BR': 'quebro quebrar queimo queimar risco riscar furo furar destruo destruir'.split(' '),
  'es-MX': 'quemar quemo rayar rayo ponchar poncho romper rompo destrozar destrozo'.split(' '),
  id: 'bakar bakarin hancurin hancurkan rusakin rusak coret coretin pecahin'.split(' '),
  ms: 'bakar hancurkan rosakkan pecahkan toreh simbah conteng'.split(' '),
  fil: 'sunugin basagin sirain gasgasan wasakin'.split(' ')
}
/** Weapons people post at someone: 🔪 🔫 🗡 💣 🪓. */
const WEAPON = /[\u{1F52A}\u{1F52B}\u{1F5E1}\u{1F4A3}\u{1FA93}]/u
/** "see you", "nos vemos", "a gente se encontra", "tunggu", "jumpa": a meeting, with a weapon, is a threat. */
const MEETING = new Set('see meet vemos vemo encontra encontramos tunggu ketemu jumpa kita magkita'.split(' '))

/** Words of affection. */
const WARM = new Set('love luv loves miss hugs sayang mahal amo amor quiero querida querido mahal kita'.split(' '))

const MISSING_OUT = new Set('not missing no nao tidak gak nggak ga hindi di'.split(' '))

const BREAK_SETS = setsByLocale(BREAK)
const DAMAGE_SETS = setsByLocale(DAMAGE)
const REGRET_SETS = setsByLocale(REGRET)
const PROMISE_SETS = setsByLocale(PROMISE)

export function findHarm(layout: Layout, refs: readonly Referent[], locale: string, text: string): GrammarHit[] {
  const out = [...findBodilyOrRegret(layout, refs, locale), ...findPropertyHarm(layout, refs, locale)]
  if (WEAPON.test(text)) out.push(...findWeaponPosts(layout, refs))
  return out
}

/** A damaging verb from the speaker on a thing someone owns ("I'm gonna smash your phone"). */
function findPropertyHarm(layout: Layout, refs: readonly Referent[], locale: string): GrammarHit[] {
  const damage = DAMAGE_SETS.get(locale)
  const promise = PROMISE_SETS.get(locale)
  if (!damage || !promise) return []
  const { tokens, sentence } = layout
  const out: GrammarHit[] = []
  for (let k = 0; k < tokens.length; k++) {
    if (!damage.has(tokens[k].norm)) continue
    const s = sentence[k]
    // the speaker, or a promise ("gonna", "vou", "bakal"), just before the verb
    const speaker =
      refs.some((r) => r.kind === 'first' && r.index < k && r.index >= k - 3 && sentence[r.index] === s) ||
      tokens.some((t, j) => j < k && j >= k - 3 && sentence[j] === s && promise.has(t.norm))
    if (!speaker) continue
    // their thing within five words after the verb; or the person the thing is done "to" (es "a ese güey")
    const owned = refs.find(
      (r) =>
        r.index > k &&
        r.index <= k + 5 &&
        sentence[r.index] === s &&
        r.kind === 'thing' &&
        r.owner !== undefined &&
        r.owner !== 'first'
    )
    const person = refs.find(
      (r) => r.index > k && r.index <= k + 6 && sentence[r.index] === s && HURTABLE.has(r.kind) && r.kind !== 'group'
    )
    const target: Referent | undefined = owned
      ? { kind: owned.owner!, index: owned.index, clause: owned.clause }
      : person && refs.some((r) => r.kind === 'thing' && r.index > k && r.index < person.index)
        ? person
        : undefined
    if (target) out.push({ first: k, last: Math.max(k, target.index), target })
  }
  return out
}

/** A weapon emoji with "you" or a meeting ("see you monday 🔪", "a gente se encontra 🔪"). */
function findWeaponPosts(layout: Layout, refs: readonly Referent[]): GrammarHit[] {
  const { tokens, clause } = layout
  // "Love you, see you at dinner! 🔪🍕": warmth in the line makes the knife a kitchen knife
  if (tokens.some((t) => WARM.has(t.norm))) return []
  const you = refs.find((r) => r.kind === 'second')
  const meeting = tokens.findIndex((t) => MEETING.has(t.norm))
  if (!you && meeting < 0) return []
  const at = you?.index ?? meeting
  return [{ first: at, last: at, target: you ?? { kind: 'second', index: at, clause: clause[at] } }]
}

function findBodilyOrRegret(layout: Layout, refs: readonly Referent[], locale: string): GrammarHit[] {
  const breaking = BREAK_SETS.get(locale)
  const regret = REGRET_SETS.get(locale)
  const promise = PROMISE_SETS.get(locale)
  if (!breaking || !regret || !promise) return []
  const { tokens, sentence, mentions } = layout
  const out: GrammarHit[] = []
  for (let k = 0; k < tokens.length; k++) {
    const word = tokens[k].norm
    if (breaking.has(word)) {
      // a body part of someone else within three words after the verb
      const part = refs.find(
        (r) =>
          r.index > k &&
          r.index <= k + 3 &&
          sentence[r.index] === sentence[k] &&
          person(r) &&
          mentions.some((m) => m.first === r.index && m.role === 'part') &&
          !FIGURATIVE.has(tokens[r.index].norm)
      )
      if (part) out.push({ first: k, last: part.index, target: part })
    } else if (regret.has(word)) {
      const s = sentence[k]
      const promised = tokens.some((t, j) => j < k && j >= k - 6 && sentence[j] === s && promise.has(t.norm))
      if (!promised && !promise.has(word)) continue
      // "you'll regret not coming", "vas a arrepentirte de no venir": missing out, not a threat
      if (tokens.slice(k + 1, k + 4).some((t) => MISSING_OUT.has(t.norm))) continue
      // the one who will regret: a person up to four words either side
      const who = refs.find((r) => Math.abs(r.index - k) <= 4 && sentence[r.index] === s && person(r))
      if (who) out.push({ first: Math.min(k, who.index), last: Math.max(k, who.index), target: who })
    }
  }
  return out
}

/** Someone a broken promise can be aimed at (a module-level function: findBodilyOrRegret runs per line). */
function person(r: Referent): boolean {
  return r.kind === 'second' || r.kind === 'third' || r.kind === 'name'
}
