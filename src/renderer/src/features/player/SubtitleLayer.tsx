import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LibassRenderer, type DrawnFrame, type RenderFrame } from './libass-renderer'
import { usePlayer } from './player-store'

export interface PreviewCue {
  startMs: number
  endMs: number
  text: string
}

const EMPTY_ASS =
  '[Script Info]\nScriptType: v4.00+\n\n[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n'

interface Props {
  ass: string
  /** Subtitle locale the ASS was built for. */
  assLocale: string
  /** The ASS is older than the document (a rebuild is under way). */
  pending: boolean
  timeMs: number
  frame: RenderFrame
  defaultFont: string
  /** Used only by the HTML approximation when libass cannot run. */
  cues: PreviewCue[]
  rtl: boolean
  bottomInsetPct: number
}

/**
 * The burned-in subtitles, drawn by libass from the same ASS the export burns. When libass cannot start
 * the layer falls back to HTML text and the player says so; it never pretends to be exact.
 */
export function SubtitleLayer({
  ass,
  assLocale,
  pending,
  timeMs,
  frame,
  defaultFont,
  cues,
  rtl,
  bottomInsetPct
}: Props) {
  const { t } = useTranslation('editor')
  const holder = useRef<HTMLDivElement>(null)
  const renderer = useRef<LibassRenderer | null>(null)
  const [ready, setReady] = useState(false)
  const approximate = usePlayer((s) => s.approximate)
  const setApproximate = usePlayer((s) => s.setApproximate)
  const latest = useRef({ ass, timeMs })
  latest.current = { ass, timeMs }
  // What libass has actually drawn (the time and the ASS it held), for data-frame.
  const [drawn, setDrawn] = useState<DrawnFrame | null>(null)

  useEffect(() => {
    // A canvas can hand its control to a worker only once, so each start gets a fresh one.
    const canvas = document.createElement('canvas')
    canvas.className = 'kf-libass-canvas'
    canvas.setAttribute('aria-hidden', 'true')
    holder.current?.appendChild(canvas)
    let live = true
    // libass needs a script to start with; the real one follows through setTrack as soon as it is built.
    LibassRenderer.start(canvas, latest.current.ass || EMPTY_ASS, frame, defaultFont).then(
      (r) => {
        if (!live) return r.destroy()
        renderer.current = r
        setApproximate(false)
        setReady(true)
      },
      (e: unknown) => {
        console.warn('libass preview unavailable, using the HTML approximation:', e)
        if (live) setApproximate(true)
      }
    )
    return () => {
      live = false
      renderer.current?.destroy()
      renderer.current = null
      canvas.remove()
      setReady(false)
    }
  }, [frame, defaultFont, setApproximate])

  useEffect(() => {
    const r = renderer.current
    if (!ready || !r || !ass) return
    let live = true
    void r
      .setTrack(ass)
      .then(() => r.render(latest.current.timeMs))
      .then(
        (f) => live && setDrawn(f),
        () => undefined
      )
    return () => {
      live = false
    }
  }, [ass, ready])

  useEffect(() => {
    const r = renderer.current
    if (!ready || !r) return
    let live = true
    void r.render(timeMs).then(
      (f) => live && setDrawn(f),
      () => undefined
    )
    return () => {
      live = false
    }
  }, [timeMs, ready])

  // "<locale>@<ms>" once libass has drawn the current ASS at the current time; "pending" before.
  // Tests and tools wait on this signal instead of sleeping (the Signal Desktop harness style).
  const frameState =
    ready && !pending && drawn && drawn.track === ass && drawn.ms === timeMs ? `${assLocale}@${timeMs}` : 'pending'

  const active = approximate ? cues.filter((c) => c.startMs <= timeMs && timeMs < c.endMs) : []
  return (
    <div
      className="kf-subtitle-layer"
      ref={holder}
      data-renderer={ready ? 'libass' : approximate ? 'html' : 'starting'}
      data-frame={frameState}
    >
      {approximate && (
        <div className="kf-subtitle-approx" dir={rtl ? 'rtl' : 'ltr'} style={{ bottom: `${bottomInsetPct}%` }}>
          {active.map((c) => (
            <p key={`${c.startMs}-${c.endMs}-${c.text}`}>{c.text}</p>
          ))}
        </div>
      )}
      {approximate && (
        <p className="kf-approx-notice" role="status">
          {t('player.approximate')}
        </p>
      )}
    </div>
  )
}
