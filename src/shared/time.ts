/** Time and frame maths. All times are integer milliseconds unless the name says otherwise. */

/** Snaps a time to the start of the frame that contains it. */
export function snapToFrame(ms: number, fps: number): number {
  const frame = Math.round((ms * fps) / 1000)
  return Math.round((frame * 1000) / fps)
}

/** 83456 → "00:01:23.456" */
export function formatTimecode(ms: number): string {
  const sign = ms < 0 ? '-' : ''
  const abs = Math.abs(Math.round(ms))
  const h = Math.floor(abs / 3_600_000)
  const m = Math.floor((abs % 3_600_000) / 60_000)
  const s = Math.floor((abs % 60_000) / 1000)
  const milli = abs % 1000
  return `${sign}${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}.${pad(milli, 3)}`
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}
