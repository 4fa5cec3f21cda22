import { tokenize } from './tokenize'
import { boundaries, matchContext, quoteRanges } from './context'
import { coversRule, findDirective, findSpeakerTag, isDepictionSpeaker } from './directives'
import { normalizeWord } from './normalize'
import type { CompiledPack, CompiledRule } from './compile'
import type { PhraseTrie, TrieMatch } from './trie'
import type { LintContextFlag, LintIssue, Severity } from './types'

/** Everything a line's result depends on besides its text: compiled once per options. */
export interface Engine {
  pack: CompiledPack | null
  deny: PhraseTrie<CompiledRule>
  vocabulary: ReadonlySet<string>
  /** Rule id → severity override ('off' removes); longest prefix wins. */
  severity: [string, Severity | 'off'][]
  allowRules: string[]
  allowPhrases: Set<string>
}

/** Carried from line to line by directives. */
export interface LineState {
  depictBlock: boolean
  ignoreNext: string[] | null
}
export const START_STATE: LineState = { depictBlock: false, ignoreNext: null }
export const stateKey = (s: LineState) => `${s.depictBlock ? 1 : 0}${s.ignoreNext ? s.ignoreNext.join(',') || '*' : '-'}`

/** Issues with offsets relative to the line; lintText shifts them. */
export type LineIssue = Omit<LintIssue, 'range'> & { start: number; end: number }

export interface LineResult {
  issues: LineIssue[]
  depicted: boolean
  /** A kind/counter line (counts as the counter-message after depicted bullying). */
  counter: boolean
  next: LineState
}

/** Shared empty match list: the loop below would otherwise allocate two per token. */
const NONE: TrieMatch<CompiledRule>[] = []
const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 }
const BY_RANK: Severity[] = ['info', 'warning', 'error']
const ORIGIN_RANK = { deny: 0, rules: 1, cuss: 2 }

function overrideFor(engine: Engine, ruleId: string): Severity | 'off' | undefined {
  for (const [prefix, sev] of engine.severity) if (coversRule([prefix], ruleId)) return sev
  return undefined
}

function pickMatch(a: TrieMatch<CompiledRule>[], b: TrieMatch<CompiledRule>[]): TrieMatch<CompiledRule> | undefined {
  if (!b.length && a.length <= 1) return a[0]
  const all = a.concat(b)
  all.sort((x, y) => y.last - x.last || ORIGIN_RANK[x.value.origin] - ORIGIN_RANK[y.value.origin] || RANK[y.value.severity] - RANK[x.value.severity])
  return all[0]
}

function message(pack: CompiledPack | null, rule: CompiledRule, actual: string, flags: LintContextFlag[]): string {
  const texts = pack?.data.messages
  const what = texts?.categories[rule.category] ?? rule.category
  const notes = flags.map((f) => texts?.notes[f]).filter(Boolean)
  return `“${actual}” ${what}${notes.length ? ` (${notes.join('; ')})` : ''}.`
}

export function lintLine(line: string, state: LineState, engine: Engine, cueDepicted = false): LineResult {
  const pack = engine.pack
  const directive = findDirective(line)
  const end = directive ? directive.index : line.length
  const ownLineDirective = directive !== null && line.slice(0, end).trim() === ''
  const next: LineState = { depictBlock: state.depictBlock, ignoreNext: null }
  if (line.trim() === '') next.depictBlock = false
  if (directive?.verb === 'end-depict') next.depictBlock = false
  if (ownLineDirective) {
    if (directive.verb === 'depict') next.depictBlock = true
    if (directive.verb === 'ignore' || directive.verb === 'ignore-next-line') next.ignoreNext = directive.rules
    if (directive.verb === 'counter') return { issues: [], depicted: false, counter: true, next }
    return { issues: [], depicted: false, counter: false, next }
  }
  if (directive?.verb === 'ignore-next-line') next.ignoreNext = directive.rules

  const speakers = pack?.depictionSpeakers ?? new Set(['bully'])
  const tag = findSpeakerTag(line, speakers)
  const depicted = cueDepicted || state.depictBlock || directive?.verb === 'depict' || (tag !== null && isDepictionSpeaker(tag.name, speakers))
  const ignore = directive?.verb === 'ignore' ? directive.rules : state.ignoreNext
  const body = end < line.length ? line.slice(0, end) : line
  const bodyStart = tag?.bodyStart ?? 0
  let tokens = tokenize(body, engine.vocabulary)
  if (bodyStart > 0) tokens = tokens.filter((t) => t.start >= bodyStart)

  let counter = directive?.verb === 'counter'
  if (pack && !depicted && !counter && tokens.length) counter = pack.kindMessages.occursIn(tokens, 0, tokens.length) || pack.counterSpeech.occursIn(tokens, 0, tokens.length)
  const issues: LineIssue[] = []
  if (!tokens.length) return { issues, depicted, counter, next }

  const b = boundaries(body, tokens)
  let quotes: [number, number][] | null = null
  const sentenceCounter = new Map<number, boolean>()
  // Called with the sentence of the token being matched, so sentences arrive in order: each is
  // scanned once from where the previous one ended (linear even for a 5 MB single line).
  let sentenceFrom = 0
  const isCounterSentence = (s: number, at: number): boolean => {
    let v = sentenceCounter.get(s)
    if (v === undefined) {
      let from = Math.min(sentenceFrom, at)
      while (from < at && b.sentence[from] !== s) from++
      while (from > 0 && b.sentence[from - 1] === s) from--
      let to = at
      while (to < tokens.length && b.sentence[to] === s) to++
      sentenceFrom = to
      v = pack ? pack.counterSpeech.occursIn(tokens, from, to) : false
      sentenceCounter.set(s, v)
    }
    return v
  }

  for (let i = 0; i < tokens.length; i++) {
    const m = pickMatch(pack ? pack.rules.matchAt(tokens, i) : NONE, engine.deny.size ? engine.deny.matchAt(tokens, i) : NONE)
    if (!m) continue
    i = m.last
    const rule = m.value
    if (ignore && coversRule(ignore, rule.ruleId)) continue
    if (engine.allowRules.length && coversRule(engine.allowRules, rule.ruleId)) continue
    const start = tokens[m.first].start
    const stop = tokens[m.last].end
    const actual = body.slice(start, stop)
    if (engine.allowPhrases.size && engine.allowPhrases.has(tokens.slice(m.first, m.last + 1).map((t) => t.norm).join(' '))) continue
    const override = overrideFor(engine, rule.ruleId)
    if (override === 'off') continue
    // "Dick Van Dyke", "Daisy Duke Fatty": a one-word match in Title Case next to another Title-Case
    // word is read as part of a name and skipped. Slur-like names are rare; missed names are common.
    // At the start of a sentence Title Case is normal, so there only profanity-list words ("Dick Van
    // Dyke") are skipped and "Stupid Kevin" stays an insult.
    if (m.first === m.last && tokens[m.first].titlecase) {
      const prev = tokens[m.first - 1]
      const after = tokens[m.last + 1]
      const sentenceStart = !prev || b.sentence[m.first - 1] !== b.sentence[m.first]
      if (!sentenceStart && (prev.titlecase || (after && after.titlecase))) continue
      if (sentenceStart && rule.origin === 'cuss' && after && after.titlecase) continue
    }

    const ctx = pack ? matchContext(pack, tokens, b, m.first, m.last, rule.words) : { targeted: false, negated: false, mention: false }
    quotes ??= quoteRanges(body)
    const quoted = ctx.mention || insideQuote(quotes, start, stop)
    const countered = pack ? isCounterSentence(b.sentence[m.first], m.first) : false
    const flags: LintContextFlag[] = []
    let rank = RANK[override ?? rule.severity]
    if (ctx.targeted) {
      flags.push('targeted')
      rank = Math.min(2, rank + 1)
    }
    // Negation and counter-speech change what a sentence says, not which words it shows: they do not
    // excuse profanity, and a slur stays at least a warning even when quoted or negated.
    const lowered: LintContextFlag[] = []
    if (ctx.negated && rule.category !== 'profanity') lowered.push('negated')
    if (countered && rule.category !== 'profanity') lowered.push('counter-speech')
    if (quoted) lowered.push('quoted')
    if (lowered.length) {
      flags.push(...lowered)
      rank = rule.category === 'identity' ? Math.min(rank, 1) : 0
    }
    if (m.obfuscated) flags.push('obfuscated')
    if (depicted) {
      flags.push('depicted')
      rank = 0
    }
    issues.push({
      ruleId: rule.ruleId,
      category: rule.category,
      severity: BY_RANK[rank],
      depicted,
      start,
      end: stop,
      actual,
      message: message(pack, rule, actual, flags),
      suggestions: rule.suggestions,
      explanation: rule.explanation,
      source: 'kindframe',
      ...(rule.url ? { url: rule.url } : {}),
      ...(flags.length ? { context: flags } : {})
    })
  }
  return { issues, depicted, counter, next }
}

/** Quote ranges are sorted and disjoint: binary search keeps quote-heavy 5 MB lines linear-ish. */
function insideQuote(quotes: [number, number][], start: number, stop: number): boolean {
  let lo = 0
  let hi = quotes.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const [qs, qe] = quotes[mid]
    if (start <= qs) hi = mid - 1
    else if (start > qe) lo = mid + 1
    else return stop <= qe
  }
  return false
}

export const normalizePhrase = (phrase: string) => phrase.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean).map(normalizeWord).join(' ')
