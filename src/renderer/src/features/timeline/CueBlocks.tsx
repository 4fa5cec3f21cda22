import { useRef, useState, type PointerEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Cue } from '../../../../shared/project/schema'
import { formatTimecode } from '../../../../shared/time'
import { useStudio } from '../../store'
import { OUTPUT_FPS } from '../player/commands'
import { setCueTiming } from '../subtitles/track-updates'
import { moveCue, neighbourEdges, resizeCue } from './snapping'
import { WordTicks } from './WordTicks'

/** A dragged edge sticks to a neighbour closer than this many pixels. */
const SNAP_PX = 8

interface Props {
  clipId: string
  cues: Cue[]
  pxPerSecond: number
  clipMs: number
  /** Visible time range; blocks outside it are not rendered (5,000-cue tracks). */
  fromMs: number
  toMs: number
}

type Drag = { cueId: string; mode: 'move' | 'start' | 'end'; originX: number; cue: { startMs: number; endMs: number } }

export function CueBlocks({ clipId, cues, pxPerSecond, clipMs, fromMs, toMs }: Props) {
  const { t } = useTranslation('editor')
  const selectedCueId = useStudio((s) => s.selectedCueId)
  const selectCue = useStudio((s) => s.selectCue)
  const drag = useRef<Drag | null>(null)
  const [preview, setPreview] = useState<{ cueId: string; startMs: number; endMs: number } | null>(null)

  const compute = (d: Drag, clientX: number) => {
    const deltaMs = ((clientX - d.originX) / pxPerSecond) * 1000
    const ctx = {
      fps: OUTPUT_FPS,
      neighbours: [...neighbourEdges(cues, d.cueId), useStudio.getState().playheadMs],
      thresholdMs: (SNAP_PX / pxPerSecond) * 1000,
      minMs: 0,
      maxMs: Math.max(clipMs, d.cue.endMs)
    }
    if (d.mode === 'move') return moveCue(d.cue, deltaMs, ctx)
    return resizeCue(d.cue, d.mode, (d.mode === 'start' ? d.cue.startMs : d.cue.endMs) + deltaMs, ctx)
  }
  const onDown = (e: PointerEvent<HTMLElement>, cue: Cue, mode: Drag['mode']) => {
    e.stopPropagation()
    selectCue(cue.id)
    e.currentTarget.setPointerCapture(e.pointerId)
    drag.current = { cueId: cue.id, mode, originX: e.clientX, cue: { startMs: cue.startMs, endMs: cue.endMs } }
  }
  const onMove = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current
    if (d) setPreview({ cueId: d.cueId, ...compute(d, e.clientX) })
  }
  const onUp = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current
    drag.current = null
    setPreview(null)
    if (!d || Math.abs(e.clientX - d.originX) < 2) return
    setCueTiming(clipId, d.cueId, compute(d, e.clientX))
  }

  const x = (ms: number) => (ms / 1000) * pxPerSecond
  return (
    <div className="kf-cue-lane" role="group" aria-label={t('timeline.cues')}>
      {cues.map((cue, index) => {
        const timing = preview?.cueId === cue.id ? preview : cue
        if (timing.endMs < fromMs || timing.startMs > toMs) return null
        return (
          <div
            key={cue.id}
            className="kf-cue-block"
            data-testid="timeline-cue"
            data-cue-id={cue.id}
            aria-current={cue.id === selectedCueId || undefined}
            role="button"
            tabIndex={-1}
            aria-label={t('timeline.cueLabel', {
              n: index + 1,
              text: cue.text,
              start: formatTimecode(timing.startMs),
              end: formatTimecode(timing.endMs)
            })}
            style={{ left: x(timing.startMs), width: Math.max(2, x(timing.endMs) - x(timing.startMs)) }}
            onPointerDown={(e) => onDown(e, cue, 'move')}
            onPointerMove={onMove}
            onPointerUp={onUp}
          >
            <span
              className="kf-cue-handle kf-cue-handle-start"
              onPointerDown={(e) => onDown(e, cue, 'start')}
              onPointerMove={onMove}
              onPointerUp={onUp}
            />
            <span className="kf-cue-block-text">{cue.text}</span>
            {preview?.cueId !== cue.id && <WordTicks clipId={clipId} cue={cue} pxPerMs={pxPerSecond / 1000} />}
            <span
              className="kf-cue-handle kf-cue-handle-end"
              onPointerDown={(e) => onDown(e, cue, 'end')}
              onPointerMove={onMove}
              onPointerUp={onUp}
            />
          </div>
        )
      })}
    </div>
  )
}
