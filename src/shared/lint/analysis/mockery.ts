import type { Layout } from './frames'
import { HURTABLE, type Referent, type GrammarHit } from './referents'
import { setsByLocale } from './closed-class'

/**
 * Ridicule rarely uses an insult word: "lmao look at him trying to dance", "Miren al gordito
 * intentando saltar jajaja", "bro really thinks he's cool 😂". What marks it is laughter in the line
 * together with an invitation to watch someone try, or with someone "actually thinking" they can.
 * These are closed-class words (verbs of looking, trying, believing), so they live here rather than in
 * the per-locale content lexicons.
 */

/** "haha", "hahaha", "lol", "lmao", "kkkk", "jajaja", "wkwk", "hehe", "rofl". */
const LAUGH_WORD =
  /^(?:(?:a?ha){2,}h*|(?:he){2,}|(?:hi){3,}|l+o+l+|lmf?a+o+|rofl|k{3,}|(?:ja){2,}|(?:je){3,}|(?:wk){2,}|xd+)$/
/** 😂 🤣 💀 🤡 (the crying-laughing, "dead" and clown emoji people laugh at someone with; 😭 is as often moved as amused). */
const LAUGH_EMOJI = /[\u{1F602}\u{1F923}\u{1F480}\u{1F921}]/u

const LOOK: Record<string, string[]> = {
  en: ['look', 'watch', 'see'],
  'pt-BR': ['olha', 'olhem', 'olhe', 'vejam', 've', 'viram', 'viu'],
  'es-MX': ['mira', 'miren', 'mire', 'vean', 've', 'vieron', 'viste'],
  ms: ['tengok', 'tgk', 'lihat', 'tengoklah', 'nampak'],
  id: ['liat', 'lihat', 'liatin', 'lihatlah', 'cek', 'tonton'],
  fil: ['tingnan', 'tignan', 'tingin', 'panoorin', 'nakita', 'pakinggan']
}
const TRYING: Record<string, string[]> = {
  en: ['trying', 'tryna', 'attempting', 'pretending', 'acting'],
  'pt-BR': ['tentando', 'querendo', 'fingindo', 'bancando'],
  'es-MX': ['intentando', 'tratando', 'queriendo', 'fingiendo'],
  ms: ['cuba', 'mencuba', 'berlagak', 'konon', 'poyo'],
  id: ['nyoba', 'mencoba', 'sok', 'gaya', 'katanya'],
  fil: ['sinusubukan', 'nagtatry', 'nagpapanggap', 'pabida', 'feeling', 'nagmamagaling']
}
const BELIEVES: Record<string, string[]> = {
  en: ['thinks', 'thought', 'believes', 'believed'],
  'pt-BR': ['acha', 'achou', 'achava', 'pensa', 'pensou'],
  'es-MX': ['cree', 'creyo', 'creia', 'piensa', 'penso'],
  ms: ['ingat', 'fikir', 'ingatkan', 'rasa'],
  id: ['kira', 'ngira', 'pikir', 'ngerasa', 'kirain'],
  fil: ['akala', 'feeling', 'aakalain']
}

const LOOK_SETS = setsByLocale(LOOK)
const TRYING_SETS = setsByLocale(TRYING)
const BELIEVES_SETS = setsByLocale(BELIEVES)

export const hasLaughter = (layout: Layout, text: string, sentence: number): boolean =>
  LAUGH_EMOJI.test(text) || layout.tokens.some((t, k) => layout.sentence[k] === sentence && LAUGH_WORD.test(t.norm))

/**
 * Where a line laughs at someone: in a sentence with laughter, a look/watch word or a believing verb
 * with a person after it, and (for looking) a word of trying. Returns the span and the person.
 */
export function findMockery(layout: Layout, refs: readonly Referent[], text: string, locale: string): GrammarHit[] {
  const look = LOOK_SETS.get(locale)
  const trying = TRYING_SETS.get(locale)
  const believes = BELIEVES_SETS.get(locale)
  if (!look || !trying || !believes) return []
  const { tokens, sentence, mentions } = layout
  // most sentences have no word of looking or believing: leave before building anything
  if (!tokens.some((t) => look.has(t.norm) || believes.has(t.norm))) return []
  // "look at her trying so hard, I'm proud of her 😂": praise in the line means laughing with, not at
  // (praise right after the trying word is what they pretend to be: "sok ganteng", "pretending to be smart")
  const praisedOutside = (from: number, to: number) =>
    mentions.some((m) => m.role === 'positive' && (m.first < from || m.first > to + 3))
  /** "miren al gordito", "olha o gordinho", "look at the weirdo": an insult noun names the person. */
  const insultNoun = (k: number, s: number): Referent | undefined => {
    const m = mentions.find(
      (m) =>
        m.first > k &&
        m.first <= k + 3 &&
        sentence[m.first] === s &&
        (m.role === 'slur' ||
          (m.role === 'predicate' && (m.kind === 'insult' || m.kind === 'attribute' || m.kind === 'dehumanise')))
    )
    return m && { kind: 'third', index: m.last, clause: layout.clause[m.first] }
  }
  const out: GrammarHit[] = []
  const laughing = new Map<number, boolean>()
  for (let k = 0; k < tokens.length; k++) {
    const word = tokens[k].norm
    const isLook = look.has(word)
    const isBelief = believes.has(word)
    if (!isLook && !isBelief) continue
    const s = sentence[k]
    if (!laughing.has(s)) laughing.set(s, hasLaughter(layout, text, s))
    if (!laughing.get(s)) continue
    if (isLook) {
      // "look at him trying", "miren al gordito intentando": the person within four words, then trying
      const person =
        refs.find(
          (r) =>
            r.index > k && r.index <= k + 4 && sentence[r.index] === s && HURTABLE.has(r.kind) && r.kind !== 'second'
        ) ?? insultNoun(k, s)
      const tryAt = person
        ? tokens.findIndex((t, j) => j > person.index && j <= person.index + 4 && trying.has(t.norm))
        : -1
      if (person && tryAt > 0 && !praisedOutside(k, tryAt)) out.push({ first: k, last: tryAt, target: person })
    } else {
      // "bro really thinks he's cool", "ele achou mesmo que ia passar": the believer is the one laughed at
      // (or, unnamed before it, the one they think of: "Noah really thinks he can sing", "ingat dia pandai")
      const person =
        refs.filter((r) => r.index < k && k - r.index <= 3 && sentence[r.index] === s && HURTABLE.has(r.kind)).at(-1) ??
        refs.find((r) => r.index === k + 1 && (r.kind === 'third' || r.kind === 'second'))
      if (person && !praisedOutside(person.index, k + 8))
        out.push({ first: Math.min(person.index, k), last: Math.max(person.index, k), target: person })
    }
  }
  return out
}
