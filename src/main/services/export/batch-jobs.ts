import { randomBytes } from 'node:crypto'
import { join, resolve } from 'node:path'
import { KindframeError } from '../../../shared/errors'
import type { ExportJob } from '../../../shared/export/job'
import type { LintCounts } from '../../../shared/export/manifest'
import type { Preset } from '../../../shared/export/presets'
import { lintCues, summarize } from '../../../shared/lint'
import { cuesForLocale } from '../../../shared/export/ass-input'
import {
  preflight,
  resolveBatchScope,
  selectForExport,
  type ExportMode,
  type OutputPreflight,
  type PreflightReport
} from '../../../shared/preflight'
import type { Project } from '../../../shared/project/schema'

/** What a batch is made of: series × chosen clips × chosen locales, one preset, one folder. */
export interface BatchRequest {
  project: Project
  projectPath: string | null
  clipIds?: string[]
  /** Default: the project's source locale. */
  locales?: string[]
  presetId?: string
  outDir: string
  overwrite?: boolean
  /** What to do with outputs that are not ready (see ExportMode); default 'refuse'. */
  mode?: ExportMode
  /**
   * Pre-flight of exactly this request with the disk's facts (preflightBatch). Without one the queue
   * runs the pure checks on the project alone (no media, font or output-folder facts).
   */
  preflight?: PreflightReport
}

export interface PlannedBatch {
  batchId: string
  preset: Preset
  outDir: string
  jobs: ExportJob[]
  report: PreflightReport
  /** Outputs pre-flight left out (not ready): recorded in the manifest as skipped. */
  skipped: OutputPreflight[]
  mode: ExportMode
}

export function newBatchId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)
  return `${stamp}-${randomBytes(3).toString('hex')}`
}

/**
 * Jobs of a batch after pre-flight: refused as a whole (KindframeError 'incomplete', 'exists' or
 * 'lint-blocked', with the report in `details`) when the mode says so, otherwise one job per selected
 * output, at its final name, or at its ".incomplete.mp4" name when it is exported anyway.
 */
export function planBatch(req: BatchRequest, batchId = newBatchId()): PlannedBatch {
  const { preset } = resolveBatchScope(req.project, req)
  const mode = req.mode ?? 'refuse'
  const report = req.preflight && matches(req.preflight, preset.id, req) ? req.preflight : preflight(req.project, req)
  const selection = selectForExport(report, mode)
  if (selection.refused) throw new KindframeError(selection.refused.code, selection.refused.message, { report })
  if (selection.selected.length === 0) {
    throw new KindframeError(
      'incomplete',
      `None of the ${report.outputs.length} outputs is ready; nothing was exported. Fix them first (kindframe check lists why), or export anyway with --allow-incomplete.`,
      { report }
    )
  }
  const outDir = resolve(req.outDir)
  const jobs: ExportJob[] = selection.selected.map((s, i) => {
    const o = s.output
    const count = (sev: string) => o.problems.filter((p) => p.severity === sev).length
    return {
      id: `${batchId}-${i + 1}`,
      batchId,
      clipId: o.clipId,
      clipTitle: o.clipTitle,
      locale: o.locale,
      presetId: preset.id,
      outputPath: join(outDir, ...s.rel.split('/')),
      state: 'queued',
      percent: 0,
      etaMs: null,
      preflight: {
        verdict: o.verdict,
        errors: count('error'),
        warnings: count('warning'),
        reconsider: count('reconsider')
      },
      ...(s.incomplete ? { incomplete: true } : {})
    }
  })
  return { batchId, preset, outDir, jobs, report, skipped: selection.skipped, mode }
}

/** A report made for another preset, other locales or without the overwrite flag asked now is not used. */
function matches(report: PreflightReport, presetId: string, req: BatchRequest): boolean {
  const locales = req.locales?.length ? [...new Set(req.locales)] : [req.project.sourceLocale]
  return (
    report.presetId === presetId &&
    report.overwrite === (req.overwrite ?? false) &&
    report.locales.join(',') === locales.join(',')
  )
}

/** Lint counts of the subtitles burned into one output (null when the engine can't run, e.g. no pack). */
export function lintCountsFor(project: Project, clipId: string, locale: string): LintCounts | null {
  const clip = project.clips.find((c) => c.id === clipId)
  if (!clip) return null
  try {
    const cues = cuesForLocale(clip, locale, project.sourceLocale, Number.MAX_SAFE_INTEGER).map((c, i) => ({
      id: String(i),
      ...c
    }))
    const s = summarize(lintCues(cues, { locale, settings: project.lint }))
    return { error: s.error, warning: s.warning, info: s.info }
  } catch {
    return null
  }
}
