import type { ExportJob } from './job'

/**
 * The batch manifest: one row per output, proving what was checked. Pure builders for the JSON
 * document and the CSV text; the queue writes both atomically next to the outputs.
 */
export interface LintCounts {
  error: number
  warning: number
  info: number
}

export interface ManifestRow {
  file: string
  clipId: string
  clipTitle: string
  locale: string
  presetId: string
  state: ExportJob['state']
  durationMs: number | null
  sizeBytes: number | null
  loudnessInputI: number | null
  loudnessOutputI: number | null
  loudnessOutputTp: number | null
  checksPassed: boolean
  checks: string
  error: string
  /** Kindness-lint counts of the text burned into this output (subtitles of this locale). */
  lint: LintCounts | null
}

export interface Manifest {
  kind: 'kindframe-export-manifest'
  version: 1
  batchId: string
  createdAt: string
  outDir: string
  rows: ManifestRow[]
}

/** `file` is relative to the manifest's folder when the output is inside it. */
export function manifestRow(job: ExportJob, outDir: string, lint: LintCounts | null): ManifestRow {
  const prefix = outDir.endsWith('/') || outDir.endsWith('\\') ? outDir : `${outDir}/`
  const file = job.outputPath.startsWith(prefix) ? job.outputPath.slice(prefix.length) : job.outputPath
  const checks = job.result?.checks ?? []
  return {
    file,
    clipId: job.clipId,
    clipTitle: job.clipTitle,
    locale: job.locale,
    presetId: job.presetId,
    state: job.state,
    durationMs: job.result ? Math.round(job.result.durationMs) : null,
    sizeBytes: job.result?.sizeBytes ?? null,
    loudnessInputI: job.result?.loudness?.inputI ?? null,
    loudnessOutputI: job.result?.loudness?.outputI ?? null,
    loudnessOutputTp: job.result?.loudness?.outputTp ?? null,
    checksPassed: job.state === 'done' && checks.length > 0 && checks.every((c) => c.ok),
    checks: checks.map((c) => `${c.name}:${c.ok ? 'ok' : 'FAIL'}`).join(' '),
    error: job.error ? `${job.error.code}: ${job.error.message}` : '',
    lint
  }
}

const COLUMNS = [
  'file', 'clip_id', 'clip_title', 'locale', 'preset', 'state', 'duration_ms', 'size_bytes',
  'loudness_in_lufs', 'loudness_out_lufs', 'true_peak_out_dbtp', 'checks_passed', 'checks', 'error', 'lint'
] as const

/** RFC 4180: quote fields with comma, quote or line break; double the quotes. Formula-looking cells are defused. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return ''
  let s = String(value)
  // A spreadsheet would run "=…" as a formula (CSV injection); a leading apostrophe keeps it text.
  if (/^[=+\-@]/.test(s) && typeof value === 'string') s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function lintCell(l: LintCounts | null): string {
  return l ? `errors:${l.error} warnings:${l.warning} info:${l.info}` : ''
}

export function manifestCsv(m: Manifest): string {
  const lines = [COLUMNS.join(',')]
  for (const r of m.rows) {
    lines.push(
      [
        r.file, r.clipId, r.clipTitle, r.locale, r.presetId, r.state, r.durationMs, r.sizeBytes, r.loudnessInputI,
        r.loudnessOutputI, r.loudnessOutputTp, r.checksPassed, r.checks, r.error, lintCell(r.lint)
      ].map(csvField).join(',')
    )
  }
  return lines.join('\r\n') + '\r\n'
}
