import type { Cue } from '../../project/schema'
import type { ParseReport } from '../report'

export type SubtitleFormat = 'srt' | 'vtt' | 'ass'

/** An ASS style line as field name → value (the file's own Format order is kept in `format`). */
export interface AssStyles {
  format: string[]
  styles: Record<string, string>[]
}

export interface ParsedSubtitles {
  format: SubtitleFormat
  cues: Cue[]
  report: ParseReport
  /** ASS/SSA only: the styles section, so a round trip keeps it. */
  ass?: { styles: AssStyles; info: Record<string, string> }
}

/** A cue as read, before timing checks, with the line it started on. */
export interface RawCue {
  line: number
  startMs: number
  endMs: number
  text: string
  speaker?: string
  id?: string
}
