import type { Clip, Cue, SubtitleTrack } from '../../../../shared/project/schema'
import { cueFingerprint } from '../../../../shared/subtitles/fingerprint'
import { withSourceCues } from '../../../../shared/subtitles/translations'
import { withCueText } from '../../../../shared/subtitles/rich'
import { useStudio } from '../../store'
import { carryWordTimings } from '../../../../shared/captions/carry-words'
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

export function updateTrack(
  clipId: string,
  recipe: (track: SubtitleTrack) => SubtitleTrack,
  options?: EditOptions
): void {
  updateClip(
    clipId,
    (c) => {
      const track = recipe(c.track)
      return track === c.track ? c : { ...c, track }
    },
    options
  )
}

/** Replaces the source cues; translations whose source changed become outdated (H4's withSourceCues). */
export function updateCues(clipId: string, recipe: (cues: Cue[]) => Cue[], options?: EditOptions): void {
  updateTrack(
    clipId,
    (t) => {
      const edited = recipe(t.cues)
      if (edited === t.cues) return t
      // Word timings follow their words through timing changes, splits and merges.
      return withSourceCues(t, carryWordTimings(t.cues, edited, sourceLocale()))
    },
    options
  )
}

export function setCueTiming(clipId: string, cueId: string, timing: { startMs: number; endMs: number }): void {
  updateCues(clipId, (cues) =>
    cues.map((c) =>
      c.id === cueId && (c.startMs !== timing.startMs || c.endMs !== timing.endMs) ? { ...c, ...timing } : c
    )
  )
}

/**
 * One cue changed: the same result as withSourceCues (its translations turn outdated when their
 * fingerprint no longer matches) without rescanning every translation of a long track per keystroke.
 */
export function replaceCue(track: SubtitleTrack, cue: Cue): SubtitleTrack {
  const i = track.cues.findIndex((c) => c.id === cue.id)
  if (i < 0) return track
  const cues = track.cues.slice()
  cues[i] = cue
  let translations = track.translations
  const fingerprint = cueFingerprint(cue)
  for (const [locale, entries] of Object.entries(track.translations)) {
    const t = entries[cue.id]
    if (
      !t ||
      t.status === 'missing' ||
      t.status === 'outdated' ||
      t.sourceFingerprint === undefined ||
      t.sourceFingerprint === fingerprint
    )
      continue
    translations = { ...translations, [locale]: { ...entries, [cue.id]: { ...t, status: 'outdated' } } }
  }
  return { ...track, cues, translations }
}

/** Typing in a cue: keystrokes within a second fold into one undo step per cue. Formatting follows the text (retargetMarks). */
export function setCueText(clipId: string, cueId: string, text: string): void {
  updateTrack(
    clipId,
    (track) => {
      const cue = track.cues.find((c) => c.id === cueId)
      if (!cue || cue.text === text) return track
      // Words still in the text keep their timings (carryWordTimings); formatting follows the text (withCueText).
      const [next] = carryWordTimings([cue], [withCueText(cue, text)], sourceLocale())
      return replaceCue(track, next!)
    },
    { undo: 'coalesce', key: `cue-text:${cueId}` }
  )
}

function sourceLocale(): string {
  return useStudio.getState().project?.sourceLocale ?? 'und'
}
