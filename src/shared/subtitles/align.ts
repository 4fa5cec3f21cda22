import type { Cue, Translation } from '../project/schema'
import { cueFingerprint } from './fingerprint'
import { joinRich } from './rich/marks'

export interface UnmatchedCue {
  cue: Cue
  reason: 'no-overlap' | 'weak-overlap'
  /** The source cue it overlaps most, if any. */
  nearestSourceId?: string
}

export interface Alignment {
  /** source cue id → translation (status draft, fingerprinted against the source cue). */
  translations: Record<string, Translation>
  /** Translated cues that could not be placed on a source cue. */
  unmatched: UnmatchedCue[]
  /** Source cue ids that received several translated cues (joined with a line break, in time order). */
  joined: string[]
  /** Source cue ids no translated cue landed on. */
  untranslated: string[]
}

/**
 * Places the cues of a translated SRT/VTT on the source cues by time overlap. A translated cue belongs
 * to the source cue it overlaps most, if that overlap covers at least `minOverlap` of the shorter of
 * the two (default half) — translators often nudge timings, but a cue that merely grazes a neighbour
 * is not its translation. Several translated cues on one source cue are joined. Linear: both tracks are
 * walked in time order.
 */
export function alignTranslatedCues(source: readonly Cue[], translated: readonly Cue[], minOverlap = 0.5): Alignment {
  const src = [...source].sort((a, b) => a.startMs - b.startMs)
  const texts = new Map<string, Cue[]>()
  const unmatched: UnmatchedCue[] = []
  let first = 0
  for (const t of [...translated].sort((a, b) => a.startMs - b.startMs)) {
    while (first < src.length && src[first].endMs <= t.startMs) first++
    let best: Cue | undefined
    let bestOverlap = 0
    for (let i = first; i < src.length && src[i].startMs < t.endMs; i++) {
      const overlap = Math.min(src[i].endMs, t.endMs) - Math.max(src[i].startMs, t.startMs)
      if (overlap > bestOverlap) {
        best = src[i]
        bestOverlap = overlap
      }
    }
    if (!best) {
      unmatched.push({ cue: t, reason: 'no-overlap' })
      continue
    }
    const shorter = Math.max(1, Math.min(best.endMs - best.startMs, t.endMs - t.startMs))
    if (bestOverlap / shorter < minOverlap) {
      unmatched.push({ cue: t, reason: 'weak-overlap', nearestSourceId: best.id })
      continue
    }
    const list = texts.get(best.id) ?? []
    list.push(t)
    texts.set(best.id, list)
  }
  const translations: Record<string, Translation> = {}
  const joined: string[] = []
  const untranslated: string[] = []
  for (const cue of src) {
    const list = texts.get(cue.id)
    if (!list) {
      untranslated.push(cue.id)
      continue
    }
    if (list.length > 1) joined.push(cue.id)
    // The translated file's formatting comes along with its text.
    const joinedText = joinRich(list, '\n')
    translations[cue.id] = {
      text: joinedText.text,
      status: 'draft',
      sourceFingerprint: cueFingerprint(cue),
      ...(joinedText.marks ? { marks: joinedText.marks } : {})
    }
  }
  return { translations, unmatched, joined, untranslated }
}
