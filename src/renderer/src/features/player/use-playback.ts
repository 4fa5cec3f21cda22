import { useEffect, type RefObject } from 'react'
import { useStudio } from '../../store'
import { advance, usePlayer } from './player-store'

/** Native playback handles forward speeds up to this; faster or backwards is done by seeking. */
const MAX_NATIVE_RATE = 4

const pendingSeek = new WeakMap<HTMLVideoElement, number>()

/**
 * Seeks, but never interrupts a seek in flight: while scrubbing, a new target waits for the current
 * seek to land (then jumps to the latest), so frames keep appearing instead of every seek being
 * cancelled by the next one.
 */
function seekTo(video: HTMLVideoElement | null, ms: number, clipMs: number) {
  if (!video || video.readyState < 1) return
  const target = Math.min(ms, Math.max(0, clipMs - 1)) / 1000
  if (video.seeking) {
    if (!pendingSeek.has(video)) video.addEventListener('seeked', () => flushSeek(video), { once: true })
    pendingSeek.set(video, target)
    return
  }
  // Half a frame of tolerance so a playing video is not re-seeked every tick.
  if (Math.abs(video.currentTime - target) > 0.016) video.currentTime = target
}

function flushSeek(video: HTMLVideoElement) {
  const target = pendingSeek.get(video)
  pendingSeek.delete(video)
  if (target !== undefined && Math.abs(video.currentTime - target) > 0.016) video.currentTime = target
}

/**
 * Drives the playhead while playing and keeps the <video> elements on it. The store's playhead is the
 * truth: the video plays natively when it can (so audio stays smooth), and the clock continues through
 * the end card with rAF after the clip has ended.
 */
export function usePlayback(videos: RefObject<HTMLVideoElement | null>[], clipMs: number, totalMs: number) {
  const playing = usePlayer((s) => s.playing)
  const playheadMs = useStudio((s) => s.playheadMs)

  useEffect(() => {
    if (playing) return
    for (const v of videos) {
      v.current?.pause()
      seekTo(v.current, playheadMs, clipMs)
    }
  }, [playing, playheadMs, clipMs, videos])

  useEffect(() => {
    if (!playing) return
    let last = performance.now()
    let frame = 0
    const tick = (now: number) => {
      const elapsed = now - last
      last = now
      const { rate, loop } = usePlayer.getState()
      const t = useStudio.getState().playheadMs
      const main = videos[0]?.current ?? null
      const step = advance(t, elapsed, rate, totalMs, loop)
      const native = main && main.readyState >= 2 && rate > 0 && rate <= MAX_NATIVE_RATE && t < clipMs - 1
      let next = step.ms
      if (native) {
        for (const v of videos) {
          if (!v.current) continue
          v.current.playbackRate = rate
          if (v.current.paused) void v.current.play().catch(() => undefined)
        }
        const wrapped = step.ms < t
        if (wrapped) for (const v of videos) seekTo(v.current, step.ms, clipMs)
        else if (!main.paused && !main.ended && main.currentTime * 1000 < clipMs - 1)
          next = Math.max(t, main.currentTime * 1000)
      } else {
        for (const v of videos) {
          v.current?.pause()
          seekTo(v.current, next, clipMs)
        }
      }
      useStudio.getState().setPlayhead(Math.round(next))
      if (step.stop && next === step.ms) {
        usePlayer.getState().setPlaying(false)
        return
      }
      frame = requestAnimationFrame(tick)
    }
    frame = requestAnimationFrame(tick)
    return () => {
      cancelAnimationFrame(frame)
      for (const v of videos) v.current?.pause()
    }
  }, [playing, clipMs, totalMs, videos])
}
