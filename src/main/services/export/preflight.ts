import { readdir, readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { effectiveEndCard } from '../../../shared/export/ass-input'
import type { Manifest } from '../../../shared/export/manifest'
import { incompleteName, planOutputNames } from '../../../shared/export/output-plan'
import {
  glyphNeeds,
  preflight,
  resolveBatchScope,
  type OutputFact,
  type PreflightFacts,
  type PreflightReport,
  type PreflightRequest
} from '../../../shared/preflight'
import type { Project } from '../../../shared/project/schema'
import { fontFacts } from '../fonts/system'
import { mediaFact } from '../media/fingerprint'
import { locateMedia } from '../media/resolve'
import { mapLimit } from '../media/map-limit'

/**
 * Main's half of pre-flight: it looks at the disk (media against their import records, end-card
 * photos, the fonts' character maps, what the output folder already holds and which manifest wrote
 * it) and hands those facts to the pure `preflight()`. The studio's review, the CLI and the queue all
 * go through here, so they judge an output the same way.
 */
export interface PreflightBatchRequest extends PreflightRequest {
  project: Project
  /** Anchors relative media paths; null for a project never saved. */
  projectPath: string | null
  /** Without one, existing outputs are not checked. */
  outDir?: string
}

export async function preflightBatch(
  req: PreflightBatchRequest
): Promise<{ report: PreflightReport; facts: PreflightFacts }> {
  const facts = await gatherFacts(req)
  return { report: preflight(req.project, req, facts), facts }
}

export async function gatherFacts(req: PreflightBatchRequest): Promise<PreflightFacts> {
  const { project } = req
  const scope = resolveBatchScope(project, req)
  const projectPath = req.projectPath === null ? null : resolve(req.projectPath)
  const facts: PreflightFacts = { media: {}, cardMedia: {} }
  // Two files at a time: hashing reads whole files, and the machine is shared with preview and exports.
  await mapLimit(scope.clips, 2, async (clip) => {
    // The same reading of the path the export uses (locateMedia: a POSIX name holding "\\" verbatim first).
    facts.media![clip.id] = await mediaFact(await locateMedia(projectPath, clip.media), clip.mediaFingerprint)
    const ec = effectiveEndCard(project, clip)
    const photo = ec.media ?? clip.creator.photo
    if (ec.enabled && photo && facts.cardMedia![photo] === undefined) {
      facts.cardMedia![photo] = await stat(await locateMedia(projectPath, photo)).then(
        (s) => s.isFile(),
        () => false
      )
    }
  })
  facts.fonts = await fontFacts(glyphNeeds(project, req))
  if (req.outDir) {
    const outDir = resolve(req.outDir)
    const recorded = await recordedOutputs(outDir)
    const rels = planOutputNames(project, scope.clips, scope.locales, scope.preset.id).flatMap((o) => [
      o.rel,
      incompleteName(o.rel)
    ])
    facts.outputs = {}
    for (const rel of rels) facts.outputs[rel] = await outputFact(outDir, rel, recorded.get(rel))
  }
  return facts
}

async function outputFact(outDir: string, rel: string, recorded: OutputFact['recorded']): Promise<OutputFact> {
  const s = await stat(join(outDir, ...rel.split('/'))).catch(() => undefined)
  if (!s) return { exists: false }
  return { exists: true, sizeBytes: s.size, mtimeMs: Math.round(s.mtimeMs), ...(recorded ? { recorded } : {}) }
}

export type RecordedOutput = NonNullable<OutputFact['recorded']>

/**
 * File (relative, "/"-separated) → the newest manifest row of this folder that wrote it (state done).
 * Unreadable or foreign JSON files are skipped: the folder belongs to the user.
 */
export async function recordedOutputs(outDir: string): Promise<Map<string, RecordedOutput>> {
  const names = await readdir(outDir).catch(() => [] as string[])
  const out = new Map<string, RecordedOutput>()
  for (const name of names.filter((n) => /^kindframe-manifest-.*\.json$/.test(n)).sort()) {
    const manifest = await readFile(join(outDir, name), 'utf8')
      .then((t) => JSON.parse(t) as Manifest)
      .catch(() => undefined)
    if (manifest?.kind !== 'kindframe-export-manifest' || !Array.isArray(manifest.rows)) continue
    for (const row of manifest.rows) {
      if (row?.state !== 'done' || typeof row.file !== 'string') continue
      const file = row.file.replace(/\\/g, '/')
      const previous = out.get(file)
      if (previous && previous.createdAt > manifest.createdAt) continue
      out.set(file, {
        outputHash: row.outputHash ?? null,
        sizeBytes: row.sizeBytes ?? null,
        batchId: manifest.batchId,
        createdAt: manifest.createdAt
      })
    }
  }
  return out
}
