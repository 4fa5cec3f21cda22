import type { CueMark, WordTiming } from '../project/schema'
import { tokenizeWords } from './tokens'
import { timedWords } from './words'

/**
 * ASS karaoke (`\k`, `\K`, `\kf`, `\ko`: a duration in centiseconds for the syllable that follows) ↔ word
 * timings. The ASS reader keeps unknown override tags as zero-width 'ass' marks; these functions turn the
 * karaoke ones into words on import and write words back as `{\kNN}` marks on export.
 */

const K_TAG = /\\(?:kf|ko|k|K)(\d+(?:\.\d+)?)/g
const HAS_K = /\\(?:kf|ko|k|K)\d/

export interface KaraokeResult {
  marks: CueMark[] | undefined
  words: WordTiming[] | undefined
  /** Plain-language notes for the import report (timings clamped, …). */
  notes: string[]
}

/** Reads `\k` tags out of a cue's 'ass' marks into word timings; other tags stay as they were. */
export function karaokeToWords(
  text: string,
  marks: readonly CueMark[] | undefined,
  durationMs: number,
  locale = 'und'
): KaraokeResult {
  const syllables: { at: number; fromMs: number; toMs: number }[] = []
  const kept: CueMark[] = []
  let clock = 0
  for (const m of marks ?? []) {
    if (m.kind !== 'ass' || !m.value || !HAS_K.test(m.value)) {
      kept.push(m)
      continue
    }
    for (const k of m.value.matchAll(K_TAG)) {
      const ms = Math.round(Number(k[1]) * 10)
      syllables.push({ at: m.from, fromMs: clock, toMs: clock + ms })
      clock += ms
    }
    const rest = m.value.replace(K_TAG, '')
    if (rest !== '{}' && rest !== '') kept.push({ ...m, value: rest })
  }
  if (!syllables.length) return { marks: marks ? [...marks] : undefined, words: undefined, notes: [] }
  const notes: string[] = []
  if (clock > durationMs)
    notes.push(
      `karaoke timings run ${clock - durationMs} ms past the end of the cue; the words after its end were fitted into the cue`
    )
  // Several \k at one offset (a pause before a word): the word starts with the last one.
  const at = (offset: number) => {
    let best: (typeof syllables)[number] | undefined
    for (const s of syllables) if (s.at <= offset) best = s
    return best ?? syllables[0]!
  }
  const words = tokenizeWords(text, locale).map((t) => {
    const first = at(t.from)
    const last = at(Math.max(t.from, t.to - 1))
    return { text: t.text, fromMs: first.fromMs, toMs: Math.max(first.fromMs, last.toMs) }
  })
  // timedWords clamps into the cue and orders; what comes out is what renders.
  const fitted = timedWords(text, words, durationMs, locale).map((w) => ({
    text: w.text,
    fromMs: w.fromMs,
    toMs: w.toMs
  }))
  return { marks: kept.length ? kept : undefined, words: fitted, notes }
}

/** Word timings → `{\kNN}` point marks (one before each word; a pause becomes its own `\k`). */
export function wordsToKaraokeMarks(
  text: string,
  words: readonly WordTiming[] | undefined,
  durationMs: number,
  locale = 'und'
): CueMark[] {
  if (!words?.length) return []
  const timed = timedWords(text, words, durationMs, locale)
  const cs = (ms: number) => Math.max(0, Math.round(ms / 10))
  const out: CueMark[] = []
  timed.forEach((w, i) => {
    if (i === 0 && w.fromMs > 0) out.push({ from: w.from, to: w.from, kind: 'ass', value: `{\\k${cs(w.fromMs)}}` })
    // A word lasts until the next one starts (or the cue ends): \k has no gaps.
    const end = i + 1 < timed.length ? timed[i + 1]!.fromMs : Math.max(w.toMs, durationMs)
    out.push({ from: w.from, to: w.from, kind: 'ass', value: `{\\k${cs(end) - cs(w.fromMs)}}` })
  })
  return out
}

/** True when the marks already carry karaoke tags (an imported file's own `\k`, written back as they were). */
export function hasKaraoke(marks: readonly CueMark[] | undefined): boolean {
  return !!marks?.some((m) => m.kind === 'ass' && !!m.value && HAS_K.test(m.value))
}
