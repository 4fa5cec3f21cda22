import { setsByLocale } from './closed-class'
import { ALSO_ENGLISH } from '../rule-pack-context'

/**
 * Praise slang: "you're a beast on the court", "eres una bestia en la cancha", "halimaw ka sa galing",
 * "savage gila rap kau, padu!", "you killed it on stage". Words that insult or threaten when read
 * literally are admiration when the sentence is about a performance or says so. A finding that
 * consists of such a word is dropped when its sentence has a praise cue outside the finding; the
 * word alone ("you're an animal") still flags.
 */
const SLANG: Record<string, string[]> = {
  en: ['beast', 'beastly', 'savage', 'animal', 'monster', 'killer', 'insane', 'slay', 'slayed', 'slaying', 'goat'],
  'es-MX': [
    'bestia',
    'animal',
    'animala',
    'monstruo',
    'monstrua',
    'salvaje',
    'maquina',
    'fiera',
    'bestial',
    'mounstro'
  ],
  'pt-BR': ['monstro', 'monstra', 'fera', 'animal', 'brabo', 'braba', 'insano', 'insana', 'absurdo', 'absurda', 'mito'],
  fil: ['halimaw', 'hayop', 'mamaw', 'petmalu', 'lodi'],
  id: ['gila', 'gokil', 'buas', 'sadis', 'edan', 'gilak', 'brutal'],
  ms: ['gila', 'ganas', 'power', 'padu', 'sadis', 'brutal', 'hantu']
}

/** A performance, a skill, or admiration said outright. */
const CUES: Record<string, string[]> = {
  en: [
    'court',
    'field',
    'stage',
    'pitch',
    'gym',
    'weight',
    'game',
    'match',
    'mic',
    'drums',
    'guitar',
    'piano',
    'dance',
    'dancing',
    'solo',
    'track',
    'set',
    'performance',
    'show',
    'rink',
    'ring',
    'mat',
    'pool',
    'proud',
    'respect',
    'congrats',
    'congratulations',
    'goat',
    'mvp',
    'legend',
    'talent',
    'talented',
    'skills',
    'skill',
    'amazing',
    'incredible',
    'bravo',
    'goal',
    'win',
    'won',
    'champion',
    'queen',
    'king',
    'icon',
    'fire',
    'awesome',
    'impressive',
    'respectfully',
    'practice',
    'class',
    'exam',
    'test',
    'presentation',
    'workout',
    'race',
    'rap',
    'verse',
    'vocals'
  ],
  'es-MX': [
    'cancha',
    'gol',
    'golazo',
    'partido',
    'juego',
    'jugada',
    'escenario',
    'fut',
    'futbol',
    'torneo',
    'pista',
    'concierto',
    'baile',
    'guitarra',
    'bateria',
    'orgullo',
    'orgulloso',
    'orgullosa',
    'felicidades',
    'crack',
    'nivel',
    'talento',
    'talentoso',
    'talentosa',
    'gimnasio',
    'examen',
    'campeon',
    'campeona',
    'genio',
    'idolo',
    'chingon',
    'chingona',
    'increible',
    'impresionante',
    'respeto',
    'rap',
    'clase'
  ],
  'pt-BR': [
    'jogo',
    'gol',
    'golaco',
    'partida',
    'palco',
    'show',
    'quadra',
    'campo',
    'treino',
    'academia',
    'orgulho',
    'parabens',
    'arrasou',
    'arrasa',
    'talento',
    'campeao',
    'campea',
    'idolo',
    'craque',
    'incrivel',
    'respeito',
    'prova',
    'apresentacao',
    'danca',
    'guitarra',
    'bateria',
    'rap',
    'voz',
    'mandou',
    'habilidade'
  ],
  fil: [
    'galing',
    'magaling',
    'husay',
    'mahusay',
    'laro',
    'kanta',
    'sayaw',
    'idol',
    'proud',
    'grabe',
    'astig',
    'talento',
    'court',
    'stage',
    'game',
    'mvp',
    'rap',
    'drawing',
    'gitara',
    'bida',
    'champion',
    'congrats',
    'galeng'
  ],
  id: [
    'lapangan',
    'main',
    'mainnya',
    'game',
    'mabar',
    'skill',
    'jago',
    'keren',
    'mantap',
    'mantul',
    'gol',
    'panggung',
    'proud',
    'bangga',
    'juara',
    'hebat',
    'salut',
    'respect',
    'mvp',
    'nyanyi',
    'suaranya',
    'gitar',
    'drum',
    'rap',
    'dance',
    'goyang',
    'ujian',
    'lomba',
    'turnamen'
  ],
  ms: [
    'main',
    'game',
    'gitar',
    'rap',
    'skill',
    'mvp',
    'padu',
    'terbaik',
    'power',
    'bangga',
    'tahniah',
    'gol',
    'padang',
    'pentas',
    'hebat',
    'respect',
    'juara',
    'nyanyi',
    'suara',
    'drum',
    'menari',
    'lawan',
    'perlawanan',
    'pertandingan',
    'kelas',
    'exam'
  ]
}

const SLANG_SETS = setsByLocale(SLANG)
/** "killed it", "slayed it": done brilliantly (the object is "it", not a person). */
const KILLED_IT = new Set([
  'kill',
  'kills',
  'killed',
  'killing',
  'murdered',
  'murder',
  'slayed',
  'slay',
  'ate',
  'smashed',
  'nailed',
  'crushed',
  'rocked'
])
const IT = new Set(['it', 'that', 'this'])
const CUE_SETS = setsByLocale(CUES)
/** Code-switching packs (ALSO_ENGLISH) read English praise slang too ("beast banget", "savage gila"). */
const has = (locale: string, sets: ReadonlyMap<string, ReadonlySet<string>>, w: string) =>
  sets.get(locale)?.has(w) === true || (ALSO_ENGLISH.has(locale) && sets.get('en')?.has(w) === true)

function killedItIn(tokens: readonly { norm: string }[], clause: Int32Array, c: number): number {
  for (let k = 0; k + 1 < tokens.length; k++)
    if (clause[k] === c && KILLED_IT.has(tokens[k].norm) && IT.has(tokens[k + 1].norm)) return 1
  return 0
}

/** Whether a line has any praise-slang word at all (most do not: the check is then skipped). */
export function hasPraiseSlang(tokens: readonly { norm: string }[], locale: string): boolean {
  for (const t of tokens) if (has(locale, SLANG_SETS, t.norm) || KILLED_IT.has(t.norm)) return true
  return false
}

/**
 * Whether the finding over tokens[first..last] is praise slang: it has a slang word (or its target
 * is followed by one), its other words are pronoun- or article-sized, and its sentence has a praise
 * cue outside the finding.
 */
export function isPraiseSlang(
  tokens: readonly { norm: string }[],
  clause: Int32Array,
  negators: readonly number[],
  first: number,
  last: number,
  locale: string,
  threat: boolean
): boolean {
  let slang = 0
  for (let k = first; k <= last; k++) {
    if (has(locale, SLANG_SETS, tokens[k].norm)) slang++
    // "I will kill you": the finding's own verb has a person for object
    else if (KILLED_IT.has(tokens[k].norm) && !IT.has(tokens[k + 1]?.norm ?? '')) return false
    // pronouns, copulas and articles may come along ("eres una bestia"); a content word may not
    else if (tokens[k].norm.length > 4) return false
  }
  // a threat finding spans its target: "[you] killed it on stage" — the idiom in the same clause
  // ("I crushed it at the game, ur dead" is a threat after praise of oneself)
  if (!slang && threat) slang += killedItIn(tokens, clause, clause[first])
  if (!slang) return false
  // the cue in the same clause, and nothing negated there ("eres una bestia, no tienes respeto")
  const c = clause[first]
  if (negators.some((k) => clause[k] === c)) return false
  for (let k = 0; k < tokens.length; k++)
    if (clause[k] === c && (k < first || k > last) && has(locale, CUE_SETS, tokens[k].norm)) return true
  return false
}
