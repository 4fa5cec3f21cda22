export interface Silence {
  startMs: number
  /** null when the silence runs to the end of the file. */
  endMs: number | null
}

export interface SilenceReport {
  silences: Silence[]
  /** From ffmpeg's "Duration:" line of the input, when present. */
  durationMs?: number
  /** True when ffmpeg listed an audio stream for the input. */
  hasAudio: boolean
}

/**
 * Reads ffmpeg's stderr from `-af silencedetect`: "silence_start: 1.234" and
 * "silence_end: 2.5 | silence_duration: 1.266" lines (order matters: an end closes the last start).
 */
export function parseSilenceDetect(stderr: string): SilenceReport {
  const silences: Silence[] = []
  const re = /silence_(start|end): (-?[\d.]+)/g
  for (let m = re.exec(stderr); m; m = re.exec(stderr)) {
    const ms = Math.max(0, Math.round(Number(m[2]) * 1000))
    if (m[1] === 'start') silences.push({ startMs: ms, endMs: null })
    else {
      const open = silences[silences.length - 1]
      if (open && open.endMs === null) open.endMs = ms
      else silences.push({ startMs: 0, endMs: ms })
    }
  }
  const d = /Duration: (\d+):(\d{2}):(\d{2}(?:\.\d+)?)/.exec(stderr)
  const report: SilenceReport = { silences, hasAudio: /Stream #\d+:\d+[^\n]*: Audio:/.test(stderr) }
  if (d) report.durationMs = Math.round((Number(d[1]) * 3600 + Number(d[2]) * 60 + Number(d[3])) * 1000)
  return report
}

export interface Segment {
  startMs: number
  endMs: number
}

/** Speech = the clip minus the silences; segments shorter than `minSpeechMs` (clicks, breaths) are dropped. */
export function speechSegments(silences: readonly Silence[], durationMs: number, minSpeechMs = 120): Segment[] {
  const out: Segment[] = []
  let cursor = 0
  for (const s of [...silences].sort((a, b) => a.startMs - b.startMs)) {
    if (s.startMs > cursor) out.push({ startMs: cursor, endMs: Math.min(s.startMs, durationMs) })
    cursor = Math.max(cursor, s.endMs ?? durationMs)
  }
  if (cursor < durationMs) out.push({ startMs: cursor, endMs: durationMs })
  return out.filter((seg) => seg.endMs - seg.startMs >= minSpeechMs)
}
