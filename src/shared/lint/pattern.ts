import { KindframeError } from '../errors'
import { normalizeWord } from './normalize'
import { patternExpansions } from './caches'

/**
 * Rule phrase syntax (documented in docs/lint.md):
 *   loser|losers|fat ass  whole-phrase alternatives (a top-level bar splits the phrase)
 *   really?               optional word
 *   (will|ll|am going to) group of alternatives inside a phrase; (…)? makes it optional
 *   {you}                 locale placeholder (expands to you/u/ya, kamu/kau/awak, ikaw/ka, você/vc, tú/tu…)
 *   *                     exactly one word of any kind (not first or last)
 * Words are normalised like text (lower case, diacritics folded, apostrophes split).
 */
export type Sequence = string[]
export const ANY = '*'
const MAX_EXPANSIONS = 4000
const WORD = /[\p{L}\p{M}\p{N}@$*]+/gu

export interface PatternContext {
  placeholders: Record<string, string[]>
  /** For error messages. */
  where: string
}

// A plain lower-case word (most of a pack's words) is one word and its own normal form.
const PLAIN_WORD = /^[a-z0-9]+$/

export function wordsOf(text: string): string[] {
  if (PLAIN_WORD.test(text)) return [text]
  return [...text.matchAll(WORD)].map((m) => (m[0] === ANY ? ANY : normalizeWord(m[0])))
}

/** `\s` without a regex for ASCII (patterns are scanned character by character). */
function isSpace(c: string): boolean {
  const code = c.charCodeAt(0)
  return code < 0x80 ? code === 32 || (code >= 9 && code <= 13) : /\s/.test(c)
}

function product(a: Sequence[], b: Sequence[], ctx: PatternContext): Sequence[] {
  if (a.length * b.length > MAX_EXPANSIONS)
    throw new KindframeError(
      'parse-failed',
      `${ctx.where}: pattern expands to more than ${MAX_EXPANSIONS} phrases; split it`
    )
  // One alternative (a literal word): extend the sequences in place. They are always arrays this
  // expansion made itself (the start [[]] or an earlier product), never shared ones.
  if (b.length === 1) {
    for (const x of a) for (const w of b[0]) x.push(w)
    return a
  }
  const out: Sequence[] = []
  for (const x of a) for (const y of b) out.push(x.concat(y))
  return out
}

function expandAlternatives(alts: string[], ctx: PatternContext, depth: number): Sequence[] {
  const out: Sequence[] = []
  for (const alt of alts) out.push(...expand(alt, ctx, depth + 1))
  return out
}

/** "fat ass|fatso" → ["fat ass", "fatso"]: a top-level bar separates whole phrases. */
function splitTopLevel(pattern: string): string[] {
  const parts: string[] = []
  let depth = 0
  let from = 0
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '(' || c === '{') depth++
    else if (c === ')' || c === '}') depth--
    else if (c === '|' && depth === 0) {
      parts.push(pattern.slice(from, i))
      from = i + 1
    }
  }
  parts.push(pattern.slice(from))
  return parts
}

/**
 * Expansions of groups and placeholders, per placeholder table: a pack uses "{you}" or
 * "(will|ll|am going to)" in hundreds of phrases. Only successful expansions are kept (an error
 * is thrown again, with its own `where`, each time), and the kept sequences are never mutated:
 * product() only ever extends the sequences it created itself.
 */
const groupMemos = patternExpansions

function memoFor(placeholders: Record<string, string[]>): Map<string, Sequence[]> {
  let memo = groupMemos.get(placeholders)
  if (!memo) groupMemos.set(placeholders, (memo = new Map()))
  return memo
}

/** Expands a phrase into every literal word sequence it stands for. */
export function expand(pattern: string, ctx: PatternContext, depth = 0): Sequence[] {
  if (depth > 4) throw new KindframeError('parse-failed', `${ctx.where}: placeholders nest too deeply in "${pattern}"`)
  const parts = splitTopLevel(pattern)
  if (parts.length > 1) return expandAlternatives(parts, ctx, depth)
  let result: Sequence[] = [[]]
  let i = 0
  while (i < pattern.length) {
    const c = pattern[i]
    if (isSpace(c)) {
      i++
      continue
    }
    let options: Sequence[]
    if (c === '(' || c === '{') {
      const close = pattern.indexOf(c === '(' ? ')' : '}', i)
      if (close < 0) throw new KindframeError('parse-failed', `${ctx.where}: unclosed "${c}" in "${pattern}"`)
      const inner = pattern.slice(i + 1, close)
      const memo = memoFor(ctx.placeholders)
      const key = `${c}${depth}\u0000${inner}`
      const known = memo.get(key)
      if (known) options = known
      else if (c === '{') {
        const values = ctx.placeholders[inner]
        if (!values)
          throw new KindframeError('parse-failed', `${ctx.where}: unknown placeholder {${inner}} in "${pattern}"`)
        memo.set(key, (options = expandAlternatives(values, ctx, depth)))
      } else {
        memo.set(key, (options = expandAlternatives(inner.split('|'), ctx, depth)))
      }
      i = close + 1
    } else {
      let end = i
      while (end < pattern.length && pattern[end] !== '(' && pattern[end] !== '{' && !isSpace(pattern[end])) end++
      const spec = pattern.slice(i, end).replace(/\?$/, '')
      // Punctuation in a phrase ("calm down, sweetie") is not a word: text punctuation is skipped too.
      if (!spec.includes('|') && wordsOf(spec).length === 0) {
        i = end
        continue
      }
      options = spec.split('|').map(wordsOf)
      if (options.some((o) => o.length === 0))
        throw new KindframeError('parse-failed', `${ctx.where}: empty alternative in "${pattern}"`)
      i = pattern[end - 1] === '?' ? end - 1 : end
    }
    if (pattern[i] === '?') {
      options = options.concat([[]])
      i++
    }
    result = product(result, options, ctx)
  }
  const sequences = result.filter((s) => s.length > 0)
  if (sequences.length === 0)
    throw new KindframeError('parse-failed', `${ctx.where}: pattern "${pattern}" matches nothing`)
  for (const s of sequences)
    if (s[0] === ANY || s[s.length - 1] === ANY)
      throw new KindframeError('parse-failed', `${ctx.where}: "*" cannot start or end a phrase ("${pattern}")`)
  return sequences
}
