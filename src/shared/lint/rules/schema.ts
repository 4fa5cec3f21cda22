import { z } from 'zod'
import { KindframeError } from '../../errors'

/** Categories a rule file may declare ('depiction', 'custom' and 'meta' are produced by the engine). */
export const RuleCategory = z.enum(['threat', 'self-harm', 'identity', 'insult', 'exclusion', 'body', 'profanity', 'condescension', 'ableist', 'gendered'])

const Phrase = z.string().trim().min(1, 'empty phrase').max(200)
const Text = z.string().trim().min(3, 'too short')

export const RuleEntry = z.object({
  /** Last part of the rule id: kind/<category>/<id>. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id must be lower-case letters, digits and dashes'),
  /** Pattern syntax: see docs/lint.md (a|b alternatives, word? optional, (two words|other)? groups, * one word, {you} placeholders). */
  phrases: z.array(Phrase).min(1, 'needs at least one phrase'),
  severity: z.enum(['error', 'warning', 'info']).optional(),
  suggestions: z.array(Text).min(1, 'needs at least one kinder suggestion'),
  explanation: Text,
  url: z.string().url().optional()
})
export type RuleEntry = z.infer<typeof RuleEntry>

export const RuleFile = z.object({
  locale: z.string().min(2),
  category: RuleCategory,
  /** Default severity for entries without one. */
  severity: z.enum(['error', 'warning', 'info']),
  entries: z.array(RuleEntry).min(1)
})
export type RuleFile = z.infer<typeof RuleFile>

const PhraseList = z.array(Phrase)

/** Per-locale context data: placeholders, negators, quote verbs, counter-speech, message texts. */
export const LocaleFile = z.object({
  locale: z.string().min(2),
  placeholders: z.record(z.string().regex(/^[a-z]+$/), PhraseList),
  secondPerson: z.array(z.string().min(1)),
  negators: z.array(z.string().min(1)),
  /** Words that turn a following insult into a mention ("calling someone ugly", "he said I was…"). */
  mentionVerbs: z.array(z.string().min(1)),
  /** Phrases that, in the same sentence, make it counter-speech ("is cruel", "not okay"). */
  counterSpeech: PhraseList,
  /** Phrases that make a line a kind/counter message after depicted bullying ("you matter"). */
  kindMessages: PhraseList,
  /** Speaker tags that mark depicted bullying ([bully]). */
  depictionSpeakers: z.array(z.string().min(1)),
  /** Negator phrases that do not negate the insult after them ("don't be such a …", "no seas …"). */
  notNegating: PhraseList.default([]),
  /**
   * How the cuss list's sureness maps to severity for this locale (cuss ships lists for en, es, pt).
   * The Spanish list mixes Spain/Argentina slang with everyday Mexican words, so es-MX lowers it.
   */
  profanityList: z.object({ sure: z.enum(['error', 'warning', 'info', 'off']), maybe: z.enum(['error', 'warning', 'info', 'off']) }).default({ sure: 'warning', maybe: 'info' }),
  /** Words of the cuss list that are ordinary words in this locale ("leche", "frango"). */
  profanityExclusions: z.array(z.string()).default([]),
  messages: z.object({
    categories: z.record(z.string(), z.string().min(1)),
    notes: z.record(z.string(), z.string().min(1)),
    noCounter: z.object({ message: z.string(), suggestion: z.string(), explanation: z.string() }),
    deny: z.object({ suggestion: z.string(), explanation: z.string() }),
    profanity: z.object({ suggestion: z.string(), explanation: z.string() })
  })
})
export type LocaleFile = z.infer<typeof LocaleFile>

/** Validates one data file; a malformed file names itself and the failing entry. */
export function parseDataFile<T>(schema: z.ZodType<T>, name: string, data: unknown): T {
  const result = schema.safeParse(data)
  if (result.success) return result.data
  const first = result.error.issues[0]
  const path = first.path.map(String)
  let where = path.join('.')
  if (path[0] === 'entries' && path[1] !== undefined && data && typeof data === 'object') {
    const entry = (data as { entries?: { id?: unknown }[] }).entries?.[Number(path[1])]
    if (entry && typeof entry.id === 'string') where = `entry "${entry.id}" (${where})`
  }
  throw new KindframeError('parse-failed', `Lint rule file ${name} is malformed at ${where || '(root)'}: ${first.message}`, {
    file: name,
    issues: result.error.issues.slice(0, 5)
  })
}
