import { snapToFrame } from '../../../../shared/time'
import { selectedClip, useStudio } from '../../store'
import { resolveEndCard, timelineSpan } from '../endcard/resolve'
import { shuttle, usePlayer } from './player-store'

/** The export's frame rate: frame stepping moves by output frames, the frames the viewer will see. */
export const OUTPUT_FPS = 30

function totalMs(): number {
  const s = useStudio.getState()
  const clip = selectedClip(s)
  if (!s.project || !clip) return 0
  return timelineSpan(s.project, clip).totalMs
}

/** What the player's buttons and keyboard actions do; shared so both stay identical. */
export const playerCommands = {
  togglePlay() {
    const p = usePlayer.getState()
    if (!p.playing && useStudio.getState().playheadMs >= totalMs() && !p.loop) useStudio.getState().setPlayhead(0)
    p.setPlaying(!p.playing)
  },
  shuttle(key: 'j' | 'k' | 'l') {
    const p = usePlayer.getState()
    p.setRate(shuttle(p, key))
  },
  step(frames: number) {
    usePlayer.getState().setPlaying(false)
    const s = useStudio.getState()
    const next = snapToFrame(s.playheadMs, OUTPUT_FPS) + (frames * 1000) / OUTPUT_FPS
    s.setPlayhead(Math.min(totalMs(), snapToFrame(Math.max(0, next), OUTPUT_FPS)))
  },
  /** Loops the selected cue, or stops looping. */
  toggleLoop() {
    const p = usePlayer.getState()
    if (p.loop) return p.setLoop(null)
    const s = useStudio.getState()
    const cue = selectedClip(s)?.track.cues.find((c) => c.id === s.selectedCueId)
    p.setLoop(cue ? { startMs: cue.startMs, endMs: cue.endMs } : { startMs: 0, endMs: totalMs() })
    if (cue) s.setPlayhead(cue.startMs)
  }
}
