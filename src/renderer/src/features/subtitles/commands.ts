import { addCue, deleteCues, mergeSourceCues, splitCue } from '../../../../shared/subtitles/edits'
import { selectedClip, useStudio } from '../../store'
import { snapToFrame } from '../../../../shared/time'
import { OUTPUT_FPS } from '../player/commands'
import { cueIndexAt, neighbourCueId, nextIssueCueId } from './navigation'
import { updateCues, updateTrack } from './track-updates'
import { pageOptionsFor } from '../../../../shared/captions/pages'
import { restorePagesInTrack, splitPagesInTrack } from '../../../../shared/captions/page-translations'
import { withSourceCues } from '../../../../shared/subtitles/translations'
import { captionChoiceFor, resolveCaption } from '../../../../shared/captions/resolve-style'
import { previewPreset } from '../endcard/resolve'

/** A new cue lasts this long unless the next cue starts sooner. */
const NEW_CUE_MS = 2000

/** Cue ids with issues, as last computed by the open subtitle or translate panel (for F8). */
let issueCueIds: ReadonlySet<string> = new Set()
export function publishIssueCues(ids: ReadonlySet<string>): void {
  issueCueIds = ids
}

function context() {
  const s = useStudio.getState()
  const clip = selectedClip(s)
  return { s, clip, cues: clip?.track.cues ?? [] }
}

/** Selecting a cue also moves the playhead to it, so the player shows what is being edited. */
export function goToCue(id: string | null): void {
  if (!id) return
  const { s, cues } = context()
  const cue = cues.find((c) => c.id === id)
  s.selectCue(id)
  if (cue) s.setPlayhead(cue.startMs)
}

export const subtitleCommands = {
  next: () =>
    goToCue(
      neighbourCueId(
        context().cues.map((c) => c.id),
        useStudio.getState().selectedCueId,
        1
      )
    ),
  previous: () =>
    goToCue(
      neighbourCueId(
        context().cues.map((c) => c.id),
        useStudio.getState().selectedCueId,
        -1
      )
    ),
  nextIssue: () =>
    goToCue(
      nextIssueCueId(
        context().cues.map((c) => c.id),
        issueCueIds,
        useStudio.getState().selectedCueId
      )
    ),
  /** A new cue at the playhead, up to the next cue (or 2 s). */
  add() {
    const { s, clip, cues } = context()
    if (!clip) return
    const start = snapToFrame(s.playheadMs, OUTPUT_FPS)
    const next = cues[cueIndexAt(cues, start) + 1]
    const end = Math.max(
      start + 1,
      Math.min(start + NEW_CUE_MS, next ? next.startMs : Infinity, clip.probe?.durationMs ?? Infinity)
    )
    let newId: string | null = null
    updateCues(clip.id, (list) => {
      const out = addCue(list, { startMs: start, endMs: end, text: '' })
      newId = out.find((c) => !list.some((o) => o.id === c.id))?.id ?? null
      return out
    })
    if (newId) s.selectCue(newId)
  },
  /** Splits the selected cue at the playhead when it is inside the cue, else in the middle. */
  split() {
    const { s, clip, cues } = context()
    const cue = cues.find((c) => c.id === s.selectedCueId)
    if (!clip || !cue) return
    const inside = s.playheadMs > cue.startMs && s.playheadMs < cue.endMs
    updateCues(clip.id, (list) =>
      splitCue(list, cue.id, inside ? { timeMs: snapToFrame(s.playheadMs, OUTPUT_FPS) } : {})
    )
  },
  /** Splits the selected cue into short caption pages (one undoable edit; the first page remembers the original). */
  pages() {
    const { s, clip, cues } = context()
    const cue = cues.find((c) => c.id === s.selectedCueId)
    if (!clip || !cue || !s.project) return
    let caption = null
    try {
      caption = resolveCaption(captionChoiceFor(s.project, clip), s.project.style, previewPreset(s.project).height)
    } catch {
      // An invalid style is reported where it is edited; pages then use the default limits.
    }
    // Translations are cut into the pages' shares (marked for review) and kept whole on the first page.
    updateTrack(clip.id, (t) => {
      const next = splitPagesInTrack(t, cue.id, pageOptionsFor(caption, s.project?.sourceLocale ?? 'und'))
      return next === t ? t : withSourceCues(next, next.cues)
    })
  },
  /** Puts the selected page's original cue back (one undoable edit). */
  restorePages() {
    const { s, clip, cues } = context()
    const group = cues.find((c) => c.id === s.selectedCueId)?.page?.group
    if (!clip || !group) return
    updateTrack(clip.id, (t) => {
      const next = restorePagesInTrack(t, group)
      return next === t ? t : withSourceCues(next, next.cues)
    })
    s.selectCue(group)
  },
  mergeWithNext() {
    const { s, clip, cues } = context()
    const i = cues.findIndex((c) => c.id === s.selectedCueId)
    if (!clip || i < 0 || i + 1 >= cues.length) return
    updateTrack(clip.id, (t) => mergeSourceCues(t, [cues[i].id, cues[i + 1].id]))
  },
  delete() {
    const { s, clip, cues } = context()
    const i = cues.findIndex((c) => c.id === s.selectedCueId)
    if (!clip || i < 0) return
    const nextId = cues[i + 1]?.id ?? cues[i - 1]?.id ?? null
    updateCues(clip.id, (list) => deleteCues(list, [cues[i].id]))
    s.selectCue(nextId)
  }
}
