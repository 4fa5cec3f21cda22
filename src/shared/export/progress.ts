/**
 * Pure parser for `ffmpeg -progress pipe:1` output: blocks of key=value lines, each block ending
 * with `progress=continue` or `progress=end`. Feed it chunks; it returns one update per block.
 */
export interface ProgressUpdate {
  /** Output time reached, ms. */
  outTimeMs: number
  /** 0–100 of the expected output duration; 100 only once ffmpeg says progress=end. */
  percent: number
  /** Remaining wall-clock time, from ffmpeg's speed (x realtime); null while unknown. */
  etaMs: number | null
  speed: number | null
  done: boolean
}

export interface ProgressParser {
  push(chunk: string): ProgressUpdate[]
}

export function createProgressParser(expectedDurationMs: number): ProgressParser {
  let buffer = ''
  let fields: Record<string, string> = {}
  return {
    push(chunk) {
      buffer += chunk
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      const updates: ProgressUpdate[] = []
      for (const line of lines) {
        const eq = line.indexOf('=')
        if (eq < 0) continue
        const key = line.slice(0, eq).trim()
        const value = line.slice(eq + 1).trim()
        fields[key] = value
        if (key === 'progress') {
          updates.push(toUpdate(fields, expectedDurationMs))
          fields = {}
        }
      }
      return updates
    }
  }
}

export function toUpdate(fields: Record<string, string>, expectedDurationMs: number): ProgressUpdate {
  const done = fields.progress === 'end'
  // out_time_ms is, despite its name, microseconds (an old ffmpeg quirk); prefer out_time_us.
  const us = Number(fields.out_time_us ?? fields.out_time_ms)
  const outTimeMs = Number.isFinite(us) && us > 0 ? us / 1000 : 0
  const speedMatch = /^([\d.]+)x$/.exec(fields.speed ?? '')
  const speed = speedMatch ? Number(speedMatch[1]) : null
  const expected = Math.max(1, expectedDurationMs)
  // While encoding we cap below 100: "100" is reserved for progress=end so the bar never sits at
  // 100% while ffmpeg is still flushing; verification is reported as its own state.
  const percent = done ? 100 : Math.min(99.9, Math.max(0, (outTimeMs / expected) * 100))
  const remaining = Math.max(0, expected - outTimeMs)
  const etaMs = done ? 0 : speed && speed > 0 ? Math.round(remaining / speed) : null
  return { outTimeMs, percent: round1(percent), etaMs, speed, done }
}

function round1(n: number): number {
  return Math.round(n * 10) / 10
}
