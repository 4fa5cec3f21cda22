import type { WordTiming } from '../project/schema'
import { tokenizeWords, type WordToken } from './tokens'
import { spreadByWeight } from './word-weights'

/** A word of a cue with where it is in the text and when it is spoken (ms from the cue's start). */
export interface TimedWord extends WordToken {
  fromMs: number
  toMs: number
}

/** Word timings spread over the whole cue by syllable weight (no audio). */
export function spreadWords(text: string, durationMs: number, locale = 'und'): WordTiming[] {
  const tokens = tokenizeWords(text, locale)
  return spreadByWeight(
    tokens.map((t) => t.text),
    0,
    durationMs
  ).map((s, i) => ({ text: tokens[i]!.text, ...s }))
}

/**
 * The cue's words with times, whatever state the stored timings are in: words still in the text keep
 * their stored times (matched in order, as a diff would), new words share the time around them by
 * weight, and everything is clamped into the cue and made ordered. Pure; the renderer and the editor
 * both use it, so a stale or hand-edited timing can shift a highlight but never break the render.
 */
export function timedWords(
  text: string,
  stored: readonly WordTiming[] | undefined,
  durationMs: number,
  locale = 'und'
): TimedWord[] {
  const tokens = tokenizeWords(text, locale)
  if (!tokens.length) return []
  const dur = Math.max(0, durationMs)
  const kept = reconcile(
    tokens.map((t) => t.text),
    stored ?? [],
    dur
  )
  return tokens.map((t, i) => ({ ...t, ...kept[i]! }))
}

/** Stored timings carried over to a new text (for saving after an edit): see timedWords. */
export function reconcileWords(
  text: string,
  stored: readonly WordTiming[] | undefined,
  durationMs: number,
  locale = 'und'
): WordTiming[] {
  return timedWords(text, stored, durationMs, locale).map((w) => ({ text: w.text, fromMs: w.fromMs, toMs: w.toMs }))
}

/** Longest common subsequence of word texts (case-insensitive): pairs [newIndex, oldIndex]. */
function matchWords(next: readonly string[], old: readonly string[]): [number, number][] {
  // Punctuation and case do not make a different word ("kind" → "kind!" keeps its time).
  const key = (s: string) => s.toLocaleLowerCase().replace(/[^\p{L}\p{N}\p{M}\p{Extended_Pictographic}]/gu, '') || s
  const n = next.length
  const m = old.length
  // Cues have tens of words: the O(n·m) table is tiny.
  const dp = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1))
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      dp[i]![j] = key(next[i]!) === key(old[j]!) ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!)
  const pairs: [number, number][] = []
  for (let i = 0, j = 0; i < n && j < m;) {
    if (key(next[i]!) === key(old[j]!)) pairs.push([i++, j++])
    else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++
    else j++
  }
  return pairs
}

function reconcile(
  texts: readonly string[],
  stored: readonly WordTiming[],
  dur: number
): { fromMs: number; toMs: number }[] {
  const out: ({ fromMs: number; toMs: number } | undefined)[] = texts.map(() => undefined)
  // Keep matched words whose times are sane and in order; anything else is re-spread.
  let floor = 0
  for (const [i, j] of matchWords(
    texts,
    stored.map((w) => w.text)
  )) {
    const w = stored[j]!
    const from = Math.max(floor, Math.min(w.fromMs, dur))
    const to = Math.min(dur, Math.max(from, w.toMs))
    if (to <= from && dur > 0) continue
    out[i] = { fromMs: from, toMs: to }
    floor = to
  }
  // Fill each run of untimed words between timed neighbours by weight.
  for (let i = 0; i < texts.length;) {
    if (out[i]) {
      i++
      continue
    }
    let j = i
    while (j < texts.length && !out[j]) j++
    let from = i > 0 ? out[i - 1]!.toMs : 0
    let to = j < texts.length ? out[j]!.fromMs : dur
    let lo = i
    let hi = j
    // No room left between the neighbours (< 80 ms a word): share a neighbour's time instead.
    if (to - from < 80 * (j - i)) {
      if (i > 0) from = out[(lo = i - 1)]!.fromMs
      else if (j < texts.length) to = out[(hi = j + 1) - 1]!.toMs
    }
    const spread = spreadByWeight(texts.slice(lo, hi), from, Math.max(from, to))
    for (let k = lo; k < hi; k++) out[k] = spread[k - lo]
    i = j
  }
  return out as { fromMs: number; toMs: number }[]
}
