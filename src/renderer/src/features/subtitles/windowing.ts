/** Fixed-row windowing: which rows of a long list are worth rendering. */
export interface WindowInput {
  scrollTop: number
  viewportHeight: number
  rowHeight: number
  count: number
  /** Extra rows rendered above and below so fast scrolling does not flash blank rows. */
  overscan: number
}

export interface WindowRange {
  /** First rendered index (inclusive). */
  start: number
  /** Last rendered index (exclusive). */
  end: number
  /** Pixel offset of row `start` from the top of the list. */
  offsetTop: number
  totalHeight: number
}

export function visibleWindow({ scrollTop, viewportHeight, rowHeight, count, overscan }: WindowInput): WindowRange {
  const totalHeight = count * rowHeight
  if (count === 0 || rowHeight <= 0) return { start: 0, end: 0, offsetTop: 0, totalHeight }
  const top = Math.max(0, Math.min(scrollTop, Math.max(0, totalHeight - viewportHeight)))
  const first = Math.floor(top / rowHeight)
  const last = Math.ceil((top + viewportHeight) / rowHeight)
  const start = Math.max(0, first - overscan)
  const end = Math.min(count, last + overscan)
  return { start, end, offsetTop: start * rowHeight, totalHeight }
}

/** The scrollTop that brings row `index` fully into view, moving as little as possible. */
export function scrollTopToReveal(index: number, scrollTop: number, viewportHeight: number, rowHeight: number): number {
  const rowTop = index * rowHeight
  const rowBottom = rowTop + rowHeight
  if (rowTop < scrollTop) return rowTop
  if (rowBottom > scrollTop + viewportHeight) return Math.max(0, rowBottom - viewportHeight)
  return scrollTop
}
