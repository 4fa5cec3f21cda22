import type { WordTiming, Cue, CueMark, CueNative, CuePlacement, TrackNative } from '../../project/schema'
import type { ParseReport } from '../report'

export type SubtitleFormat = 'srt' | 'vtt' | 'ass'

/** An ASS style line as field name → value (the file's own Format order is kept in `format`). */
export interface AssStyles {
  format: string[]
  styles: Record<string, string>[]
}

/** Cue text a reader could not keep as a timed cue, kept so the kindness lint still reads it. */
export interface DroppedCue {
  /** Line of the cue's timing line (or first line) in the file. */
  line: number
  text: string
  startMs?: number
  endMs?: number
  speaker?: string
}

export interface ParsedSubtitles {
  format: SubtitleFormat
  cues: Cue[]
  /** Cues the reader had to drop (bad or backwards timing, text without a cue), with their text. */
  dropped: DroppedCue[]
  report: ParseReport
  /** The file's header, styles, regions, kept for writing the same format back. */
  native?: TrackNative
}

/** A cue as read, before timing checks, with the line it started on. */
export interface RawCue {
  line: number
  startMs: number
  endMs: number
  text: string
  speaker?: string
  id?: string
  marks?: CueMark[]
  place?: CuePlacement
  native?: CueNative
  /** Word timings read from karaoke tags (ASS `\k`). */
  words?: WordTiming[]
  /** Already reported as unusable: kept only for its text (DroppedCue). */
  invalid?: boolean
}

/**
 * A raw cue with every field present, in one order: all readers build the same object shape, so the
 * shared finalize step (and everything after it) stays monomorphic in the JIT — mixed shapes from the
 * three readers made whichever ran second pay for re-optimization (seen in bench:subtitles).
 */
export function rawCue(line: number, startMs: number, endMs: number, text: string, invalid = false): RawCue {
  return {
    line,
    startMs,
    endMs,
    text,
    speaker: undefined,
    id: undefined,
    marks: undefined,
    place: undefined,
    native: undefined,
    words: undefined,
    invalid
  }
}
