import { BoundedCache } from '../bounded-cache'
import { CUE_TEXTS, DEPICTED_CUE_TEXTS, cueMemos as cueMemosCache } from './caches'
import { engineFor } from './engine'
import { isDepictionSpeaker } from './directives'
import { lintLine, START_STATE, stateKey, type LineIssue, type LineResult, type LineState } from './line'
import { silencedByProject, type Engine } from './engine-types'
import type { LintCueInput, LintIssue, LintOptions } from './types'

/** Past this many findings the text is not a script any more; stop and say so. */
export const MAX_ISSUES = 10_000

type LineLinter = (line: string, state: LineState, cueDepicted: boolean) => LineResult

interface Located {
  issue: LineIssue
  lineStart: number
  lineNumber: number
}

function place({ issue, lineStart, lineNumber }: Located, extra?: { cueId: string; startMs: number }): LintIssue {
  const { start, end, ...rest } = issue
  return {
    ...rest,
    range: { start: lineStart + start, end: lineStart + end, line: lineNumber, column: start + 1, ...extra }
  }
}

interface DocScan {
  found: Located[]
  lastDepictedLine: number
  lastDepictedStart: number
  lastDepictedEnd: number
  counterAfterDepiction: boolean
  truncated: boolean
}

function scan(text: string, lint: LineLinter, cueDepicted: boolean, scanState?: DocScan): DocScan {
  const doc: DocScan = scanState ?? {
    found: [],
    lastDepictedLine: 0,
    lastDepictedStart: 0,
    lastDepictedEnd: 0,
    counterAfterDepiction: false,
    truncated: false
  }
  let state = START_STATE
  let lineStart = 0
  let lineNumber = 0
  while (lineStart <= text.length && !doc.truncated) {
    let nl = text.indexOf('\n', lineStart)
    if (nl < 0) nl = text.length
    const lineEnd = nl > lineStart && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl
    lineNumber++
    const result = lint(text.slice(lineStart, lineEnd), state, cueDepicted)
    if (result.depicted) {
      doc.lastDepictedLine = lineNumber
      doc.lastDepictedStart = lineStart
      doc.lastDepictedEnd = lineEnd
      doc.counterAfterDepiction = false
    } else if (result.counter && doc.lastDepictedLine) doc.counterAfterDepiction = true
    for (const issue of result.issues) {
      if (doc.found.length >= MAX_ISSUES) {
        doc.truncated = true
        break
      }
      doc.found.push({ issue, lineStart, lineNumber })
    }
    state = result.next
    lineStart = nl + 1
  }
  return doc
}

function documentIssues(doc: DocScan, engine: Engine, text: (start: number, end: number) => string): LintIssue[] {
  const extra: LintIssue[] = []
  const msgs = engine.pack?.data.messages
  if (
    doc.lastDepictedLine &&
    !doc.counterAfterDepiction &&
    !silencedByProject(engine, 'kind/depiction/no-counter-message')
  ) {
    extra.push({
      ruleId: 'kind/depiction/no-counter-message',
      category: 'depiction',
      severity: 'warning',
      depicted: false,
      range: { start: doc.lastDepictedStart, end: doc.lastDepictedEnd, line: doc.lastDepictedLine, column: 1 },
      actual: text(doc.lastDepictedStart, doc.lastDepictedEnd),
      message: msgs?.noCounter.message ?? 'Depicted bullying is not followed by a counter-message.',
      suggestions: [msgs?.noCounter.suggestion ?? 'Add a later line that names the harm or shows kindness.'],
      explanation: msgs?.noCounter.explanation ?? 'Stories that show bullying should also show it answered.',
      source: 'kindframe'
    })
  }
  for (const problem of engine.problems)
    extra.push({
      ruleId: 'kind/meta/data',
      category: 'meta',
      severity: 'info',
      depicted: false,
      range: { start: 0, end: 0, line: 1, column: 1 },
      actual: '',
      message: problem,
      suggestions: ['Reinstall Kindframe or restore the named file; the rest of the lint keeps working.'],
      explanation: 'A lexicon, rule pack or model file that cannot be read is skipped so the lint never stops.',
      source: 'kindframe'
    })
  if (doc.truncated)
    extra.push({
      ruleId: 'kind/meta/truncated',
      category: 'meta',
      severity: 'info',
      depicted: false,
      range: { start: 0, end: 0, line: 1, column: 1 },
      actual: '',
      message: `Stopped after ${MAX_ISSUES} findings; this text is too long or too unkind to list completely.`,
      suggestions: ['Lint the script in smaller parts.'],
      explanation: 'A cap keeps linting fast and bounded on very large inputs.',
      source: 'kindframe'
    })
  return extra
}

function linterFor(engine: Engine): LineLinter {
  return (line, state, cueDepicted) => lintLine(line, state, engine, cueDepicted)
}

/** Lints a script (or any text) line by line. Pure; runs in the renderer, main and the CLI. */
export function lintText(text: string, options: LintOptions): LintIssue[] {
  const engine = engineFor(options)
  const doc = scan(typeof text === 'string' ? text : '', linterFor(engine), false)
  return doc.found.map((f) => place(f)).concat(documentIssues(doc, engine, (s, e) => text.slice(s, e)))
}

/**
 * What one cue contributes to lintCues: its scan, and (computed when first needed) whether it
 * carries a counter-message. Both depend only on the engine, the cue's text and whether its speaker
 * is a depiction speaker, so they are memoized per engine under the text: after an edit, re-linting
 * a 5,000-cue track re-lints the changed cue and looks the others up.
 */
interface CueScan {
  doc: DocScan
  counter?: boolean
}

export interface CueMemo {
  /** By text, for cues whose speaker is not a depiction speaker, and for those whose speaker is. */
  plain: BoundedCache<CueScan>
  depicted: BoundedCache<CueScan>
  /** Speaker name → is a depiction speaker (a track has a handful of speakers). */
  speakers: Map<string, boolean>
}

/**
 * Per engine, so it goes when engineFor drops the engine. 10,000 texts per generation hold a
 * 5,000-cue track with room to spare (~1 MB); a bigger track just re-lints its oldest cues.
 */
const cueMemos = cueMemosCache

function cueMemoFor(engine: Engine): CueMemo {
  let memo = cueMemos.get(engine)
  if (!memo)
    cueMemos.set(
      engine,
      (memo = {
        plain: new BoundedCache(CUE_TEXTS),
        depicted: new BoundedCache(DEPICTED_CUE_TEXTS),
        speakers: new Map()
      })
    )
  return memo
}

function isDepictedSpeaker(memo: CueMemo, speaker: string | undefined, speakers: ReadonlySet<string>): boolean {
  if (!speaker) return false
  let depicted = memo.speakers.get(speaker)
  if (depicted === undefined) {
    if (memo.speakers.size > 1000) memo.speakers.clear()
    memo.speakers.set(speaker, (depicted = isDepictionSpeaker(speaker, speakers)))
  }
  return depicted
}

/**
 * Lints subtitle cues in time order. A cue spoken by a depiction speaker ("bully") or starting with a
 * "[bully]" tag is depicted; a later kind cue satisfies the counter-message check.
 */
export function lintCues(cues: LintCueInput[], options: LintOptions): LintIssue[] {
  const engine = engineFor(options)
  const lint = linterFor(engine)
  const memo = cueMemoFor(engine)
  const speakers = engine.pack?.depictionSpeakers ?? new Set(['bully'])
  const ordered = [...cues].sort((a, b) => a.startMs - b.startMs)
  const out: LintIssue[] = []
  let lastDepicted: LintCueInput | null = null
  let countered = false
  let truncated = false
  for (const cue of ordered) {
    const speakerDepicted = isDepictedSpeaker(memo, cue.speaker, speakers)
    const text = cue.text ?? ''
    const byText = speakerDepicted ? memo.depicted : memo.plain
    let cached = byText.get(text)
    if (!cached) byText.set(text, (cached = { doc: scan(text, lint, speakerDepicted) }))
    const doc = cached.doc
    for (const f of doc.found) {
      if (out.length >= MAX_ISSUES) {
        truncated = true
        break
      }
      out.push(place(f, { cueId: cue.id, startMs: cue.startMs }))
    }
    if (doc.lastDepictedLine) {
      lastDepicted = cue
      countered = doc.counterAfterDepiction
    } else if (lastDepicted && (cached.counter ??= hasCounter(text, lint))) countered = true
  }
  // The same document-level notices as lintText: the missing counter-message on the last depicted
  // cue, plus "truncated" past MAX_ISSUES and unreadable data files.
  const depicted = lastDepicted && !countered ? lastDepicted : null
  const doc: DocScan = {
    found: [],
    lastDepictedLine: depicted ? 1 : 0,
    lastDepictedStart: 0,
    lastDepictedEnd: depicted?.text.length ?? 0,
    counterAfterDepiction: false,
    truncated
  }
  for (const issue of documentIssues(doc, engine, () => depicted?.text ?? ''))
    out.push(
      issue.ruleId === 'kind/depiction/no-counter-message' && depicted
        ? { ...issue, range: { ...issue.range, cueId: depicted.id, startMs: depicted.startMs } }
        : issue
    )
  return out
}

function hasCounter(text: string, lint: LineLinter): boolean {
  let state = START_STATE
  for (const line of text.split('\n')) {
    const r = lint(line, state, false)
    if (r.counter) return true
    state = r.next
  }
  return false
}

/**
 * Re-lints only lines that changed since the last call: each line's result depends only on its text
 * and the directive state entering it, so results are cached under (state, text). One keystroke in a
 * 500-word script re-lints one line.
 */
export function createIncrementalLinter(options: LintOptions): { update(text: string): LintIssue[] } {
  const engine = engineFor(options)
  let cache = new Map<string, LineResult>()
  return {
    update(text: string): LintIssue[] {
      const next = new Map<string, LineResult>()
      const lint: LineLinter = (line, state, cueDepicted) => {
        const key = `${stateKey(state)}\u0001${line}`
        let r = next.get(key) ?? cache.get(key)
        if (!r) r = lintLine(line, state, engine, cueDepicted)
        next.set(key, r)
        return r
      }
      const doc = scan(text, lint, false)
      cache = next
      return doc.found.map((f) => place(f)).concat(documentIssues(doc, engine, (s, e) => text.slice(s, e)))
    }
  }
}
