import type { Cue, SubtitleTrack } from '../../project/schema'
import { autoLineBreak } from '../edits/line-break'
import { setTranslation, withSourceCues } from '../translations'
import { withCueText } from '../rich'
import type { QcFix } from './types'

/** Applies one QC fix to a list of cues (pure). Unknown cue ids leave the list unchanged. */
export function applyQcFix(cues: readonly Cue[], fix: QcFix): Cue[] {
  switch (fix.kind) {
    case 'deleteCue':
      return cues.filter((c) => c.id !== fix.cueId)
    case 'setText':
      return cues.map((c) => (c.id === fix.cueId ? withCueText(c, fix.text) : c))
    case 'rebreakLines':
      return cues.map((c) => (c.id === fix.cueId ? withCueText(c, autoLineBreak(c.text, fix)) : c))
    case 'setTiming':
      return cues.map((c) =>
        c.id === fix.cueId ? { ...c, startMs: Math.max(0, fix.startMs), endMs: Math.max(fix.startMs, fix.endMs) } : c
      )
  }
}

/**
 * Applies a fix found on a locale's cues to the track. Text fixes (setText, rebreakLines) on a target locale change that
 * translation (kept as draft); timing and delete fixes always change the source cues (the source owns
 * timing), which marks the affected translations outdated.
 */
export function applyQcFixToTrack(track: SubtitleTrack, fix: QcFix, locale?: string): SubtitleTrack {
  if ((fix.kind === 'setText' || fix.kind === 'rebreakLines') && locale && track.translations[locale]?.[fix.cueId]) {
    const current = track.translations[locale][fix.cueId]
    const text = fix.kind === 'setText' ? fix.text : autoLineBreak(current.text, fix)
    return setTranslation(track, locale, fix.cueId, text, current.status === 'done' ? 'done' : 'draft')
  }
  return withSourceCues(track, applyQcFix(track.cues, fix))
}
