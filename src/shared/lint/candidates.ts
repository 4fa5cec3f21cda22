import { coversRule } from './directives'
import { matchContext, type MatchContext } from './context'
import type { CompiledPack, CompiledRule } from './compile'
import type { TrieMatch } from './trie'
import type { LintCategory, LintContextFlag, Severity } from './types'
import type { Analysis, Finding } from './analysis/analyze'
import { resolveTarget } from './analysis/analyze'
import { framesAt, negatesCondition } from './analysis/frames'
import { HURTABLE } from './analysis/referents'
import { WITH } from './analysis/closed-class'
import { isExclamation, verbAddressesAfter } from './analysis/exclamation'
import type { CompiledLexicon } from './analysis/lexicon'
import type { PredicateKind } from './analysis/lexicon-schema'
import { baseSeverity, categoryOf, ruleIdOf, textsOf } from './analysis/findings-to-rules'
import { neutralGroupName, praisedGroupWord } from './analysis/praised-group'
import type { AnalysisToken } from './analysis/prepare-tokens'

/** One possible finding on a line, from the phrase rules or the sentence analysis, before settings and directives. */
export interface Candidate {
  ruleId: string
  category: LintCategory
  origin: CompiledRule['origin'] | 'analysis'
  first: number
  last: number
  /** 0 info, 1 warning, 2 error — after context. */
  rank: number
  flags: LintContextFlag[]
  suggestions: string[]
  explanation: string
  url?: string
}

export const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 }
export const BY_RANK: Severity[] = ['info', 'warning', 'error']
const ORIGIN_RANK: Record<Candidate['origin'], number> = { deny: 0, rules: 1, analysis: 2, cuss: 3 }

/** How the sentence analysis reads a phrase rule's category when it looks for the rule's target. */
const KIND_OF_CATEGORY: Partial<Record<LintCategory, PredicateKind>> = {
  threat: 'threat',
  'self-harm': 'selfHarm',
  exclusion: 'exclusion',
  body: 'shaming',
  insult: 'attribute',
  condescension: 'attribute',
  ableist: 'attribute',
  gendered: 'attribute'
}

export interface LineContext {
  pack: CompiledPack | null
  tokens: readonly AnalysisToken[]
  b: { sentence: Int32Array; clause: Int32Array }
  quoted: (first: number, last: number) => boolean
  analysis: Analysis | null
  lex: CompiledLexicon | null
  /** Severity override for a rule id ('off' drops the rule). */
  override: (ruleId: string) => Severity | 'off' | undefined
}

/**
 * Frames the sentence analysis sees around a phrase-rule match: about a thing or the speaker,
 * negated anywhere earlier in the clause, reported, countered. Deny-list phrases are the project's
 * own call and keep v1 context only.
 */
function analysisFrames(ctx: LineContext, rule: CompiledRule, m: TrieMatch<CompiledRule>): LintContextFlag[] {
  const a = ctx.analysis
  if (!a || rule.origin === 'deny') return []
  const kind = KIND_OF_CATEGORY[rule.category]
  const out: LintContextFlag[] = framesAt(a.layout, a.frames, m.first, m.last, rule.category === 'threat')
  // "Cê é foda demais", "você tá morto de cansaço": a positive phrase of the lexicon runs through the
  // match's last word, so the words are praise or an idiom there
  if (a.mentions.some((p) => p.role === 'positive' && p.first <= m.last && p.last >= m.last)) out.push('praised')
  if (rule.category === 'profanity') {
    const aimed =
      a.referents.some(
        (r) =>
          r.clause === a.layout.clause[m.first] &&
          r.index >= m.first - 2 &&
          (r.index <= m.last + 2 || (r.index <= m.last + 3 && WITH.has(ctx.tokens[m.last + 1]?.norm ?? ''))) &&
          HURTABLE.has(r.kind)
      ) ||
      innerPronoun(ctx, m.first, m.last) ||
      // "pinche cabrón, regrésame mi lana": the verb after it speaks to someone
      (m.first - a.layout.sentence.indexOf(a.layout.sentence[m.first]) <= 1 &&
        verbAddressesAfter(a.layout, m.last, ctx.lex?.locale ?? ''))
    if (!aimed) out.push('untargeted')
    return out
  }
  // "Soy joto y a mucha honra", "I'm a proud …": the speaker naming themself with the word
  // (reported speech is already lowered and says why: "He called me a …" is not self-naming)
  if (rule.category === 'identity' && !out.includes('quoted') && namesSelf(a, m.first)) out.push('self')
  if ((rule.category === 'body' || rule.category === 'identity') && praisedGroupWord(a, m.first, m.last))
    out.push('praised')
  else if (rule.category === 'body' && neutralGroupName(a, m.first, m.last)) out.push('neutral')
  if (!kind) return out
  if (isExclamation(a.layout, a.referents, m.first, m.last, ctx.lex?.locale)) out.push('untargeted')
  const addressed = a.referents.some((r) => r.kind === 'second' && r.index >= m.first && r.index <= m.last)
  // "ur dead": the rule's own second-person word ("ur" is also "your", which the analysis may read as
  // an owner of a nearby thing)
  if (addressed || secondInside(ctx, m.first, m.last)) return out
  const target = resolveTarget(kind, a.referents, a.layout, m.first, m.last, ctx.lex)
  if (typeof target !== 'string' && target.kind === 'thing') out.push('thing')
  if (typeof target !== 'string' && target.kind === 'first') out.push('self')
  return out
}

/** What "your" can own: "ur address" is a possessive, "ur dead" is "you're". */
const OWNED = new Set(['thing', 'part', 'person', 'group'])
/** Spellings that are "your" and "you're" at once (chat English). */
const YOU_ARE = new Set(['ur', 'youre'])

/** "you"/"u" inside the match, or "ur" read as "you're" (followed by nothing it could own). */
function secondInside(ctx: LineContext, first: number, last: number): boolean {
  if (!ctx.pack || !ctx.analysis) return false
  const { mentions } = ctx.analysis
  for (let k = first; k <= last; k++) {
    const w = ctx.tokens[k].norm
    if (ctx.lex?.pronounOf.get(w) === 'second') return true
    if (k < last && YOU_ARE.has(w) && !mentions.some((m) => m.first === k + 1 && OWNED.has(m.role))) return true
  }
  return false
}

function namesSelf(a: Analysis, first: number): boolean {
  const c = a.layout.clause[first]
  const self = a.referents.some((r) => r.kind === 'first' && r.clause === c && r.index < first && first - r.index <= 4)
  return self && !a.referents.some((r) => r.kind === 'second' && r.clause === c)
}

const offAsUnset = (s: Severity | 'off' | undefined): Severity | undefined => (s === 'off' ? undefined : s)

/** A second- or third-person pronoun inside the words ("fuck you" as one phrase). */
function innerPronoun(ctx: LineContext, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    // "a la verga", "vete a la chingada": an article before the phrase's next word is not "her"
    if (k < last && ARTICLES.has(ctx.tokens[k].norm)) continue
    const p = ctx.lex?.pronounOf.get(ctx.tokens[k].norm)
    if (p === 'second' || p === 'third') return true
  }
  return false
}

/** Portuguese and Spanish articles that are also object pronouns. */
const ARTICLES = new Set(['el', 'la', 'lo', 'los', 'las', 'o', 'a', 'os', 'as'])

const LOWERING = new Set<LintContextFlag>([
  'praised',
  'neutral',
  'negated',
  'counter-speech',
  'quoted',
  'hypothetical',
  'self',
  'thing',
  'untargeted'
])

/** A phrase-rule match with v1 context (second person raises; negation, counter, quotes lower) plus the analysis' frames. */
export function ruleCandidate(
  ctx: LineContext,
  m: TrieMatch<CompiledRule>,
  isCounterSentence: (first: number) => boolean
): Candidate | null {
  const rule = m.value
  // 'off' is applied to the merged candidate (line.ts), so it also silences analysis findings on the same words
  const override = offAsUnset(ctx.override(rule.ruleId))
  const v1: MatchContext = ctx.pack
    ? matchContext(ctx.pack, ctx.tokens, ctx.b, m.first, m.last, rule.words)
    : { targeted: false, negated: false, mention: false }
  const flags: LintContextFlag[] = []
  let rank = RANK[override ?? rule.severity]
  if (v1.targeted) {
    flags.push('targeted')
    rank = Math.min(2, rank + 1)
  }
  const lowered = new Set<LintContextFlag>()
  // a negated condition ("if you don't delete it, you're dead") does not negate the threat
  const conditionOnly =
    rule.category === 'threat' &&
    v1.negatorAt !== undefined &&
    v1.negatorAt >= 0 &&
    ctx.analysis !== null &&
    negatesCondition(ctx.analysis.layout, v1.negatorAt)
  if (v1.negated && rule.category !== 'profanity' && !conditionOnly) lowered.add('negated')
  if (ctx.pack && rule.category !== 'profanity' && isCounterSentence(m.first)) lowered.add('counter-speech')
  if (v1.mention || ctx.quoted(m.first, m.last)) lowered.add('quoted')
  for (const f of analysisFrames(ctx, rule, m))
    if (rule.category !== 'profanity' || f === 'untargeted' || f === 'quoted' || f === 'praised') lowered.add(f)
  if (lowered.size) {
    flags.push(...lowered)
    rank = 0
  }
  if (m.obfuscated) flags.push('obfuscated')
  return {
    ruleId: rule.ruleId,
    category: rule.category,
    origin: rule.origin,
    first: m.first,
    last: m.last,
    rank,
    flags,
    suggestions: rule.suggestions,
    explanation: rule.explanation,
    url: rule.url
  }
}

/** A sentence-analysis finding as a candidate: targeted findings keep their severity, framed ones drop to info. */
export function findingCandidate(ctx: LineContext, f: Finding): Candidate | null {
  // A framed finding ("I don't hate you", "this film is stupid") says nothing worth a mark of its
  // own; the phrase rules still show listed words at info with their context chips.
  if (f.frames.length) return null
  // "fat girls are gorgeous": the group word is the finding's whole span, and the clause praises
  if (f.kind !== 'slur' && ctx.analysis && praisedGroupWord(ctx.analysis, f.first, f.last)) return null
  const ruleId = ruleIdOf(f)
  const override = offAsUnset(ctx.override(ruleId))
  if (!ctx.lex) return null
  const flags: LintContextFlag[] = []
  if (f.target !== 'none' && f.target !== 'thing' && f.target !== 'first') flags.push('targeted')
  flags.push(...f.frames.filter((x) => LOWERING.has(x)))
  if (f.obfuscated) flags.push('obfuscated')
  const rank = f.frames.length ? 0 : RANK[override ?? baseSeverity(f)]
  return {
    ruleId,
    category: categoryOf(f),
    origin: 'analysis',
    first: f.first,
    last: f.last,
    rank,
    flags,
    ...textsOf(f, ctx.lex)
  }
}

/**
 * Overlapping candidates become one: the strongest verdict (with its context flags), under the rule
 * id, span and texts of the most specific source — deny list, then curated rules, then the sentence
 * analysis, then the profanity list — so rule ids stay stable where the meaning is the same.
 */
export function strongest(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.first - b.first || b.last - a.last)
  const out: Candidate[] = []
  for (const c of sorted) {
    const prev = out.at(-1)
    if (!prev || c.first > prev.last) {
      out.push({ ...c })
      continue
    }
    const named = ORIGIN_RANK[c.origin] < ORIGIN_RANK[prev.origin] ? c : prev
    const verdict = c.rank > prev.rank ? c : prev
    out[out.length - 1] = {
      ...named,
      rank: verdict.rank,
      flags: verdict === named ? named.flags : mergeFlags(verdict.flags, named.flags)
    }
  }
  return out
}

/** The verdict's flags, plus the named source's "obfuscated" (how it was spelled still holds). */
function mergeFlags(verdict: LintContextFlag[], named: LintContextFlag[]): LintContextFlag[] {
  return named.includes('obfuscated') && !verdict.includes('obfuscated') ? [...verdict, 'obfuscated'] : verdict
}

export { coversRule }
