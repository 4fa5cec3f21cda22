import type { Cue, SubtitleTrack, TranslationStatus } from '../../project/schema'
import { formatTimestamp } from '../formats/timestamp'
import { translationStatus } from '../translations'

/** One cue as handed to a translator, whatever the file format. */
export interface HandoffUnit {
  id: string
  source: string
  target: string
  status: TranslationStatus
  speaker?: string
  /** "00:00:01.000 --> 00:00:02.500" */
  timing: string
  startMs: number
  endMs: number
}

export interface HandoffLimits {
  maxCpl: number
  maxLines: number
}

export function handoffUnits(track: SubtitleTrack, locale: string): HandoffUnit[] {
  return track.cues.map((cue: Cue) => {
    const status = translationStatus(track, locale, cue.id)
    const unit: HandoffUnit = {
      id: cue.id,
      source: cue.text,
      target: status === 'missing' ? '' : (track.translations[locale]?.[cue.id]?.text ?? ''),
      status,
      timing: `${formatTimestamp(cue.startMs, '.')} --> ${formatTimestamp(cue.endMs, '.')}`,
      startMs: cue.startMs,
      endMs: cue.endMs
    }
    if (cue.speaker) unit.speaker = cue.speaker
    return unit
  })
}

export function maxLengthNote(limits: HandoffLimits): string {
  return `at most ${limits.maxLines} lines of ${limits.maxCpl} characters`
}
