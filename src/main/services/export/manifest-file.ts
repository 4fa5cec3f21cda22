import { mkdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { ExportJob } from '../../../shared/export/job'
import { manifestCsv, manifestRow, type LintCounts, type Manifest } from '../../../shared/export/manifest'
import { writeFileAtomic } from '../project/atomic-write'

/** Writes kindframe-manifest-<batch>.json and .csv next to the outputs, each atomically. Returns the JSON path. */
export async function writeManifest(batchId: string, outDir: string, jobs: ExportJob[], lintFor: (job: ExportJob) => LintCounts | null): Promise<string> {
  const manifest: Manifest = {
    kind: 'kindframe-export-manifest', version: 1, batchId, createdAt: new Date().toISOString(), outDir,
    rows: jobs.map((j) => manifestRow(j, outDir, lintFor(j)))
  }
  await mkdir(outDir, { recursive: true })
  const base = join(outDir, `kindframe-manifest-${batchId}`)
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
