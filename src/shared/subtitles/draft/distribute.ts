import type { Cue } from '../../project/schema'
import { readableLength } from '../text-metrics'
import type { Segment } from './silence'

/**
 * Times chunks over speech: the speech segments are laid end to end (silences removed) and each chunk
 * gets a share proportional to its length in characters. Pauses are where sentences usually end, so
 * each pause is then snapped to the nearest chunk boundary (if that boundary lies between its
 * neighbours): the chunk before ends where the speech stops, the next starts when it resumes. A chunk
 * that still spans a pause simply stays up through it. Pure; ids c1…cN.
 */
export function distributeChunks(chunks: readonly string[], segments: readonly Segment[]): Cue[] {
  if (chunks.length === 0 || segments.length === 0) return []
  const starts: number[] = []
  let total = 0
  for (const s of segments) {
    starts.push(total)
    total += s.endMs - s.startMs
  }
  const weights = chunks.map((c) => Math.max(1, readableLength(c)))
  const sum = weights.reduce((a, b) => a + b, 0)
  const bounds: number[] = [0]
  let acc = 0
  for (const w of weights) {
    acc += w
    bounds.push((total * acc) / sum)
  }
  // gapAt[k] = index of the segment that starts at boundary k (k snapped to a pause), else -1.
  // Pairs (pause, boundary) are matched closest first, so a pause right on a boundary is never
  // stolen by a farther one; a pause must also fall between the boundary's neighbours.
  const gapAt = bounds.map(() => -1)
  const pairs: { j: number; k: number; d: number }[] = []
  for (let j = 1; j < segments.length; j++)
    for (let k = 1; k < bounds.length - 1; k++) pairs.push({ j, k, d: Math.abs(bounds[k] - starts[j]) })
  pairs.sort((a, b) => a.d - b.d)
  const usedPause = new Set<number>()
  for (const { j, k } of pairs) {
    if (usedPause.has(j) || gapAt[k] >= 0) continue
    const g = starts[j]
    if (g <= bounds[k - 1] || g >= bounds[k + 1]) continue
    bounds[k] = g
    gapAt[k] = j
    usedPause.add(j)
  }
  // Between two fixed points (ends or snapped pauses), re-spread the other boundaries by length again.
  const cum = [0]
  for (const w of weights) cum.push(cum[cum.length - 1] + w)
  let anchor = 0
  for (let k = 1; k < bounds.length; k++) {
    if (gapAt[k] < 0 && k !== bounds.length - 1) continue
    for (let m = anchor + 1; m < k; m++)
      bounds[m] = bounds[anchor] + ((bounds[k] - bounds[anchor]) * (cum[m] - cum[anchor])) / (cum[k] - cum[anchor])
    anchor = k
  }
  const realAt = (v: number, side: 'start' | 'end'): number => {
    let s = segments.length - 1
    while (s > 0 && (side === 'start' ? starts[s] > v : starts[s] >= v)) s--
    return Math.round(segments[s].startMs + Math.min(v - starts[s], segments[s].endMs - segments[s].startMs))
  }
  return chunks.map((text, i) => {
    const a = gapAt[i] >= 0 ? segments[gapAt[i]].startMs : i === 0 ? segments[0].startMs : realAt(bounds[i], 'start')
    const b =
      gapAt[i + 1] >= 0
        ? segments[gapAt[i + 1] - 1].endMs
        : i === chunks.length - 1
          ? segments[segments.length - 1].endMs
          : realAt(bounds[i + 1], 'end')
    return { id: `c${i + 1}`, startMs: a, endMs: Math.max(a, b), text }
  })
}
