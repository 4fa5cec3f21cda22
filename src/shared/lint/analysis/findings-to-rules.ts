import type { LintCategory, Severity } from '../types'
import type { CompiledLexicon } from './lexicon'
import type { Finding } from './analyze'
import type { FindingKind } from './lexicon-schema'

/** Stable rule ids of the sentence analysis: kind/<category>/<what was said>. */
const SLUG: Record<FindingKind, string> = {
  contempt: 'contempt',
  attribute: 'negative-attribute',
  insult: 'insult-noun',
  dehumanise: 'dehumanising',
  threat: 'violence',
  exclusion: 'belonging',
  shaming: 'shaming',
  hopeless: 'hopelessness',
  selfHarm: 'self-harm-encouragement',
  mockery: 'mockery',
  slur: 'slur',
  profanity: 'aimed-profanity'
}

export function categoryOf(f: Finding): LintCategory {
  switch (f.kind) {
    case 'threat':
      return 'threat'
    case 'selfHarm':
    case 'hopeless':
      return 'self-harm'
    case 'exclusion':
      return 'exclusion'
    case 'shaming':
      return 'body'
    case 'slur':
      return 'identity'
    case 'profanity':
      return 'profanity'
    default:
      return f.target === 'group' ? 'identity' : 'insult'
  }
}

export const ruleIdOf = (f: Finding) => `kind/${categoryOf(f)}/${f.special?.slug ?? SLUG[f.kind]}`

const ALWAYS_ERROR = new Set<FindingKind>(['threat', 'selfHarm', 'dehumanise', 'contempt'])

/**
 * Base severity before frames: violence, self-harm encouragement, dehumanising and contempt are
 * errors; other words aimed at the named addressee are errors; the rest (third persons, groups,
 * an imperative's implied addressee: "shut up", "just give up") are warnings.
 */
export function baseSeverity(f: Finding): Severity {
  if (ALWAYS_ERROR.has(f.kind)) return 'error'
  if (f.target === 'second') return 'error'
  return 'warning'
}

const FALLBACK_KINDER = 'Say what happened or how you feel, without judging the person.'
const FALLBACK_EXPLAIN = 'Words aimed at a person or a group can hurt the real people behind them.'

export function textsOf(f: Finding, lex: CompiledLexicon): { suggestions: string[]; explanation: string } {
  if (f.special) return { suggestions: f.special.suggestions, explanation: f.special.explanation }
  const kinder = lex.kinder[f.kind] ?? lex.kinder.insult ?? [FALLBACK_KINDER]
  return {
    suggestions: f.neutral ? [`“${f.neutral}”`, ...kinder] : kinder,
    explanation: lex.explain[f.kind] || lex.explain.insult || FALLBACK_EXPLAIN
  }
}
