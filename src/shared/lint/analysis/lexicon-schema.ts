import { z } from 'zod'

/** The kinds of thing a sentence can say about a target (see docs/lint-lexicon.md). */
export const PREDICATE_KINDS = [
  'contempt',
  'attribute',
  'insult',
  'dehumanise',
  'threat',
  'exclusion',
  'shaming',
  'hopeless',
  'selfHarm',
  'mockery'
] as const
export type PredicateKind = (typeof PREDICATE_KINDS)[number]
/** Kinds with their own kinder wording and explanation: the predicates plus slurs and profanity. */
export type FindingKind = PredicateKind | 'slur' | 'profanity'
export const GROUP_CATEGORIES = [
  'gender',
  'sexuality',
  'religion',
  'ethnicity',
  'nationality',
  'race',
  'disability',
  'age',
  'body',
  'class',
  'migrants'
] as const

const Words = z.array(z.string()).default([])
const Texts = z.array(z.string().trim().min(3)).default([])

const predicates = Object.fromEntries(PREDICATE_KINDS.map((k) => [k, Words])) as Record<PredicateKind, typeof Words>
const kinder = Object.fromEntries([...PREDICATE_KINDS, 'slur', 'profanity'].map((k) => [k, Texts])) as Record<
  FindingKind,
  typeof Texts
>
const explain = Object.fromEntries(
  [...PREDICATE_KINDS, 'slur', 'profanity'].map((k) => [k, z.string().default('')])
) as Record<FindingKind, z.ZodDefault<z.ZodString>>

/**
 * One locale's tables for the sentence analysis. Every table is optional (defaults to empty), so a
 * partial file still lints with what it has; a wrong type names the field.
 */
export const LexiconFile = z.object({
  locale: z.string().min(2),
  notes: z.string().default(''),
  pronouns: z
    .object({
      second: Words,
      secondPossessive: Words,
      first: Words,
      firstPossessive: Words,
      third: Words,
      thirdPossessive: Words,
      thing: Words
    })
    .default({
      second: [],
      secondPossessive: [],
      first: [],
      firstPossessive: [],
      third: [],
      thirdPossessive: [],
      thing: []
    }),
  people: Words,
  groups: z.record(z.string(), Words).default({}),
  slurs: z
    .array(
      z.object({
        terms: z.array(z.string()).min(1),
        group: z.string().default('identity'),
        neutral: z.string().default('')
      })
    )
    .default([]),
  personParts: Words,
  things: Words,
  /** Ordinary words that look like a hot word one letter away ("feito"/"feio"): never respelled. */
  ordinary: Words,
  predicates: z
    .object(predicates)
    .default(Object.fromEntries(PREDICATE_KINDS.map((k) => [k, []])) as unknown as Record<PredicateKind, string[]>),
  positive: Words,
  profanity: Words,
  frames: z
    .object({
      negators: Words,
      report: Words,
      counter: Words,
      hypothetical: Words,
      modals: Words,
      copulas: Words,
      universal: Words,
      clauseBreaks: Words
    })
    .default({
      negators: [],
      report: [],
      counter: [],
      hypothetical: [],
      modals: [],
      copulas: [],
      universal: [],
      clauseBreaks: []
    }),
  kinder: z.object(kinder).partial().default({}),
  explain: z.object(explain).partial().default({})
})
export type LexiconFile = z.infer<typeof LexiconFile>
