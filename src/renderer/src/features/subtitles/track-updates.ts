import type { Clip, Cue, SubtitleTrack } from '../../../../shared/project/schema'
import { withSourceCues } from '../../../../shared/subtitles/translations'
import { useStudio } from '../../store'
import type { EditOptions } from '../../store/document-slice'

/** Applies a pure change to one clip of the document. */
export function updateClip(clipId: string, recipe: (clip: Clip) => Clip, options?: EditOptions): void {
  useStudio.getState().updateProject((p) => {
    let changed = false
    const clips = p.clips.map((c) => {
      if (c.id !== clipId) return c
      const next = recipe(c)
      if (next !== c) changed = true
      return next
    })
    return changed ? { ...p, clips } : p
  }, options)
}

export function updateTrack(clipId: string, recipe: (track: SubtitleTrack) => SubtitleTrack, options?: EditOptions): void {
  updateClip(clipId, (c) => {
    const track = recipe(c.track)
    return track === c.track ? c : { ...c, track }
  }, options)
}

/** Replaces the source cues; translations whose source changed become outdated (H4's withSourceCues). */
export function updateCues(clipId: string, recipe: (cues: Cue[]) => Cue[], options?: EditOptions): void {
  updateTrack(clipId, (t) => {
    const cues = recipe(t.cues)
    return cues === t.cues ? t : withSourceCues(t, cues)
  }, options)
}

export function setCueTiming(clipId: string, cueId: string, timing: { startMs: number; endMs: number }): void {
  updateCues(clipId, (cues) => cues.map((c) => (c.id === cueId && (c.startMs !== timing.startMs || c.endMs !== timing.endMs) ? { ...c, ...timing } : c)))
}

/** Typing in a cue: keystrokes within a second fold into one undo step per cue. */
export function setCueText(clipId: string, cueId: string, text: string): void {
  updateCues(clipId, (cues) => cues.map((c) => (c.id === cueId && c.text !== text ? { ...c, text } : c)), { undo: 'coalesce', key: `cue-text:${cueId}` })
}
