import { useCallback, useEffect, useRef, useState, type MouseEvent, type RefObject } from 'react'
import { hitMark, type Box } from './hover-geometry'

/** Long enough to move the pointer from the word into the card across the gap, short enough to feel direct. */
const HIDE_DELAY_MS = 300

export interface LintHover {
  /** Start offset of the hovered segment (the key of its <mark>), and the line box it was hovered on. */
  segmentStart: number
  anchor: Box
}

/**
 * Hover over lint highlights that sit BEHIND a textarea. The textarea must stay on top so typing,
 * selection, spell-check and the caret keep working, which means the <mark>s of the mirror layer
 * (pointer-events: none) never receive mouse events. Instead, every mouse move over the textarea is
 * hit-tested against the marks' line boxes (getClientRects() of each <mark> in the mirror, which is
 * laid out with the same font, padding, width and scroll position as the textarea, so its boxes are
 * exactly where the textarea draws those characters).
 */
export function useLintHover(mirror: RefObject<HTMLElement | null>) {
  const [hover, setHover] = useState<LintHover | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const keep = useCallback(() => clearTimeout(timer.current), [])
  const hide = useCallback(() => {
    clearTimeout(timer.current)
    setHover(null)
  }, [])
  const hideSoon = useCallback(() => {
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setHover(null), HIDE_DELAY_MS)
  }, [])
  useEffect(() => () => clearTimeout(timer.current), [])

  const onMouseMove = useCallback(
    (e: MouseEvent) => {
      const marks = [...(mirror.current?.querySelectorAll<HTMLElement>('mark[data-segment]') ?? [])].map((m) => ({
        key: Number(m.dataset.segment),
        boxes: [...m.getClientRects()]
      }))
      const hit = hitMark(marks, e.clientX, e.clientY)
      if (!hit) return hideSoon()
      keep()
      setHover((current) =>
        current?.segmentStart === hit.key && current.anchor.top === hit.box.top
          ? current
          : { segmentStart: hit.key, anchor: hit.box }
      )
    },
    [mirror, hideSoon, keep]
  )

  return { hover, onMouseMove, onMouseLeave: hideSoon, keep, hide, hideSoon }
}
