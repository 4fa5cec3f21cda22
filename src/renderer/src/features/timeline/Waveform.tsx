import { useEffect, useRef, useState } from 'react'
import { getPlatform } from '../../platform'

const PEAKS_PER_SECOND = 100
const cache = new Map<string, Promise<{ peaks: number[]; peaksPerSecond: number }>>()

function loadPeaks(path: string) {
  let hit = cache.get(path)
  if (!hit) {
    hit = getPlatform().client['media.waveform']({ path, peaksPerSecond: PEAKS_PER_SECOND })
    hit.catch(() => cache.delete(path))
    cache.set(path, hit)
  }
  return hit
}

interface Props {
  path: string | null
  pxPerSecond: number
  scrollLeft: number
  width: number
  height: number
}

/**
 * Peaks from 'media.waveform' (decoded by ffmpeg in main, not in the renderer) drawn for the visible
 * part only, so zooming into a long clip never allocates a giant canvas.
 */
export function Waveform({ path, pxPerSecond, scrollLeft, width, height }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const [peaks, setPeaks] = useState<{ peaks: number[]; peaksPerSecond: number; loudest: number } | null>(null)
  useEffect(() => {
    setPeaks(null)
    if (!path) return
    let live = true
    loadPeaks(path).then(
      (p) => live && setPeaks({ ...p, loudest: p.peaks.reduce((m, v) => (v > m ? v : m), 0) }),
      () => undefined
    )
    return () => {
      live = false
    }
  }, [path])
  useEffect(() => {
    const c = canvas.current
    const ctx = c?.getContext('2d')
    if (!c || !ctx) return
    const ratio = window.devicePixelRatio || 1
    c.width = Math.max(1, Math.round(width * ratio))
    c.height = Math.max(1, Math.round(height * ratio))
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
    ctx.clearRect(0, 0, width, height)
    if (!peaks) return
    ctx.fillStyle = '#5a8dee'
    const mid = height / 2
    // Normalized to the loudest peak (as most editors draw it), so quiet voiceovers stay readable.
    const gain = peaks.loudest > 0 ? 1 / peaks.loudest : 1
    for (let x = 0; x < width; x++) {
      const fromS = (scrollLeft + x) / pxPerSecond
      const toS = (scrollLeft + x + 1) / pxPerSecond
      const a = Math.floor(fromS * peaks.peaksPerSecond)
      const b = Math.max(a + 1, Math.floor(toS * peaks.peaksPerSecond))
      let max = 0
      for (let i = a; i < b && i < peaks.peaks.length; i++) max = Math.max(max, peaks.peaks[i])
      if (a >= peaks.peaks.length) break
      const h = Math.max(1, max * gain * (height - 4))
      ctx.fillRect(x, mid - h / 2, 1, h)
    }
  }, [peaks, pxPerSecond, scrollLeft, width, height])
  return (
    <canvas
      ref={canvas}
      className="kf-waveform"
      data-testid="timeline-waveform"
      data-peaks={peaks ? peaks.peaks.length : 0}
      aria-hidden="true"
      style={{ width, height }}
    />
  )
}
