/**
 * The rich cue text model shared by every format, the editors and the burn-in: plain `text` + marks
 * (formatting as ranges) + placement (`\an` anchor and optional position). See docs/subtitles.md.
 */
import type { Cue } from '../../project/schema'
import { retargetMarks } from './marks'

export * from './marks'
export * from './placement'
export { parseCssColor, parseAssColor, assColorTag, vttColorClass, VTT_COLOR_CLASSES } from './colors'
export { readSrtText, writeSrtText, SRT_PLAY_RES } from './srt-markup'
export { readAssText, writeAssText, stateOf, stateTags, type AssStyleInfo } from './ass-override'
export { type StyleState } from './builder'

/** The cue with new text, its marks moved along (retargetMarks); the same object when nothing changed. */
export function withCueText<C extends Pick<Cue, 'text' | 'marks'>>(cue: C, text: string): C {
  if (cue.text === text) return cue
  const marks = retargetMarks(cue.text, text, cue.marks)
  const next = { ...cue, text }
  if (marks) next.marks = marks
  else delete next.marks
  return next
}
