import type { WordTiming } from '../project/schema'

/** The shortest a word can be made by moving a boundary (about two frames at 30 fps). */
export const MIN_WORD_MS = 60

/**
 * Moves the boundary before word `index` (1 … n − 1) to `atMs` (ms from the cue's start): word `index`
 * starts there and the word before ends there. Clamped so neither word gets shorter than MIN_WORD_MS.
 * Pure; the studio applies it as one undoable edit (drag a word tick, or W at the playhead).
 */
export function moveWordBoundary(words: readonly WordTiming[], index: number, atMs: number): WordTiming[] {
  if (index < 1 || index >= words.length) return [...words]
  const prev = words[index - 1]!
  const word = words[index]!
  const lo = prev.fromMs + MIN_WORD_MS
  const hi = Math.max(lo, word.toMs - MIN_WORD_MS)
  const at = Math.round(Math.min(hi, Math.max(lo, atMs)))
  return words.map((w, i) => (i === index - 1 ? { ...w, toMs: at } : i === index ? { ...w, fromMs: at } : w))
}

/** The boundary nearest to `atMs` (ms from the cue's start), or -1 when the cue has fewer than two words. */
export function nearestBoundary(words: readonly WordTiming[], atMs: number): number {
  let best = -1
  let distance = Infinity
  for (let i = 1; i < words.length; i++) {
    const d = Math.abs(words[i]!.fromMs - atMs)
    if (d < distance) {
      best = i
      distance = d
    }
  }
  return best
}
