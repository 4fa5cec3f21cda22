import type { WordTiming } from '../project/schema'
import { tokenizeWords } from './tokens'
import { wordWeight } from './word-weights'

/**
 * Word timings from the audio inside a cue: where the voice is (energy above the cue's own noise
 * floor) and where it pauses. The words are laid over the voiced time only, in proportion to their
 * syllable weight, and a boundary that lands just beside a pause moves into it — so pauses fall between
 * words, as they do in speech. Returns null when the cue has no clear speech (music, silence, a
 * picture-only clip): the caller then spreads the words by weight over the whole cue.
 * Pure: peaks (max |sample| per bucket, 0..1) come from the waveform service.
 */

export interface EnergyOptions {
  /** Pauses shorter than this are part of the word (stops, breaths). */
  minPauseMs: number
  /** Voiced bits shorter than this are clicks, not speech. */
  minVoiceMs: number
  /** How far a boundary may move to reach a pause. */
  snapMs: number
}

const DEFAULTS: EnergyOptions = { minPauseMs: 60, minVoiceMs: 40, snapMs: 160 }

export function wordsFromEnergy(
  text: string,
  cueStartMs: number,
  cueEndMs: number,
  peaks: readonly number[],
  peaksPerSecond: number,
  locale = 'und',
  o: EnergyOptions = DEFAULTS
): WordTiming[] | null {
  const tokens = tokenizeWords(text, locale)
  const msPer = 1000 / peaksPerSecond
  const first = Math.max(0, Math.floor(cueStartMs / msPer))
  const last = Math.min(peaks.length, Math.ceil(cueEndMs / msPer))
  if (!tokens.length || last - first < 3) return null
  const frames = peaks.slice(first, last)
  const voiced = voicedFrames(frames, msPer, o)
  if (!voiced) return null
  const runs = runsOf(voiced)
  const voicedTotal = runs.reduce((n, [a, b]) => n + (b - a), 0)
  // Under a tenth of the cue voiced is a noise, not the line being said.
  if (voicedTotal < frames.length * 0.1) return null

  // Cumulative weight → a point in voiced time → a frame.
  const weights = tokens.map((t) => wordWeight(t.text))
  const total = weights.reduce((a, b) => a + b, 0)
  const frameAtVoiced = (v: number): number => {
    let left = v
    for (const [a, b] of runs) {
      if (left <= b - a) return a + left
      left -= b - a
    }
    return runs.at(-1)![1]
  }
  const boundaries: number[] = [runs[0]![0]]
  let acc = 0
  for (let i = 0; i < tokens.length - 1; i++) {
    acc += weights[i]!
    boundaries.push(snapToPause(frameAtVoiced((voicedTotal * acc) / total), runs, o.snapMs / msPer))
  }
  const end = runs.at(-1)![1]
  const toMs = (frame: number) => Math.round((first + frame) * msPer - cueStartMs)
  const dur = cueEndMs - cueStartMs
  return tokens.map((t, i) => {
    const from = Math.min(dur, Math.max(0, toMs(boundaries[i]!)))
    const next = i + 1 < tokens.length ? boundaries[i + 1]! : end
    return { text: t.text, fromMs: from, toMs: Math.min(dur, Math.max(from, toMs(lastVoicedBefore(next, runs)))) }
  })
}

/** Voiced flags per frame, or null when the level never rises clearly above the floor. */
function voicedFrames(frames: readonly number[], msPer: number, o: EnergyOptions): boolean[] | null {
  const sorted = [...frames].sort((a, b) => a - b)
  const floor = sorted[Math.floor(sorted.length * 0.1)]!
  const loud = sorted[Math.floor(sorted.length * 0.9)]!
  // -34 dBFS peak and 3× the floor: quieter or flatter than that is not a voice we can time.
  if (loud < 0.02 || loud < floor * 3) return null
  const threshold = floor + 0.3 * (loud - floor)
  const flags = frames.map((p) => p > threshold)
  fillShort(flags, false, Math.round(o.minPauseMs / msPer))
  fillShort(flags, true, Math.round(o.minVoiceMs / msPer))
  return flags.some(Boolean) ? flags : null
}

/** Inner runs of `value` shorter than `frames` take the value around them. */
function fillShort(flags: boolean[], value: boolean, frames: number): void {
  for (let i = 0; i < flags.length;) {
    if (flags[i] !== value) {
      i++
      continue
    }
    let j = i
    while (j < flags.length && flags[j] === value) j++
    const inner = i > 0 && j < flags.length
    if (j - i < frames && (inner || value)) for (let k = i; k < j; k++) flags[k] = !value
    i = j
  }
}

/** [start, end) frame ranges of voiced frames. */
function runsOf(flags: readonly boolean[]): [number, number][] {
  const runs: [number, number][] = []
  for (let i = 0; i < flags.length;) {
    if (!flags[i]) {
      i++
      continue
    }
    let j = i
    while (j < flags.length && flags[j]) j++
    runs.push([i, j])
    i = j
  }
  return runs
}

/** A boundary near a pause moves to the start of the voice after it (the next word begins there). */
function snapToPause(frame: number, runs: readonly [number, number][], reach: number): number {
  let best = frame
  let bestDistance = Infinity
  for (let k = 1; k < runs.length; k++) {
    const pauseStart = runs[k - 1]![1]
    const voiceStart = runs[k]![0]
    const distance = frame < pauseStart ? pauseStart - frame : frame > voiceStart ? frame - voiceStart : 0
    if (distance <= reach && distance < bestDistance) {
      best = voiceStart
      bestDistance = distance
    }
  }
  return best
}

/** The end of the voice before `frame` (a word ends where its sound does, not where the next begins). */
function lastVoicedBefore(frame: number, runs: readonly [number, number][]): number {
  let end = frame
  for (const [a, b] of runs) {
    if (a >= frame) break
    end = Math.min(frame, b)
  }
  return end
}
