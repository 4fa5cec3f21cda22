import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { useScrollViewport } from '../../app/ui/use-scroll-viewport'
import { scrollTopToReveal, visibleWindow } from './windowing'

interface Props {
  ids: readonly string[]
  rowHeight: number
  activeId: string | null
  label: string
  /** Arrow keys, Home/End and PageUp/PageDown move the active row. */
  onActiveChange(id: string): void
  /** Enter on the active row. */
  onActivate?(id: string): void
  renderRow(id: string, index: number, active: boolean): ReactNode
  testId?: string
}

const OVERSCAN = 6

/**
 * A listbox that renders only the rows in view (a 5,000-cue track stays responsive). Focus stays on
 * the listbox and `aria-activedescendant` names the active row, which works with rows that are not in
 * the DOM yet, unlike a roving tabindex.
 */
export function VirtualList({ ids, rowHeight, activeId, label, onActiveChange, onActivate, renderRow, testId }: Props) {
  const scroller = useRef<HTMLDivElement>(null)
  const viewport = useScrollViewport(scroller, { width: 0, height: 400 })
  const activeIndex = activeId === null ? -1 : ids.indexOf(activeId)

  // Bring the active row into view when it changes (keyboard, playhead, "next issue").
  useLayoutEffect(() => {
    const el = scroller.current
    if (!el || activeIndex < 0) return
    const top = scrollTopToReveal(activeIndex, el.scrollTop, el.clientHeight, rowHeight)
    if (top !== el.scrollTop) el.scrollTop = top
  }, [activeIndex, rowHeight])

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return
    const page = Math.max(1, Math.floor(viewport.height / rowHeight) - 1)
    const moves: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: page,
      PageUp: -page,
      Home: -Infinity,
      End: Infinity
    }
    if (e.key in moves && ids.length > 0) {
      e.preventDefault()
      // Nothing selected yet: the first move lands on the first (or, going up, the last) row.
      const move = moves[e.key]
      const from = activeIndex >= 0 ? activeIndex : move > 0 ? -1 : ids.length
      const to = Math.max(0, Math.min(ids.length - 1, from + move))
      onActiveChange(ids[to])
    } else if (e.key === 'Enter' && activeId && onActivate) {
      e.preventDefault()
      onActivate(activeId)
    }
  }

  const win = visibleWindow({
    scrollTop: viewport.scrollTop,
    viewportHeight: viewport.height,
    rowHeight,
    count: ids.length,
    overscan: OVERSCAN
  })
  const rows: ReactNode[] = []
  for (let i = win.start; i < win.end; i++) rows.push(renderRow(ids[i], i, i === activeIndex))
  return (
    <div
      ref={scroller}
      className="kf-vlist"
      role="listbox"
      tabIndex={0}
      aria-label={label}
      aria-activedescendant={activeIndex >= 0 ? rowDomId(ids[activeIndex]) : undefined}
      onKeyDown={onKeyDown}
      data-testid={testId}
    >
      <div style={{ height: win.totalHeight, position: 'relative' }}>
        <div style={{ transform: `translateY(${win.offsetTop}px)` }}>{rows}</div>
      </div>
    </div>
  )
}

export function rowDomId(id: string): string {
  return `kf-row-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`
}
