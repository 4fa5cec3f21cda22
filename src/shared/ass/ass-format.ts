/**
 * Low-level ASS value formatting: times and colours. Pure; table-tested in tests/unit/ass.
 */

/**
 * Milliseconds → ASS time `H:MM:SS.cc` (centiseconds, the only precision ASS has).
 * Rounds to the nearest centisecond, so a cue never starts before its startMs or ends after its
 * endMs by more than 5 ms (the brief allows 10). Negative or non-finite input clamps to 0.
 */
export function formatAssTime(ms: number): string {
  const cs = Number.isFinite(ms) && ms > 0 ? Math.round(ms / 10) : 0
  const h = Math.floor(cs / 360_000)
  const m = Math.floor((cs % 360_000) / 6000)
  const s = Math.floor((cs % 6000) / 100)
  const c = cs % 100
  return `${h}:${pad2(m)}:${pad2(s)}.${pad2(c)}`
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

/**
 * `#RRGGBB` → ASS colour `&HAABBGGRR` (byte order reversed; alpha 0 = opaque, 255 = invisible).
 * Throws on anything that is not #RRGGBB, since the project schema already guarantees that shape.
 */
export function assColor(hex: string, alpha = 0): string {
  const m = /^#([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})$/.exec(hex)
  if (!m) throw new Error(`not a #RRGGBB colour: ${JSON.stringify(hex)}`)
  const a = Math.max(0, Math.min(255, Math.round(alpha)))
  return `&H${hex2(a)}${m[3]}${m[2]}${m[1]}`.toUpperCase()
}

function hex2(n: number): string {
  return n.toString(16).padStart(2, '0')
}
