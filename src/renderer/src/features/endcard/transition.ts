/** xfade transitions the end card editor offers (a subset of ffmpeg's xfade `transition` names). */
export const TRANSITIONS = [
  'fade',
  'dissolve',
  'slideleft',
  'slideright',
  'slideup',
  'slidedown',
  'wipeleft',
  'wiperight',
  'circleopen'
] as const

export interface TransitionStyle {
  opacity?: number
  transform?: string
  clipPath?: string
}

/**
 * CSS for the incoming end card at `progress` (0 → clip only, 1 → card only), approximating the xfade
 * transition the export uses. Unknown kinds fade, which is also what the preview shows for them.
 */
export function transitionStyle(kind: string, progress: number): TransitionStyle {
  const p = Math.max(0, Math.min(1, progress))
  const rest = round((1 - p) * 100)
  switch (kind) {
    case 'slideleft':
      return { transform: `translateX(${rest}%)` }
    case 'slideright':
      return { transform: `translateX(${-rest}%)` }
    case 'slideup':
      return { transform: `translateY(${rest}%)` }
    case 'slidedown':
      return { transform: `translateY(${-rest}%)` }
    case 'wipeleft':
      return { clipPath: `inset(0 0 0 ${rest}%)` }
    case 'wiperight':
      return { clipPath: `inset(0 ${rest}% 0 0)` }
    case 'circleopen':
      return { clipPath: `circle(${round(p * 75)}% at 50% 50%)` }
    default:
      return { opacity: round(p) }
  }
}

/** Progress of the transition at `ms`, given when the card starts and how long the transition is. */
export function transitionProgress(ms: number, startMs: number, durationMs: number): number {
  if (ms < startMs) return 0
  if (durationMs <= 0) return 1
  return Math.min(1, (ms - startMs) / durationMs)
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}
