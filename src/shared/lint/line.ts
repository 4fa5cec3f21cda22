import { tokenize, type Token } from './tokenize'
import { boundaries, quoteRanges } from './context'
import { coversRule, findDirective, findSpeakerTag, isDepictionSpeaker } from './directives'
import type { CompiledPack, CompiledRule } from './compile'
import type { TrieMatch } from './trie'
import { overrideFor, silencedByProject, type Engine } from './engine-types'
import type { LintContextFlag, LintIssue } from './types'
import {
  BY_RANK,
  RANK,
  findingCandidate,
  ruleCandidate,
  strongest,
  type Candidate,
  type LineContext
} from './candidates'
import { analyze, type Finding } from './analysis/analyze'
import { prepareTokens, type AnalysisToken } from './analysis/prepare-tokens'
import { hasPraiseSlang, isPraiseSlang } from './analysis/praise'
import { functionalCandidates, modelCandidates } from './model-candidates'
import type { CompiledLexicon } from './analysis/lexicon'
import type { FrameData } from './analysis/frames'

/** Carried from line to line by directives. */
export interface LineState {
  depictBlock: boolean
  ignoreNext: string[] | null
}
export const START_STATE: LineState = { depictBlock: false, ignoreNext: null }
export const stateKey = (s: LineState) =>
  `${s.depictBlock ? 1 : 0}${s.ignoreNext ? s.ignoreNext.join(',') || '*' : '-'}`

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
const ORIGIN_RANK = { deny: 0, rules: 1, cuss: 2 }

function pickMatch(a: TrieMatch<CompiledRule>[], b: TrieMatch<CompiledRule>[]): TrieMatch<CompiledRule> | undefined {
  if (!b.length && a.length <= 1) return a[0]
  const all = a.concat(b)
  all.sort(
    (x, y) =>
      y.last - x.last ||
      ORIGIN_RANK[x.value.origin] - ORIGIN_RANK[y.value.origin] ||
      RANK[y.value.severity] - RANK[x.value.severity]
  )
  return all[0]
}

function message(pack: CompiledPack | null, category: string, actual: string, flags: LintContextFlag[]): string {
  const texts = pack?.data.messages
  const what = texts?.categories[category] ?? category
  const notes = flags.map((f) => texts?.notes[f]).filter(Boolean)
  return `“${actual}” ${what}${notes.length ? ` (${notes.join('; ')})` : ''}.`
}

/** Directive handling for one line: what it says about this line and the lines after it. */
function readDirectives(line: string, state: LineState) {
  const directive = findDirective(line)
  const end = directive ? directive.index : line.length
  const ownLine = directive !== null && line.slice(0, end).trim() === ''
  const next: LineState = { depictBlock: state.depictBlock, ignoreNext: null }
  if (line.trim() === '') next.depictBlock = false
  if (directive?.verb === 'end-depict') next.depictBlock = false
  if (ownLine) {
    if (directive.verb === 'depict') next.depictBlock = true
    if (directive.verb === 'ignore' || directive.verb === 'ignore-next-line') next.ignoreNext = directive.rules
  } else if (directive?.verb === 'ignore-next-line') next.ignoreNext = directive.rules
  return { directive, end, ownLine, next }
}

/**
 * "Dick Van Dyke", "Daisy Duke Fatty": a one-word phrase-rule match in Title Case next to another
 * Title-Case word is read as part of a name. At a sentence start Title Case is normal, so there only
 * profanity-list words ("Dick Van Dyke") are skipped and "Stupid Kevin." stays an insult.
 */
function partOfName(
  tokens: readonly Token[],
  sentence: Int32Array,
  m: { first: number; last: number },
  wordList: boolean
): boolean {
  if (m.first !== m.last || !tokens[m.first].titlecase) return false
  const prev = tokens[m.first - 1]
  const after = tokens[m.last + 1]
  const sentenceStart = !prev || sentence[m.first - 1] !== sentence[m.first]
  if (!sentenceStart && (prev.titlecase || (after && after.titlecase))) return true
  return sentenceStart && wordList && after !== undefined && after.titlecase
}

const LONG_LINE_TOKENS = 400
const MAX_SENTENCE_TOKENS = 200

function analyzeBySentence(
  tokens: readonly AnalysisToken[],
  text: string,
  b: { sentence: Int32Array; clause: Int32Array },
  quotes: [number, number][],
  lex: CompiledLexicon,
  frameData: FrameData
): Finding[] {
  const out: Finding[] = []
  let first = 0
  while (first < tokens.length) {
    let last = first
    while (last + 1 < tokens.length && b.sentence[last + 1] === b.sentence[first]) last++
    if (last - first + 1 <= MAX_SENTENCE_TOKENS && hasHotWord(tokens.slice(first, last + 1), lex.hotFirst)) {
      const a = analyze({
        tokens: tokens.slice(first, last + 1),
        text,
        sentence: b.sentence.subarray(first, last + 1),
        clause: b.clause.subarray(first, last + 1),
        quotes,
        lex,
        frameData
      })
      for (const f of a.findings) out.push({ ...f, first: f.first + first, last: f.last + first })
    }
    first = last + 1
  }
  return out
}

function hasHotWord(tokens: readonly Token[], hot: ReadonlySet<string>): boolean {
  for (const t of tokens) {
    if (hot.has(t.norm)) return true
    for (const f of t.forms) if (hot.has(f)) return true
  }
  return false
}

export function lintLine(line: string, state: LineState, engine: Engine, cueDepicted = false): LineResult {
  const { directive, end, ownLine, next } = readDirectives(line, state)
  if (ownLine) return { issues: [], depicted: false, counter: directive?.verb === 'counter', next }
  const body = end < line.length ? line.slice(0, end) : line
  const { depicted, bodyStart } = depictionOf(line, state, directive, engine.pack, cueDepicted)
  const tokens = lineTokens(body, bodyStart, engine)
  const counter = directive?.verb === 'counter' || (!depicted && saysSomethingKind(engine.pack, tokens))
  if (!tokens.length) return { issues: [], depicted, counter, next }
  const ignore = directive?.verb === 'ignore' ? directive.rules : state.ignoreNext
  const candidates = lineCandidates(body, tokens, engine)
  const issues = candidates
    .filter((c) => !suppressed(engine, ignore, tokens, c))
    .map((c) => toIssue(c, body, tokens, engine.pack, depicted))
  return { issues, depicted, counter, next }
}

/** Whether the line is a depiction (a bullying character speaking) and where its words start after a speaker tag. */
function depictionOf(
  line: string,
  state: LineState,
  directive: ReturnType<typeof findDirective>,
  pack: CompiledPack | null,
  cueDepicted: boolean
) {
  const speakers = pack?.depictionSpeakers ?? new Set(['bully'])
  const tag = findSpeakerTag(line, speakers)
  const depicted =
    cueDepicted ||
    state.depictBlock ||
    directive?.verb === 'depict' ||
    (tag !== null && isDepictionSpeaker(tag.name, speakers))
  return { depicted, bodyStart: tag?.bodyStart ?? 0 }
}

/** Words of the line's body (after any speaker tag), with the lexicon's inflection and spelling forms. */
function lineTokens(body: string, bodyStart: number, engine: Engine): Token[] {
  let raw = tokenize(body, engine.vocabulary)
  if (bodyStart > 0) raw = raw.filter((t) => t.start >= bodyStart)
  return engine.lexicon ? prepareTokens(raw, engine.lexicon, body) : raw
}

/** A kind line or counter-speech (it answers depicted bullying earlier in the script). */
function saysSomethingKind(pack: CompiledPack | null, tokens: readonly Token[]): boolean {
  return (
    pack !== null &&
    tokens.length > 0 &&
    (pack.kindMessages.occursIn(tokens, 0, tokens.length) || pack.counterSpeech.occursIn(tokens, 0, tokens.length))
  )
}

/** The longest phrase-rule or deny-list match at each position, skipping words that are part of a name. */
function phraseRuleMatches(
  tokens: readonly AnalysisToken[],
  sentence: Int32Array,
  engine: Engine
): TrieMatch<CompiledRule>[] {
  const matches: TrieMatch<CompiledRule>[] = []
  const pack = engine.pack
  for (let i = 0; engine.useRules && i < tokens.length; i++) {
    const m = pickMatch(
      pack ? pack.rules.matchAt(tokens, i) : NONE,
      engine.deny.size ? engine.deny.matchAt(tokens, i) : NONE
    )
    if (!m) continue
    i = m.last
    if (!partOfName(tokens, sentence, m, m.value.origin === 'cuss')) matches.push(m)
  }
  return matches
}

/** Phrase-rule matches, sentence-analysis findings and the model's second opinion, merged to one candidate per stretch. */
function lineCandidates(body: string, tokens: readonly AnalysisToken[], engine: Engine): Candidate[] {
  const { pack, lexicon: lex } = engine
  const b = boundaries(body, tokens)
  const quotes = quoteRanges(body)
  const matches = phraseRuleMatches(tokens, b.sentence, engine)
  // Most lines of a script say nothing unkind: the analysis runs only where a phrase rule matched
  // or a word that can start a finding occurs.
  const wanted = lex !== null && (matches.length > 0 || hasHotWord(tokens, lex.hotFirst))
  // A long line (a pasted document, 5 MB on one line) is analysed sentence by sentence, and a
  // "sentence" past MAX_SENTENCE_TOKENS is not natural language: only the phrase rules read it. This
  // keeps the analysis linear in the line's length.
  const longLine = tokens.length > LONG_LINE_TOKENS
  const analysis =
    wanted && !longLine
      ? analyze({
          tokens,
          text: body,
          sentence: b.sentence,
          clause: b.clause,
          quotes,
          lex: lex!,
          frameData: engine.frameData
        })
      : null
  const chunkedFindings = wanted && longLine ? analyzeBySentence(tokens, body, b, quotes, lex!, engine.frameData) : []
  const ctx: LineContext = {
    pack,
    tokens,
    b,
    analysis,
    lex,
    quoted: (first, last) => insideQuote(quotes, tokens[first].start, tokens[last].end),
    override: (ruleId) => overrideFor(engine, ruleId)
  }
  const isCounterSentence = counterSentenceTest(pack, tokens, b.sentence)
  const candidates: Candidate[] = []
  for (const m of matches) {
    const c = ruleCandidate(ctx, m, isCounterSentence)
    if (c) candidates.push(c)
  }
  if (engine.useRules)
    for (const f of analysis ? analysis.findings : chunkedFindings) {
      if (partOfName(tokens, b.sentence, f, f.kind === 'slur' || f.kind === 'profanity')) continue
      const c = findingCandidate(ctx, f)
      if (c) candidates.push(c)
    }
  if (engine.model && analysis && lex && !engine.overridden(`kind/model/${lex.locale}`))
    candidates.push(...modelCandidates(engine.model, analysis, lex, body, candidates))
  if (engine.functionalModel && analysis && lex && !engine.overridden(`kind/model/${lex.locale}`))
    candidates.push(...functionalCandidates(engine.functionalModel, analysis, lex, body, candidates))
  // praise slang stays visible at info with its chip, like any other framed word
  // (it reads the analysis' negators, so a line the analysis skipped keeps its verdicts)
  if (analysis && lex && candidates.length && hasPraiseSlang(tokens, lex.locale))
    for (const c of candidates)
      if (
        isPraiseSlang(tokens, b.clause, analysis.frames.negators, c.first, c.last, lex.locale, c.category === 'threat')
      ) {
        c.rank = 0
        if (!c.flags.includes('praised')) c.flags.push('praised')
      }
  return strongest(candidates)
}

/** Whether the sentence around a token denounces what it says (v1 counter phrases), memoized per sentence. */
function counterSentenceTest(
  pack: CompiledPack | null,
  tokens: readonly Token[],
  sentence: Int32Array
): (first: number) => boolean {
  const bySentence = new Map<number, boolean>()
  return (first) => {
    const s = sentence[first]
    let v = bySentence.get(s)
    if (v === undefined) {
      let from = first
      while (from > 0 && sentence[from - 1] === s) from--
      let to = first
      while (to < tokens.length && sentence[to] === s) to++
      bySentence.set(s, (v = pack ? pack.counterSpeech.occursIn(tokens, from, to) : false))
    }
    return v
  }
}

/** Left out by the project's settings, an ignore directive, or an allowed phrase. */
function suppressed(engine: Engine, ignore: string[] | null, tokens: readonly Token[], c: Candidate): boolean {
  if (silencedByProject(engine, c.ruleId)) return true
  if (ignore && coversRule(ignore, c.ruleId)) return true
  return (
    engine.allowPhrases.size > 0 &&
    engine.allowPhrases.has(
      tokens
        .slice(c.first, c.last + 1)
        .map((t) => t.norm)
        .join(' ')
    )
  )
}

/** A candidate as an issue on the line; depicted lines keep their findings at info. */
function toIssue(
  c: Candidate,
  body: string,
  tokens: readonly Token[],
  pack: CompiledPack | null,
  depicted: boolean
): LineIssue {
  const start = tokens[c.first].start
  const stop = tokens[c.last].end
  const actual = body.slice(start, stop)
  const flags = depicted ? [...c.flags, 'depicted' as const] : c.flags
  return {
    ruleId: c.ruleId,
    category: c.category,
    severity: BY_RANK[depicted ? 0 : c.rank],
    depicted,
    start,
    end: stop,
    actual,
    message: message(pack, c.category, actual, flags),
    suggestions: c.suggestions,
    explanation: c.explanation,
    source: 'kindframe',
    ...(c.url ? { url: c.url } : {}),
    ...(flags.length ? { context: flags } : {})
  }
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
