/** A box in viewport (client) coordinates, as getClientRects()/getBoundingClientRect() give them. */
export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

/** One highlighted piece of the mirror layer: its key and the boxes of its lines (a wrapped mark has several). */
export interface MarkBoxes {
  key: number
  boxes: readonly Box[]
}

/**
 * Which mark is under the pointer at (x, y), and the line box that was hit (the hover card anchors to
 * that line, not to the whole wrapped mark). Edges count as inside so a pointer resting on the border
 * between two adjacent marks picks the first. Null when the pointer is over plain text or padding.
 */
export function hitMark(marks: readonly MarkBoxes[], x: number, y: number): { key: number; box: Box } | null {
  for (const mark of marks) {
    for (const box of mark.boxes) {
      if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return { key: mark.key, box }
    }
  }
  return null
}

export const CARD_GAP = 4
export const VIEWPORT_MARGIN = 8

/**
 * Where the hover card goes: under the hovered line, or above it when there is no room below and
 * more room above. Aligned with the word's start (its left edge in LTR, its right edge in RTL) and
 * kept inside the viewport.
 */
export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  dir: 'ltr' | 'rtl'
): { left: number; top: number } {
  const below = anchor.bottom + CARD_GAP
  const above = anchor.top - CARD_GAP - card.height
  const fitsBelow = below + card.height <= viewport.height - VIEWPORT_MARGIN
  const top = fitsBelow || anchor.top < viewport.height - anchor.bottom ? below : Math.max(VIEWPORT_MARGIN, above)
  const start = dir === 'rtl' ? anchor.right - card.width : anchor.left
  const maxLeft = viewport.width - VIEWPORT_MARGIN - card.width
  const left = Math.max(VIEWPORT_MARGIN, Math.min(start, maxLeft))
  return { left, top }
}
