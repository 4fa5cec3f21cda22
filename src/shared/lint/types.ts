import type { z } from 'zod'
import type { LintSettings as LintSettingsSchema } from '../project/schema'

export type LintSettings = z.input<typeof LintSettingsSchema>

export const LINT_CATEGORIES = [
  'threat',
  'self-harm',
  'identity',
  'insult',
  'exclusion',
  'body',
  'profanity',
  'condescension',
  'ableist',
  'gendered',
  'depiction',
  'custom',
  'meta'
] as const
export type LintCategory = (typeof LINT_CATEGORIES)[number]
export type Severity = 'error' | 'warning' | 'info'

/** Why a finding's severity moved: shown by editors as chips, used by the eval. */
export type LintContextFlag =
  | 'targeted'
  | 'negated'
  | 'counter-speech'
  | 'quoted'
  | 'depicted'
  | 'obfuscated'
  /** About the speaker ("I'm so stupid"). */
  | 'self'
  /** About a thing, not a person ("this film is stupid"). */
  | 'thing'
  /** Inside "what if …" / "imagine …". */
  | 'hypothetical'
  /** Profanity not aimed at anyone ("fuck, I missed the bus"). */
  | 'untargeted'
  /** Said in praise: slang ("a beast on the court"), a group word in a compliment ("fat girls are
   * gorgeous"), or inside a kind phrase of the lexicon ("Cê é foda demais", "tá morto de cansaço"). */
  | 'praised'
  /** A group's name with nothing unkind said of it ("orang gemuk pun boleh bersukan"). */
  | 'neutral'
  /** Raised only by the statistical model (no rule matched). */
  | 'model'

export interface LintRange {
  /** UTF-16 offsets into the linted text (for cues: into the cue's text). */
  start: number
  end: number
  /** 1-based. */
  line: number
  /** 1-based, in UTF-16 code units. */
  column: number
  cueId?: string
  startMs?: number
}

/** alex/retext-shaped finding (ruleId, actual, expected ≈ suggestions, note ≈ explanation, source, url). */
export interface LintIssue {
  ruleId: string
  category: LintCategory
  severity: Severity
  depicted: boolean
  range: LintRange
  actual: string
  message: string
  suggestions: string[]
  explanation: string
  source: 'kindframe'
  url?: string
  /** Context that changed the severity (optional, additive to the agreed interface). */
  context?: LintContextFlag[]
}

export interface LintOptions {
  locale: string
  settings?: LintSettings
  /**
   * Which parts run (evaluation and ablation; the studio uses the defaults): `rules` = phrase rules
   * and sentence analysis, `model` = the statistical second opinion. Both default to true.
   */
  pipeline?: { rules?: boolean; model?: boolean }
}

export interface LintCueInput {
  id: string
  startMs: number
  endMs: number
  text: string
  speaker?: string
}
