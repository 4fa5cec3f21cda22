import type { Cue, MarkKind } from '../../../../shared/project/schema'
import { isMarked, toggleMark } from '../../../../shared/subtitles/rich/marks'
import { canonicalPlacement } from '../../../../shared/subtitles/rich/placement'
import { selectedClip, useStudio } from '../../store'
import { replaceCue, updateTrack } from './track-updates'

/** The kinds the editor's buttons and Ctrl/⌘+I, B, U toggle. */
export type FormatKind = Extract<MarkKind, 'italic' | 'bold' | 'underline' | 'strike'>

/** The selection in the cue text field, or "the whole cue" when the field is not focused. */
function selection(): { from: number; to: number } {
  const el =
    typeof document === 'undefined'
      ? null
      : document.querySelector<HTMLTextAreaElement>('textarea[data-testid="cue-text"]')
  if (!el || document.activeElement !== el) return { from: 0, to: 0 }
  return { from: el.selectionStart, to: el.selectionEnd }
}

export function cueTextFocused(): boolean {
  return (
    typeof document !== 'undefined' &&
    document.activeElement instanceof HTMLTextAreaElement &&
    document.activeElement.dataset.testid === 'cue-text'
  )
}

function selectedCue(): { clipId: string; cue: Cue } | null {
  const s = useStudio.getState()
  const clip = selectedClip(s)
  const cue = clip?.track.cues.find((c) => c.id === s.selectedCueId)
  return clip && cue ? { clipId: clip.id, cue } : null
}

/** Whether the selection (or the whole cue) has `kind`: the pressed state of the toolbar button. */
export function hasFormat(cue: Cue, kind: FormatKind): boolean {
  const { from, to } = selection()
  return from < to
    ? isMarked(cue.text, cue.marks, from, to, kind)
    : isMarked(cue.text, cue.marks, 0, cue.text.length, kind)
}

/** Toggles a format on the selection of the selected source cue (the whole cue when nothing is selected). One undo step. */
export function toggleCueFormat(kind: FormatKind): void {
  const hit = selectedCue()
  if (!hit) return
  const { from, to } = selection()
  const marks = toggleMark(hit.cue.text, hit.cue.marks, from, to, kind)
  const next: Cue = { ...hit.cue }
  if (marks) next.marks = marks
  else delete next.marks
  updateTrack(hit.clipId, (track) => replaceCue(track, next))
}

/**
 * Moves the selected cue to a numpad anchor (2 = the project's default place). A file's own WebVTT
 * positioning no longer applies, so it is dropped (the new anchor is written back instead).
 */
export function setCueAnchor(an: number): void {
  const hit = selectedCue()
  if (!hit) return
  const place = canonicalPlacement({ an })
  const next: Cue = { ...hit.cue }
  if (place) next.place = place
  else delete next.place
  if (next.native?.vtt) {
    const { vtt: _dropped, ...rest } = next.native
    if (Object.keys(rest).length) next.native = rest
    else delete next.native
  }
  updateTrack(hit.clipId, (track) => replaceCue(track, next))
}
