import type { ManifestRow } from './manifest'

/**
 * report.html for a series: one self-contained page a producer can send (thumbnails are embedded
 * as data: URLs, no scripts, no network), readable offline in any browser and printable. Pure:
 * main extracts the thumbnails with ffmpeg and passes them in. The page is English, like the CLI
 * and the manifest.
 */
export interface ReportThumbnail {
  /** "0:01.5" or "end card". */
  label: string
  atMs: number
  /** data:image/jpeg;base64,… (or a relative URL). */
  src: string
  endCard: boolean
}

export interface ReportOutput {
  row: ManifestRow
  /** The batch that wrote it (earlier batches' outputs still in the folder are part of the series). */
  batchId: string
  createdAt: string
  thumbnails: ReportThumbnail[]
  /** Why there are no thumbnails (file gone, not exported). */
  thumbnailsNote?: string
}

export interface SeriesReport {
  series: string
  generatedAt: string
  batchId: string
  outDir: string
  kindframeVersion: string | null
  ffmpegVersion: string | null
  preset: { id: string; label: string; loudness: { integrated: number; truePeak: number } } | null
  captionStyle: string | null
  projectHash: string | null
  outputs: ReportOutput[]
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!
  )
}

export function formatClock(ms: number): string {
  const s = Math.max(0, ms) / 1000
  const m = Math.floor(s / 60)
  return `${m}:${(s - m * 60).toFixed(1).padStart(4, '0')}`
}

export function formatBytes(bytes: number | null): string {
  if (bytes === null) return '—'
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`
  return `${(bytes / 1_000_000).toFixed(1)} MB`
}

const num = (v: number | null, unit: string) => (v === null ? '—' : `${v.toFixed(1)} ${unit}`)

const STATUS: Record<string, { text: string; cls: string }> = {
  ready: { text: 'Ready', cls: 'ok' },
  incomplete: { text: 'Incomplete', cls: 'bad' },
  failed: { text: 'Failed', cls: 'bad' },
  skipped: { text: 'Not exported', cls: 'warn' },
  cancelled: { text: 'Cancelled', cls: 'warn' }
}

function statusOf(row: ManifestRow): { text: string; cls: string } {
  if (row.state === 'done') return row.incomplete ? STATUS.incomplete : STATUS.ready
  return STATUS[row.state] ?? { text: row.state, cls: 'warn' }
}

const STYLE = `
:root { color-scheme: light; --ink: #1b1b1f; --muted: #4a4a55; --line: #c9c9d2; --ok: #0b6b2e; --ok-bg: #e3f4e8; --bad: #9b1c1c; --bad-bg: #fbe5e5; --warn: #7a4b00; --warn-bg: #fdf0d8; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", sans-serif; color: var(--ink); background: #fff; }
header, main { max-width: 1100px; margin: 0 auto; padding: 1rem 1.5rem; }
h1 { font-size: 1.6rem; margin: .5rem 0; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; }
h3 { font-size: 1.05rem; margin: 0; }
.meta { color: var(--muted); margin: 0; }
.meta code, td code { font-size: .85em; word-break: break-all; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
caption { text-align: start; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: start; vertical-align: top; }
th { background: #f2f2f6; }
.badge { display: inline-block; padding: 0 .5rem; border-radius: .75rem; font-weight: 600; font-size: .85rem; }
.ok { color: var(--ok); background: var(--ok-bg); }
.bad { color: var(--bad); background: var(--bad-bg); }
.warn { color: var(--warn); background: var(--warn-bg); }
article { border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; margin: 0 0 1rem; }
article header { display: flex; gap: .75rem; align-items: baseline; flex-wrap: wrap; padding: 0; margin: 0 0 .75rem; max-width: none; }
.sheet { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: .5rem; margin: 0 0 .75rem; padding: 0; list-style: none; }
.sheet figure { margin: 0; }
.sheet img { display: block; width: 100%; height: auto; aspect-ratio: 9 / 16; object-fit: contain; background: #111; border-radius: .25rem; }
.sheet figcaption { font-size: .8rem; color: var(--muted); }
.problems { margin: .25rem 0 0; padding-inline-start: 1.25rem; }
.file { font-family: ui-monospace, "Noto Sans Mono", monospace; font-size: .85rem; word-break: break-all; }
@page { margin: 12mm; }
@media print {
  body { font-size: 11pt; }
  header, main { max-width: none; padding: 0; }
  article { break-inside: avoid; page-break-inside: avoid; }
  .sheet img { aspect-ratio: auto; max-height: 9cm; }
}
`

export function seriesReportHtml(r: SeriesReport): string {
  const rows = r.outputs.map((o) => o.row)
  const done = rows.filter((x) => x.state === 'done')
  const count = (pred: (x: ManifestRow) => boolean) => rows.filter(pred).length
  const totalBytes = done.reduce((sum, x) => sum + (x.sizeBytes ?? 0), 0)
  const warnings = rows.reduce((sum, x) => sum + (x.preflight?.warnings ?? 0), 0)
  const e = escapeHtml
  const meta = [
    `Generated ${e(r.generatedAt.slice(0, 16).replace('T', ' '))} UTC from batch <code>${e(r.batchId)}</code>`,
    r.preset
      ? `Preset: ${e(r.preset.label)} (<code>${e(r.preset.id)}</code>), loudness target ${r.preset.loudness.integrated} LUFS / ${r.preset.loudness.truePeak} dBTP`
      : '',
    r.captionStyle ? `Caption style: ${e(r.captionStyle)}` : '',
    `Kindframe ${e(r.kindframeVersion ?? '?')} · ffmpeg ${e(r.ffmpegVersion ?? '?')}`,
    r.projectHash ? `Project content hash: <code>${e(r.projectHash)}</code>` : '',
    `Folder: <span class="file">${e(r.outDir)}</span>`
  ].filter(Boolean)
  const summary = [
    ['Outputs', String(rows.length)],
    ['Ready (exported under their final names)', String(count((x) => x.state === 'done' && !x.incomplete))],
    ['Exported incomplete (".incomplete.mp4")', String(count((x) => x.state === 'done' && x.incomplete))],
    ['Not exported (pre-flight)', String(count((x) => x.state === 'skipped'))],
    ['Failed or cancelled', String(count((x) => x.state === 'failed' || x.state === 'cancelled'))],
    ['Total size', formatBytes(totalBytes)],
    ['Pre-flight warnings', String(warnings)]
  ]
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(r.series)} — Kindframe export report</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${e(r.series)}</h1>
${meta.map((m) => `<p class="meta">${m}</p>`).join('\n')}
</header>
<main>
<h2 id="summary">Summary</h2>
<table aria-labelledby="summary">
<tbody>
${summary.map(([k, v]) => `<tr><th scope="row">${e(k)}</th><td>${e(v)}</td></tr>`).join('\n')}
</tbody>
</table>
<h2 id="outputs">Outputs</h2>
${r.outputs.map((o, i) => outputSection(o, i)).join('\n')}
</main>
</body>
</html>
`
}

function outputSection(o: ReportOutput, index: number): string {
  const e = escapeHtml
  const row = o.row
  const status = statusOf(row)
  const headingId = `out-${index}`
  const title = `${row.clipTitle || row.clipId} (${row.locale})`
  const failedChecks = row.checks
    .split(' ')
    .filter((c) => c.endsWith(':FAIL'))
    .map((c) => c.slice(0, -5))
  const checksText = row.checks
    ? failedChecks.length
      ? `failed: ${failedChecks.join(', ')}`
      : `all ${row.checks.split(' ').length} passed`
    : '—'
  const pf = row.preflight
  const facts: [string, string][] = [
    ['File', `<span class="file">${e(row.file)}</span>`],
    ['Duration', row.durationMs === null ? '—' : e(formatClock(row.durationMs))],
    ['Size', e(formatBytes(row.sizeBytes))],
    [
      'Loudness',
      `${e(num(row.loudnessOutputI, 'LUFS'))} integrated, ${e(num(row.loudnessOutputTp, 'dBTP'))} true peak (source ${e(num(row.loudnessInputI, 'LUFS'))})`
    ],
    ['Checks', e(checksText)],
    [
      'Subtitles',
      row.cues === null
        ? '—'
        : e(`${row.cues} cues · ${row.missing ?? 0} missing · ${row.draft ?? 0} draft · ${row.outdated ?? 0} outdated`)
    ],
    ['QC', row.qc ? e(`${row.qc.error} errors · ${row.qc.warning} warnings`) : '—'],
    [
      'Kindness lint',
      row.lint ? e(`${row.lint.error} errors · ${row.lint.warning} warnings · ${row.lint.info} notes`) : '—'
    ],
    [
      'Pre-flight',
      pf ? e(`${pf.verdict} · ${pf.errors} errors · ${pf.warnings} warnings · ${pf.reconsider} to reconsider`) : '—'
    ],
    ['Exported', e(`${o.createdAt.slice(0, 16).replace('T', ' ')} UTC (batch ${o.batchId})`)]
  ]
  if (row.error) facts.push(['Error', e(row.error)])
  const problems = pf?.problems ?? []
  const sheet = o.thumbnails.length
    ? `<ul class="sheet" aria-label="Contact sheet of ${e(title)}">\n${o.thumbnails
        .map(
          (t) =>
            `<li><figure><img src="${e(t.src)}" alt="${e(`${title}: ${t.endCard ? 'end card' : 'frame'} at ${formatClock(t.atMs)}`)}" width="180" height="320"><figcaption>${e(t.endCard ? `End card, ${formatClock(t.atMs)}` : formatClock(t.atMs))}</figcaption></figure></li>`
        )
        .join('\n')}\n</ul>`
    : `<p class="meta">${e(o.thumbnailsNote ?? 'No thumbnails.')}</p>`
  return `<article aria-labelledby="${headingId}">
<header><h3 id="${headingId}">${e(title)}</h3><span class="badge ${status.cls}">${e(status.text)}</span></header>
${sheet}
<table>
<caption class="meta">Checks and numbers for ${e(title)}</caption>
<tbody>
${facts.map(([k, v]) => `<tr><th scope="row">${e(k)}</th><td>${v}</td></tr>`).join('\n')}
</tbody>
</table>
${problems.length ? `<h4 class="meta">Warnings and problems</h4>\n<ul class="problems">${problems.map((p) => `<li>${e(p)}</li>`).join('')}</ul>` : ''}
</article>`
}
