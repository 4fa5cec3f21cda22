import { captionChoiceFor } from '../../../shared/captions/resolve-style'
import { mkdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { ExportJob } from '../../../shared/export/job'
import {
  manifestCsv,
  manifestRow,
  skippedRow,
  type LintCounts,
  type Manifest,
  type ManifestContext
} from '../../../shared/export/manifest'
import type { Preset } from '../../../shared/export/presets'
import type { ExportMode, OutputPreflight, PreflightReport } from '../../../shared/preflight'
import type { Project } from '../../../shared/project/schema'
import { resolveFfmpeg } from '../ffmpeg/runner'
import { writeFileAtomic } from '../project/atomic-write'
import { KINDFRAME_VERSION } from '../version'

export interface ManifestInput {
  batchId: string
  outDir: string
  jobs: ExportJob[]
  project: Project
  projectPath: string | null
  preset: Preset
  report: PreflightReport
  skipped: OutputPreflight[]
  mode: ExportMode
  lintFor: (job: ExportJob) => LintCounts | null
}

/** Builds the manifest document (version 2) of a settled batch. */
export async function buildManifest(input: ManifestInput, now = new Date()): Promise<Manifest> {
  const ffmpegVersion = await resolveFfmpeg().then(
    (b) => b.version,
    () => null
  )
  const clips = new Map(input.project.clips.map((c) => [c.id, c]))
  const ctx: ManifestContext = {
    projectHash: input.report.projectHash,
    kindframeVersion: KINDFRAME_VERSION,
    ffmpegVersion,
    captionStyle: input.project.style,
    captionFor: (clipId) => captionChoiceFor(input.project, clips.get(clipId))
  }
  const byOutput = new Map(input.report.outputs.map((o) => [`${o.clipId}\u0000${o.locale}`, o]))
  return {
    kind: 'kindframe-export-manifest',
    version: 2,
    batchId: input.batchId,
    createdAt: now.toISOString(),
    outDir: input.outDir,
    series: input.project.series.title,
    projectPath: input.projectPath,
    projectHash: input.report.projectHash,
    kindframeVersion: KINDFRAME_VERSION,
    ffmpegVersion,
    preset: input.preset,
    captionStyle: input.project.style,
    mode: input.mode,
    preflight: input.report.summary,
    rows: [
      ...input.jobs.map((j) =>
        manifestRow(j, input.outDir, input.lintFor(j), ctx, byOutput.get(`${j.clipId}\u0000${j.locale}`) ?? null)
      ),
      ...input.skipped.map((o) => skippedRow(o, input.preset.id, ctx))
    ]
  }
}

/** Writes kindframe-manifest-<batch>.json and .csv next to the outputs, each atomically. Returns the JSON path. */
export async function writeManifest(manifest: Manifest): Promise<string> {
  await mkdir(manifest.outDir, { recursive: true })
  const base = join(manifest.outDir, `kindframe-manifest-${manifest.batchId}`)
  await writeFileAtomic(`${base}.json`, JSON.stringify(manifest, null, 2) + '\n')
  try {
    await writeFileAtomic(`${base}.csv`, manifestCsv(manifest))
  } catch (err) {
    // Both or neither: a JSON without its CSV would look complete.
    await unlink(`${base}.json`).catch(() => {})
    throw err
  }
  return `${base}.json`
}
