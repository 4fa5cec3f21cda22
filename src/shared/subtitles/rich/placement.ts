import type { CuePlacement, VttCueSettings } from '../../project/schema'

/*
 * Cue placement shared by every format: the numpad anchor of ASS `\an` (1–9) and an optional explicit
 * position in percent of the frame. Mappings to and from WebVTT cue settings are here so the readers,
 * the writers and the burn-in agree. docs/subtitles.md lists what each format can and cannot carry.
 */

export type Row = 'bottom' | 'middle' | 'top'
export type Column = 'left' | 'center' | 'right'

export function anchorRow(an: number): Row {
  return an >= 7 ? 'top' : an >= 4 ? 'middle' : 'bottom'
}

export function anchorColumn(an: number): Column {
  const c = (an - 1) % 3
  return c === 0 ? 'left' : c === 1 ? 'center' : 'right'
}

export function anchorOf(row: Row, column: Column): number {
  return (row === 'bottom' ? 1 : row === 'middle' ? 4 : 7) + (column === 'left' ? 0 : column === 'center' ? 1 : 2)
}

/** undefined for the default placement (bottom centre, no position): cues without `place` mean exactly that. */
export function canonicalPlacement(place: CuePlacement | undefined): CuePlacement | undefined {
  if (!place) return undefined
  if (place.x === undefined || place.y === undefined) return place.an === 2 ? undefined : { an: place.an }
  return { an: place.an, x: round4(clampPct(place.x)), y: round4(clampPct(place.y)) }
}

/** Legacy SSA `\a` / v4 style alignment (1–3 bottom, +4 top, +8 middle) → numpad. */
export function anchorFromSsa(a: number): number | undefined {
  const table: Record<number, number> = { 1: 1, 2: 2, 3: 3, 5: 7, 6: 8, 7: 9, 9: 4, 10: 5, 11: 6 }
  return table[a]
}

/**
 * WebVTT settings → placement. Column from the text alignment (start/left → left, end/right → right;
 * start is read as left, the common case for the left-to-right files that use it). Row from the line:
 * auto → bottom; a line number ≥ 0 counts from the top, < 0 from the bottom; a percentage picks the third
 * of the frame it falls in. A percentage line AND an explicit position give an exact position, anchored
 * by the line and position alignments — the same geometry as ASS `\an` + `\pos`.
 */
export function placementFromVtt(s: VttCueSettings | undefined): CuePlacement | undefined {
  if (!s) return undefined
  const column: Column =
    s.align === 'left' || s.align === 'start' ? 'left' : s.align === 'right' || s.align === 'end' ? 'right' : 'center'
  if (s.line === undefined) return canonicalPlacement({ an: anchorOf('bottom', column) })
  if (s.snapToLines === false && s.position !== undefined) {
    const row: Row = s.lineAlign === 'center' ? 'middle' : s.lineAlign === 'end' ? 'bottom' : 'top'
    const posColumn: Column =
      s.positionAlign === 'line-left'
        ? 'left'
        : s.positionAlign === 'line-right'
          ? 'right'
          : s.positionAlign === 'center'
            ? 'center'
            : column
    return canonicalPlacement({ an: anchorOf(row, posColumn), x: s.position, y: s.line })
  }
  const row: Row =
    s.snapToLines === false
      ? s.line < 100 / 3
        ? 'top'
        : s.line > 200 / 3
          ? 'bottom'
          : 'middle'
      : s.line >= 0
        ? 'top'
        : 'bottom'
  return canonicalPlacement({ an: anchorOf(row, column) })
}

/** Placement → the WebVTT settings that say the same (written when the cue has no settings of its own). */
export function vttFromPlacement(place: CuePlacement | undefined): VttCueSettings | undefined {
  const p = canonicalPlacement(place)
  if (!p) return undefined
  const row = anchorRow(p.an)
  const column = anchorColumn(p.an)
  const out: VttCueSettings = {}
  if (p.x !== undefined && p.y !== undefined) {
    out.line = p.y
    out.snapToLines = false
    out.lineAlign = row === 'top' ? 'start' : row === 'middle' ? 'center' : 'end'
    out.position = p.x
    out.positionAlign = column === 'left' ? 'line-left' : column === 'right' ? 'line-right' : 'center'
    out.align = column
    return out
  }
  if (row === 'top') out.line = 0
  else if (row === 'middle') {
    out.line = 50
    out.snapToLines = false
    out.lineAlign = 'center'
  }
  if (column !== 'center') out.align = column
  return out
}

function clampPct(v: number): number {
  return Math.max(0, Math.min(100, v))
}

/** Four decimals of a percent: 1/10,000 of the frame, finer than a pixel of an 8K frame. */
function round4(v: number): number {
  return Math.round(v * 10_000) / 10_000
}
