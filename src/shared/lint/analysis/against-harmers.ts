import type { Layout } from './frames'
import type { Referent } from './referents'
import { RELATIVE } from './closed-class'

/**
 * "People who threaten Muslims should be ashamed of themselves", "Can't stand people who bully gay
 * people", "Ayoko sa mga taong nambu-bully sa mga bakla", "Aku benci orang yang menghina orang Cina":
 * a sentence that names people by the harm they do to a group is about those people, and blaming
 * them is counter-speech. Returns the sentences that do so (their threats still count: "people who
 * bully Muslims should be shot" threatens the bullies), nor does the harm itself ("They are people who
 * hate Jews" says they hate). Maps each such sentence to the harm verb's and the group's indexes.
 */
const HARMS: Record<string, RegExp> = {
  en: /^(?:threaten|bull(?:y|ies)|harass|attack|insult|mock|hurt|abuse|discriminate|hate|beat|assault|target|demean|belittle|harm|persecute|exclude|ridicule|call|troll|dehumani[sz]e)\w*$/,
  'pt-BR':
    /^(?:ameac|intimid|persegu|ataca|atacam|xinga|humilh|zoa|agride|agridem|odei|discrimin|maltrat|bate|batem|ofend|ridiculariz)\w*$/,
  'es-MX':
    /^(?:amenaz|acos|ataca|atacan|insult|humill|burla|agred|odia|odian|discrimin|maltrat|golpe|molest|ofend|ridiculiz|chinga)\w*$/,
  id: /^(?:mengancam|ngancem|ngancam|membully|ngebully|nge-bully|menghina|ngehina|menyerang|nyerang|merendahkan|ngerendahin|mengejek|ngejek|membenci|mendiskriminasi|memukul|mukulin|melecehkan|ngatain|ngata-ngatain|menindas|nindas|mem-bully|bully)$/,
  ms: /^(?:mengugut|ugut|membuli|buli|menghina|hina|menyerang|serang|merendahkan|mengejek|ejek|membenci|mendiskriminasi|memukul|pukul|mengutuk|kutuk|menindas|mem-bully|bully)$/,
  fil: /^(?:nambu-bully|nambubully|nang-aapi|nangaapi|nanlalait|nang-iinsulto|nagbabanta|nambubugbog|nandidiskrimina|nangungutya|nanunukso|nanghuhusga|nang-aasar|nangaasar|nanakit|nananakit|nanghaharass|bully|aapi|insulto|asar|harass|bash)$/
}
/** Nouns for those who do it, without a relative word ("bullies of …", Tagalog verbs used as nouns after "mga"). */
const HEADLESS = new Set(['mga', 'taong', 'those', 'anyone', 'whoever', 'quem', 'quien', 'quienes', 'siapa'])

const PEOPLE = new Set('people gente pessoas personas persons someone alguem alguien users'.split(' '))
const TAGALOG_PREFIX = new Set(['nambu', 'nang', 'nam', 'mang', 'nan', 'mam'])

export function harmerSentences(
  layout: Layout,
  refs: readonly Referent[],
  locale: string
): Map<number, { verb: number; victim: number }> {
  const harms = HARMS[locale]
  const out = new Map<number, { verb: number; victim: number }>()
  if (!harms || !refs.some((r) => r.kind === 'group')) return out
  const { tokens, sentence } = layout
  for (let v = 1; v < tokens.length; v++) {
    if (!harms.test(tokens[v].norm)) continue
    const s = sentence[v]
    // "who/that/yang …" or a Tagalog verb-as-noun ("mga nagbabanta", "taong nambu-bully") right before
    // (a hyphenated Tagalog verb comes apart: "nambu-bully" is "nambu" + "bully")
    const at = v > 1 && TAGALOG_PREFIX.has(tokens[v - 1].norm) ? v - 1 : v
    const before = tokens[at - 1].norm
    // (or people doing it: "gente xingando os …", "people insulting …")
    const relative =
      RELATIVE.has(before) ||
      HEADLESS.has(before) ||
      (at > 1 && RELATIVE.has(tokens[at - 2].norm) && sentence[at - 2] === s) ||
      (PEOPLE.has(before) && /(?:ndo|ing)$/.test(tokens[v].norm))
    if (!relative) continue
    // the ones who do it are not an identity group themselves ("Los migrantes que acosan a … son unas
    // bestias" insults migrants)
    const head = refs.findLast((r) => r.index < at && r.index >= at - 3 && sentence[r.index] === s)
    if (head && head.kind === 'group' && head.group) continue
    // the group harmed, within four words after the verb
    const victim = refs.find(
      (r) => r.index > v && r.index <= v + 4 && sentence[r.index] === s && r.kind === 'group' && r.group
    )
    if (victim && !out.has(s)) out.set(s, { verb: v, victim: victim.index })
  }
  return out
}
