import { useEffect, useState, type RefObject } from 'react'

/** The visible part of a scrolling element: what windowed lists and the timeline render. */
export interface ScrollViewport {
  scrollTop: number
  scrollLeft: number
  width: number
  height: number
}

/**
 * Tracks a scroller's position and size (scroll events + ResizeObserver), so windowed views render
 * only what is in view. `resetKey` re-attaches when the scroller is a different element (e.g. a new clip).
 */
export function useScrollViewport(
  ref: RefObject<HTMLElement | null>,
  initial: Pick<ScrollViewport, 'width' | 'height'>,
  resetKey?: unknown
): ScrollViewport {
  const [viewport, setViewport] = useState<ScrollViewport>({ scrollTop: 0, scrollLeft: 0, ...initial })
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const update = () =>
      setViewport({
        scrollTop: el.scrollTop,
        scrollLeft: el.scrollLeft,
        width: el.clientWidth,
        height: el.clientHeight
      })
    update()
    const ro = new ResizeObserver(update)
    ro.observe(el)
    el.addEventListener('scroll', update, { passive: true })
    return () => {
      ro.disconnect()
      el.removeEventListener('scroll', update)
    }
  }, [ref, resetKey])
  return viewport
}
