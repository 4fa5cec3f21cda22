import type { ErrorCode } from '../errors'
import type { OutputPreflight, PreflightReport } from './types'

/**
 * What to export after pre-flight:
 * - 'refuse' (default): only when every output is ready; otherwise nothing;
 * - 'ready': the ready outputs; the others are skipped (CLI --only-ready, studio "Export only the ready ones");
 * - 'all': ready outputs under their final names and incomplete ones under a ".incomplete.mp4" name
 *   (CLI --allow-incomplete, studio "Export all"). Blocked outputs (file exists, name collision, lint
 *   policy) are never written.
 */
export type ExportMode = 'refuse' | 'ready' | 'all'

export interface SelectedOutput {
  output: OutputPreflight
  /** Relative path it is written to: its final name, or its incomplete name. */
  rel: string
  incomplete: boolean
}

export interface ExportSelection {
  selected: SelectedOutput[]
  skipped: OutputPreflight[]
  /** Set when mode 'refuse' meets an output that is not ready: nothing is exported. */
  refused?: { code: ErrorCode; message: string }
}

export function selectForExport(report: PreflightReport, mode: ExportMode): ExportSelection {
  const notReady = report.outputs.filter((o) => o.verdict !== 'ready')
  if (mode === 'refuse' && notReady.length > 0) {
    return { selected: [], skipped: report.outputs, refused: refusal(report) }
  }
  const selected: SelectedOutput[] = []
  const skipped: OutputPreflight[] = []
  for (const o of report.outputs) {
    if (o.verdict === 'ready') selected.push({ output: o, rel: o.rel, incomplete: false })
    else if (o.verdict === 'incomplete' && mode === 'all')
      selected.push({ output: o, rel: o.incompleteRel, incomplete: true })
    else skipped.push(o)
  }
  return { selected, skipped }
}

/**
 * The error that refuses a batch, with the code that names its first kind of problem. A clip whose
 * media file is missing is bad input (exit 3, like the export's own source check): no mode can
 * export it, so that refusal says so before anything else.
 */
export function refusal(report: PreflightReport): { code: ErrorCode; message: string } {
  const { summary } = report
  const incomplete = report.outputs.filter((o) => o.verdict === 'incomplete')
  const blocked = report.outputs.filter((o) => o.verdict === 'blocked')
  const notReady = summary.total - summary.ready
  const gone = incomplete.find((o) => o.problems.some((p) => p.code === 'media-missing'))
  if (gone) {
    const why = gone.problems.find((p) => p.code === 'media-missing')!
    return {
      code: 'media-missing',
      message:
        `${why.message} Clip ${gone.clipTitle || gone.clipId} cannot be exported without it: relink it (kindframe relink; studio: Relink…) ` +
        `or leave the clip out. ${notReady} of ${summary.total} outputs are not ready; nothing was exported.`
    }
  }
  const policyOnly = blocked.length > 0 && blocked.every((o) => o.problems.every((p) => p.blocks !== 'output'))
  const code: ErrorCode = incomplete.length > 0 ? 'incomplete' : policyOnly ? 'lint-blocked' : 'exists'
  const first = [...incomplete, ...blocked][0]
  const why = first?.problems.find((p) => p.severity === 'error')
  const message =
    `${notReady} of ${summary.total} outputs are not ready (${summary.incomplete} incomplete, ${summary.blocked} blocked); nothing was exported.` +
    (first && why ? ` First: ${first.clipTitle || first.clipId} [${first.locale}]: ${why.message}` : '') +
    ' Fix them, or export anyway with --only-ready / --allow-incomplete (studio: Export only the ready ones / Export all).'
  return { code, message }
}
