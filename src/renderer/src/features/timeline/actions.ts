import { registerActions } from '../../actions/registry'
import { selectedClip, useStudio, type StudioState } from '../../store'
import { setCueTiming } from '../subtitles/track-updates'
import { useTimelineView } from './timeline-store'
import { snapToFrame } from '../../../../shared/time'
import { OUTPUT_FPS } from '../player/commands'
import { minCueMs } from './snapping'
import { moveWordBoundary, nearestBoundary } from '../../../../shared/captions/word-edit'
import { updateCues } from '../subtitles/track-updates'

function selectedCue(s: StudioState) {
  return selectedClip(s)?.track.cues.find((c) => c.id === s.selectedCueId) ?? null
}

/** I / O: the selected cue starts or ends at the playhead (never shorter than a frame). */
function setEdgeAtPlayhead(edge: 'start' | 'end') {
  const s = useStudio.getState()
  const clip = selectedClip(s)
  const cue = selectedCue(s)
  if (!clip || !cue) return
  const at = snapToFrame(s.playheadMs, OUTPUT_FPS)
  const min = minCueMs(OUTPUT_FPS)
  const timing =
    edge === 'start'
      ? { startMs: at, endMs: Math.max(cue.endMs, at + min) }
      : { startMs: Math.min(cue.startMs, Math.max(0, at - min)), endMs: Math.max(at, min) }
  setCueTiming(clip.id, cue.id, timing)
}

/** W: the word boundary of the selected cue nearest the playhead moves to the playhead (the keyboard way to time words). */
function wordBoundaryAtPlayhead() {
  const s = useStudio.getState()
  const clip = selectedClip(s)
  const cue = selectedCue(s)
  if (!clip || !cue?.words || s.playheadMs <= cue.startMs || s.playheadMs >= cue.endMs) return
  const at = snapToFrame(s.playheadMs, OUTPUT_FPS) - cue.startMs
  const index = nearestBoundary(cue.words, at)
  if (index < 0) return
  updateCues(clip.id, (list) =>
    list.map((c) => (c.id === cue.id && c.words ? { ...c, words: moveWordBoundary(c.words, index, at) } : c))
  )
}

registerActions([
  {
    id: 'timeline.wordBoundary',
    labelKey: 'editor:actions.wordBoundary',
    keys: ['w'],
    enabled: (s) => (selectedCue(s)?.words?.length ?? 0) > 1,
    perform: wordBoundaryAtPlayhead
  },
  {
    id: 'timeline.setIn',
    labelKey: 'editor:actions.setIn',
    keys: ['i'],
    enabled: (s) => selectedCue(s) !== null,
    perform: () => setEdgeAtPlayhead('start')
  },
  {
    id: 'timeline.setOut',
    labelKey: 'editor:actions.setOut',
    keys: ['o'],
    enabled: (s) => selectedCue(s) !== null,
    perform: () => setEdgeAtPlayhead('end')
  },
  {
    id: 'timeline.zoomIn',
    labelKey: 'editor:actions.zoomIn',
    keys: ['='],
    perform: () => useTimelineView.getState().zoom(1.5)
  },
  {
    id: 'timeline.zoomOut',
    labelKey: 'editor:actions.zoomOut',
    keys: ['-'],
    perform: () => useTimelineView.getState().zoom(1 / 1.5)
  }
])
