import type { OutputPreflight, PreflightProblem, PreflightReport } from './types'

const MARK: Record<PreflightProblem['severity'], string> = { error: '✗', warning: '!', reconsider: '?', info: '·' }
const VERDICT: Record<OutputPreflight['verdict'], string> = {
  ready: 'ready',
  incomplete: 'INCOMPLETE',
  blocked: 'BLOCKED'
}

/**
 * The pre-flight as the CLI prints it (kindframe check, kindframe export): one row per clip × locale
 * with its verdict and counts, then every problem under its output; kindness findings with their
 * kinder wording. Pure; `maxPerOutput` cuts long lists (the JSON has everything).
 */
export function formatPreflightText(
  report: PreflightReport,
  opts: { maxPerOutput?: number; showInfo?: boolean } = {}
): string[] {
  const max = opts.maxPerOutput ?? 20
  const s = report.summary
  const lines: string[] = []
  lines.push(
    `Pre-flight (${report.presetId}): ${s.total} output${s.total === 1 ? '' : 's'} · ${s.ready} ready · ${s.incomplete} incomplete · ${s.blocked} blocked · ${s.errors} error${s.errors === 1 ? '' : 's'} · ${s.warnings} warning${s.warnings === 1 ? '' : 's'} · ${s.reconsider} to reconsider`
  )
  const skipped = (['media', 'fonts', 'outputs'] as const).filter((k) => !report.verified[k])
  if (skipped.length) lines.push(`  (not checked without disk access: ${skipped.join(', ')})`)
  const titleWidth = Math.min(32, Math.max(4, ...report.outputs.map((o) => [...(o.clipTitle || o.clipId)].length)))
  const localeWidth = Math.max(6, ...report.outputs.map((o) => o.locale.length))
  lines.push('')
  lines.push(
    `${pad('clip', titleWidth)}  ${pad('locale', localeWidth)}  ${pad('verdict', 10)}  cues  missing  draft  outdated  qc err/warn  kindness  file`
  )
  for (const o of report.outputs) {
    const c = o.counts
    const reconsider = o.problems.filter((p) => p.code === 'kindness').length
    lines.push(
      `${pad(o.clipTitle || o.clipId, titleWidth)}  ${pad(o.locale, localeWidth)}  ${pad(VERDICT[o.verdict], 10)}  ${num(c.cues, 4)}  ${num(c.missing, 7)}  ${num(c.draft, 5)}  ${num(c.outdated, 8)}  ${pad(`${c.qc.error}/${c.qc.warning}`, 11)}  ${num(reconsider, 8)}  ${o.verdict === 'incomplete' ? o.incompleteRel : o.rel}`
    )
  }
  for (const o of report.outputs) {
    const shown = o.problems.filter((p) => opts.showInfo || p.severity !== 'info')
    if (shown.length === 0) continue
    lines.push('')
    lines.push(`${o.clipTitle || o.clipId} [${o.locale}] — ${VERDICT[o.verdict]}`)
    for (const p of shown.slice(0, max)) {
      lines.push(`  ${MARK[p.severity]} ${p.severity === 'reconsider' ? 'reconsider: ' : ''}${p.message}`)
      if (p.lint?.issue.suggestions.length)
        lines.push(
          `      kinder: ${p.lint.issue.suggestions
            .slice(0, 3)
            .map((x) => `“${x}”`)
            .join(' · ')}`
        )
    }
    if (shown.length > max) lines.push(`  … and ${shown.length - max} more (--json lists every one)`)
  }
  return lines
}

function pad(text: string, width: number): string {
  const chars = [...text]
  return chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : text + ' '.repeat(width - chars.length)
}

function num(n: number, width: number): string {
  return String(n).padStart(width)
}
