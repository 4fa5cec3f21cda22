import type { Cue, WordTiming } from '../project/schema'
import { reconcileWords } from './words'

/**
 * After any edit of a track (typing, timing, split, merge), word timings follow their words: a cue whose
 * words came from a cue that has since moved, changed length or changed text gets them back in absolute
 * time, rebased on its own start, and reconciled with its text (words that still exist keep their times,
 * new ones share the time around them). Cues an edit did not touch come back as they were (same object).
 * Pure. Edits copy the `words` array along with the cue, so the array itself tells where it came from.
 */
export function carryWordTimings(before: readonly Cue[], after: readonly Cue[], locale = 'und'): Cue[] {
  const sources = new Map<readonly WordTiming[], Cue>()
  for (const c of before) if (c.words) sources.set(c.words, c)
  if (!sources.size) return after as Cue[]
  let changed = false
  const out = after.map((cue) => {
    const source = cue.words ? sources.get(cue.words) : undefined
    if (!source || (source.startMs === cue.startMs && source.endMs === cue.endMs && source.text === cue.text))
      return cue
    const shift = source.startMs - cue.startMs
    const shifted = cue.words!.map((w) => ({
      text: w.text,
      fromMs: Math.max(0, w.fromMs + shift),
      toMs: Math.max(0, w.toMs + shift)
    }))
    changed = true
    return { ...cue, words: reconcileWords(cue.text, shifted, cue.endMs - cue.startMs, locale) }
  })
  return changed ? out : (after as Cue[])
}
