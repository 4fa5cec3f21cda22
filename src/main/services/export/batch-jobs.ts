import { randomBytes } from 'node:crypto'
import { join, resolve } from 'node:path'
import { KindframeError } from '../../../shared/errors'
import type { ExportJob } from '../../../shared/export/job'
import type { LintCounts } from '../../../shared/export/manifest'
import { renderOutputName } from '../../../shared/export/output-name'
import { DEFAULT_PRESET_ID, findPreset, PRESETS, type Preset } from '../../../shared/export/presets'
import { lintCues, summarize } from '../../../shared/lint'
import { exportPolicyVerdict } from '../../../shared/lint'
import { cuesForLocale } from '../../../shared/export/ass-input'
import { isValidLocaleTag } from '../../../shared/locales'
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
}

export interface PlannedBatch {
  batchId: string
  preset: Preset
  outDir: string
  jobs: ExportJob[]
}

export function newBatchId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)
  return `${stamp}-${randomBytes(3).toString('hex')}`
}

export function planBatch(req: BatchRequest, batchId = newBatchId()): PlannedBatch {
  const presetId = req.presetId ?? req.project.export.presetId ?? DEFAULT_PRESET_ID
  const preset = findPreset(presetId)
  if (!preset) throw new KindframeError('invalid-input', `Unknown preset "${presetId}". Known: ${PRESETS.map((p) => p.id).join(', ')}.`)
  const clips = req.clipIds?.length ? req.clipIds.map((id) => {
    const clip = req.project.clips.find((c) => c.id === id)
    if (!clip) throw new KindframeError('not-found', `Clip "${id}" is not in the project (clips: ${req.project.clips.map((c) => c.id).join(', ') || 'none'}).`)
    return clip
  }) : req.project.clips
  if (clips.length === 0) throw new KindframeError('invalid-input', 'The project has no clips to export.')
  const locales = req.locales?.length ? [...new Set(req.locales)] : [req.project.sourceLocale]
  const bad = locales.filter((l) => !isValidLocaleTag(l))
  if (bad.length) throw new KindframeError('invalid-input', `Not a locale tag: ${bad.join(', ')} (use BCP-47 tags such as "ms", "pt-BR").`)
  const verdict = exportPolicyVerdict(req.project)
  if (verdict.block) throw new KindframeError('lint-blocked', `The project's lint policy blocks export:\n${verdict.reasons.join('\n')}`)

  const outDir = resolve(req.outDir)
  const used = new Set<string>()
  const jobs: ExportJob[] = []
  for (const clip of clips) {
    for (const locale of locales) {
      let rel = renderOutputName(req.project.export.outputTemplate, {
        series: req.project.series.title, clip: clip.title || clip.id, clipId: clip.id, locale, preset: preset.id
      })
      // Two clips with the same title must not write the same file.
      if (used.has(rel)) rel = rel.replace(/\.mp4$/i, `.${clip.id}.mp4`)
      used.add(rel)
      jobs.push({
        id: `${batchId}-${jobs.length + 1}`, batchId, clipId: clip.id, clipTitle: clip.title, locale, presetId: preset.id,
        outputPath: join(outDir, ...rel.split('/')), state: 'queued', percent: 0, etaMs: null
      })
    }
  }
  return { batchId, preset, outDir, jobs }
}

/** Lint counts of the subtitles burned into one output (null when the engine can't run, e.g. no pack). */
export function lintCountsFor(project: Project, clipId: string, locale: string): LintCounts | null {
  const clip = project.clips.find((c) => c.id === clipId)
  if (!clip) return null
  try {
    const cues = cuesForLocale(clip, locale, project.sourceLocale, Number.MAX_SAFE_INTEGER).map((c, i) => ({ id: String(i), ...c }))
    const s = summarize(lintCues(cues, { locale, settings: project.lint }))
    return { error: s.error, warning: s.warning, info: s.info }
  } catch {
    return null
  }
}
