import type { CompiledPack, CompiledRule } from './compile'
import type { PhraseTrie } from './trie'
import type { Severity } from './types'
import type { CompiledLexicon } from './analysis/lexicon'
import type { FrameData } from './analysis/frames'
import type { Model } from './classifier/model'
import { coversRule } from './directives'

/** Everything a line's result depends on besides its text: compiled once per options. */
export interface Engine {
  pack: CompiledPack | null
  deny: PhraseTrie<CompiledRule>
  vocabulary: ReadonlySet<string>
  /** Rule id → severity override ('off' removes); longest prefix wins. */
  severity: [string, Severity | 'off'][]
  allowRules: string[]
  allowPhrases: Set<string>
  /** The sentence analysis' tables for the locale (null: no lexicon for this language). */
  lexicon: CompiledLexicon | null
  frameData: FrameData
  /** The statistical second opinion (null: none for this locale, or switched off). */
  model: Model | null
  /** The functional second opinion, trained on the project's own suites (null: none, or switched off). */
  functionalModel: Model | null
  /** Phrase rules and sentence analysis on (off only for the evaluation's ablation). */
  useRules: boolean
  /** True when a severity override switches the rule off. */
  overridden: (ruleId: string) => boolean
  /** Data files that could not be loaded, named (reported once per lint as kind/meta/data). */
  problems: string[]
}

/** The project's severity override for a rule id: the longest covering prefix wins. */
export function overrideFor(engine: Engine, ruleId: string): Severity | 'off' | undefined {
  for (const [prefix, sev] of engine.severity) if (coversRule([prefix], ruleId)) return sev
  return undefined
}

/** The project switched the rule off, or allows it (project.lint: severity "off", allow). */
export function silencedByProject(engine: Engine, ruleId: string): boolean {
  return (
    overrideFor(engine, ruleId) === 'off' || (engine.allowRules.length > 0 && coversRule(engine.allowRules, ruleId))
  )
}
