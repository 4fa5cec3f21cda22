import { useEffect, useRef, type PointerEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { selectedClip, useStudio } from '../../store'
import { timelineSpan } from '../endcard/resolve'
import { useScrollViewport } from '../../app/ui/use-scroll-viewport'
import { useClipMedia } from '../player/use-clip-media'
import { CueBlocks } from './CueBlocks'
import { useTimelineView } from './timeline-store'
import { Waveform } from './Waveform'
import './timeline.css'
import './actions'

const WAVE_HEIGHT = 64

/** Waveform, cue blocks (drag, resize, snap), playhead and zoom for the selected clip. */
export function TimelinePanel() {
  const { t } = useTranslation('editor')
  const project = useStudio((s) => s.project)
  const clip = useStudio(selectedClip)
  const playheadMs = useStudio((s) => s.playheadMs)
  const setPlayhead = useStudio((s) => s.setPlayhead)
  const pxPerSecond = useTimelineView((s) => s.pxPerSecond)
  const zoom = useTimelineView((s) => s.zoom)
  const media = useClipMedia(clip?.media)
  const scroller = useRef<HTMLDivElement>(null)
  const view = useScrollViewport(scroller, { width: 800, height: 0 }, clip?.id)

  // Keep the playhead in view while it moves (playback, keyboard stepping).
  useEffect(() => {
    const el = scroller.current
    if (!el) return
    const x = (playheadMs / 1000) * pxPerSecond
    if (x < el.scrollLeft || x > el.scrollLeft + el.clientWidth - 20)
      el.scrollLeft = Math.max(0, x - el.clientWidth / 4)
  }, [playheadMs, pxPerSecond])

  if (!project || !clip)
    return (
      <section className="kf-timeline kf-empty" aria-label={t('timeline.title')}>
        {t('timeline.noClip')}
      </section>
    )
  const span = timelineSpan(project, clip)
  const totalPx = (span.totalMs / 1000) * pxPerSecond
  const fromMs = (view.scrollLeft / pxPerSecond) * 1000
  const toMs = ((view.scrollLeft + view.width) / pxPerSecond) * 1000

  // Press and drag on the timeline scrubs: the player follows the pointer.
  const seek = (e: PointerEvent<HTMLDivElement>) => {
    const rect = e.currentTarget.getBoundingClientRect()
    const ms = ((e.clientX - rect.left) / pxPerSecond) * 1000
    setPlayhead(Math.max(0, Math.min(span.totalMs, Math.round(ms))))
  }
  const startScrub = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId)
    seek(e)
  }
  const scrub = (e: PointerEvent<HTMLDivElement>) => {
    if (e.currentTarget.hasPointerCapture(e.pointerId)) seek(e)
  }
  return (
    <section className="kf-timeline" aria-label={t('timeline.title')}>
      <div className="kf-timeline-toolbar" role="toolbar" aria-label={t('timeline.toolbar')}>
        <button type="button" onClick={() => zoom(1 / 1.5)} aria-label={t('timeline.zoomOut')}>
          −
        </button>
        <button type="button" onClick={() => zoom(1.5)} aria-label={t('timeline.zoomIn')}>
          +
        </button>
        <span className="kf-muted">{t('timeline.zoomLevel', { px: Math.round(pxPerSecond) })}</span>
      </div>
      <div className="kf-timeline-scroll" ref={scroller} data-testid="timeline-scroll">
        <div
          className="kf-timeline-content"
          // One tick per second, drawn by CSS so a long clip costs no elements.
          style={{
            width: totalPx,
            backgroundImage: `repeating-linear-gradient(to right, rgba(128, 128, 128, 0.35) 0 1px, transparent 1px ${pxPerSecond}px)`,
            backgroundSize: `${pxPerSecond}px 8px`,
            backgroundRepeat: 'repeat-x'
          }}
          onPointerDown={startScrub}
          onPointerMove={scrub}
          data-testid="timeline-content"
        >
          <div className="kf-timeline-wave" style={{ left: view.scrollLeft, width: view.width }}>
            <Waveform
              path={media.path}
              pxPerSecond={pxPerSecond}
              scrollLeft={view.scrollLeft}
              width={view.width}
              height={WAVE_HEIGHT}
            />
          </div>
          {span.endCardStartMs !== null && (
            <div
              className="kf-timeline-endcard"
              style={{
                left: (span.endCardStartMs / 1000) * pxPerSecond,
                width: ((span.totalMs - span.endCardStartMs) / 1000) * pxPerSecond
              }}
            >
              {t('timeline.endCard')}
            </div>
          )}
          <CueBlocks
            clipId={clip.id}
            cues={clip.track.cues}
            pxPerSecond={pxPerSecond}
            clipMs={span.clipMs}
            fromMs={fromMs}
            toMs={toMs}
          />
          <div
            className="kf-playhead"
            data-testid="timeline-playhead"
            style={{ left: (playheadMs / 1000) * pxPerSecond }}
            aria-hidden="true"
          />
        </div>
      </div>
    </section>
  )
}
