import { snapToFrame } from '../../../../shared/time'

/** What a dragged edge may stick to. */
export interface SnapContext {
  fps: number
  /** Edges of the other cues (start and end times), in ms. */
  neighbours: number[]
  /** How close (ms) an edge must come to a neighbour to stick to it. */
  thresholdMs: number
  /** Allowed span, usually [0, clip duration]. */
  minMs: number
  maxMs: number
}

/** Snaps one time: to the nearest neighbouring edge within the threshold, else to the frame grid. */
export function snapTime(ms: number, ctx: SnapContext): number {
  let best: number | null = null
  for (const edge of ctx.neighbours) {
    const d = Math.abs(edge - ms)
    if (d <= ctx.thresholdMs && (best === null || d < Math.abs(best - ms))) best = edge
  }
  const snapped = best ?? snapToFrame(ms, ctx.fps)
  return Math.min(ctx.maxMs, Math.max(ctx.minMs, snapped))
}

/** The smallest cue we allow while resizing: one frame. */
export function minCueMs(fps: number): number {
  return Math.ceil(1000 / fps)
}

/**
 * Moves a whole cue by `deltaMs`, keeping its duration. Whichever edge lands closer to a neighbour
 * decides the snap, so a cue dropped next to another butts against it exactly.
 */
export function moveCue(
  cue: { startMs: number; endMs: number },
  deltaMs: number,
  ctx: SnapContext
): { startMs: number; endMs: number } {
  const duration = cue.endMs - cue.startMs
  const rawStart = cue.startMs + deltaMs
  const rawEnd = rawStart + duration
  const startSnap = snapTime(rawStart, { ...ctx, minMs: ctx.minMs, maxMs: ctx.maxMs - duration })
  const endSnap = snapTime(rawEnd, { ...ctx, minMs: ctx.minMs + duration, maxMs: ctx.maxMs })
  const startIsNeighbour = ctx.neighbours.includes(startSnap) && Math.abs(startSnap - rawStart) <= ctx.thresholdMs
  const endIsNeighbour = ctx.neighbours.includes(endSnap) && Math.abs(endSnap - rawEnd) <= ctx.thresholdMs
  let startMs = startSnap
  if (endIsNeighbour && (!startIsNeighbour || Math.abs(endSnap - rawEnd) < Math.abs(startSnap - rawStart)))
    startMs = endSnap - duration
  startMs = Math.min(ctx.maxMs - duration, Math.max(ctx.minMs, startMs))
  return { startMs, endMs: startMs + duration }
}

/** Drags one edge to `ms`; the cue never gets shorter than a frame nor flips. */
export function resizeCue(
  cue: { startMs: number; endMs: number },
  edge: 'start' | 'end',
  ms: number,
  ctx: SnapContext
): { startMs: number; endMs: number } {
  const min = minCueMs(ctx.fps)
  if (edge === 'start') {
    const startMs = snapTime(ms, { ...ctx, maxMs: Math.min(ctx.maxMs, cue.endMs - min) })
    return { startMs: Math.min(startMs, cue.endMs - min), endMs: cue.endMs }
  }
  const endMs = snapTime(ms, { ...ctx, minMs: Math.max(ctx.minMs, cue.startMs + min) })
  return { startMs: cue.startMs, endMs: Math.max(endMs, cue.startMs + min) }
}

/** Edges of every cue except the one being dragged. */
export function neighbourEdges(cues: { id: string; startMs: number; endMs: number }[], exceptId: string): number[] {
  const edges: number[] = []
  for (const c of cues) if (c.id !== exceptId) edges.push(c.startMs, c.endMs)
  return edges
}
