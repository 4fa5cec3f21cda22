import { wordsFromEnergy } from '../../../shared/captions/audio-words'
import { spreadWords } from '../../../shared/captions/words'
import type { WordTiming } from '../../../shared/project/schema'
import { waveform } from './waveform'

export interface CueText {
  id: string
  startMs: number
  endMs: number
  text: string
}

export interface WordTimingResult {
  /** Cue id → its words, ms from the cue's start. */
  words: Record<string, WordTiming[]>
  /** Cue ids timed from speech in the audio; the others were spread by syllable weight. */
  fromAudio: string[]
}

/**
 * Word timings for cues of one media file: from the audio's energy and pauses inside each cue where
 * there is speech (captions/audio-words.ts), otherwise spread by syllable weight. One decode of the
 * audio (the waveform service, 100 peaks/s = 10 ms steps, finer than an ASS centisecond is not needed).
 */
export async function estimateWordTimings(
  path: string,
  cues: readonly CueText[],
  locale: string
): Promise<WordTimingResult> {
  const wave = await waveform(path, 100)
  const words: Record<string, WordTiming[]> = {}
  const fromAudio: string[] = []
  for (const cue of cues) {
    if (!(cue.endMs > cue.startMs) || !cue.text.trim()) continue
    const heard = wave.peaks.length
      ? wordsFromEnergy(cue.text, cue.startMs, cue.endMs, wave.peaks, wave.peaksPerSecond, locale)
      : null
    if (heard) fromAudio.push(cue.id)
    words[cue.id] = heard ?? spreadWords(cue.text, cue.endMs - cue.startMs, locale)
  }
  return { words, fromAudio }
}
