import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Manifest, ManifestRow } from '../../../shared/export/manifest'
import {
  formatClock,
  seriesReportHtml,
  type ReportOutput,
  type ReportThumbnail
} from '../../../shared/export/report-html'
import { runFfmpegJob } from '../ffmpeg/runner'
import { mapLimit } from '../media/map-limit'
import { writeFileAtomic } from '../project/atomic-write'

export const REPORT_FILE = 'report.html'
/** Thumbnail width in pixels: 4 per output at 180 px wide are ~30 kB of JPEG. */
const THUMB_WIDTH = 180

/**
 * Writes <outDir>/report.html for the series: the rows of this batch plus every earlier output of
 * the folder that is still there as its manifest recorded it (same size), so the page shows the
 * whole series, not only the last batch. Each exported file gets a contact sheet: three frames of
 * the clip and one of its end card, extracted with ffmpeg and embedded, so the page is one file
 * that works offline. Returns the path.
 */
export async function writeSeriesReport(manifest: Manifest): Promise<string> {
  const outputs = await seriesOutputs(manifest)
  const withThumbs = await mapLimit(outputs, 2, async (o) => ({
    ...o,
    ...(await thumbnailsFor(manifest.outDir, o.row))
  }))
  const html = seriesReportHtml({
    series: manifest.series ?? 'Kindframe export',
    generatedAt: manifest.createdAt,
    batchId: manifest.batchId,
    outDir: manifest.outDir,
    kindframeVersion: manifest.kindframeVersion ?? null,
    ffmpegVersion: manifest.ffmpegVersion ?? null,
    preset: manifest.preset
      ? { id: manifest.preset.id, label: manifest.preset.label, loudness: manifest.preset.loudness }
      : null,
    captionStyle: manifest.rows.find((r) => r.captionStyle)?.captionStyle ?? null,
    projectHash: manifest.projectHash ?? null,
    outputs: withThumbs
  })
  const path = join(manifest.outDir, REPORT_FILE)
  await writeFileAtomic(path, html)
  return path
}

type Pending = Omit<ReportOutput, 'thumbnails' | 'thumbnailsNote'>

/** This batch's rows, then the folder's earlier outputs (newest row per file) that are still intact. */
export async function seriesOutputs(manifest: Manifest): Promise<Pending[]> {
  const current: Pending[] = manifest.rows.map((row) => ({
    row,
    batchId: manifest.batchId,
    createdAt: manifest.createdAt
  }))
  const taken = new Set(manifest.rows.map((r) => r.file))
  const earlier = new Map<string, Pending>()
  for (const m of await readManifests(manifest.outDir)) {
    if (m.batchId === manifest.batchId) continue
    for (const row of m.rows) {
      if (row.state !== 'done' || taken.has(row.file)) continue
      const previous = earlier.get(row.file)
      if (!previous || previous.createdAt < m.createdAt)
        earlier.set(row.file, { row, batchId: m.batchId, createdAt: m.createdAt })
    }
  }
  const intact: Pending[] = []
  for (const o of earlier.values()) {
    const size = await stat(join(manifest.outDir, ...o.row.file.split('/'))).then(
      (s) => s.size,
      () => -1
    )
    if (size >= 0 && (o.row.sizeBytes === null || o.row.sizeBytes === size)) intact.push(o)
  }
  intact.sort((a, b) => a.row.file.localeCompare(b.row.file))
  return [...current, ...intact]
}

export async function readManifests(outDir: string): Promise<Manifest[]> {
  const names = (await readdir(outDir).catch(() => [] as string[]))
    .filter((n) => /^kindframe-manifest-.*\.json$/.test(n))
    .sort()
  const out: Manifest[] = []
  for (const name of names) {
    const m = await readFile(join(outDir, name), 'utf8')
      .then((t) => JSON.parse(t) as Manifest)
      .catch(() => undefined)
    if (m?.kind === 'kindframe-export-manifest' && Array.isArray(m.rows)) out.push(m)
  }
  return out
}

/** Three points in the clip part (15 %, 50 %, 85 %) and one in the end card, after its fade-in. */
export function thumbnailTimes(
  durationMs: number,
  endCardStartMs: number | null
): { atMs: number; endCard: boolean }[] {
  const clipEnd = endCardStartMs !== null && endCardStartMs < durationMs ? endCardStartMs : durationMs
  const times = [0.15, 0.5, 0.85].map((f) => ({ atMs: Math.round(clipEnd * f), endCard: false }))
  if (clipEnd < durationMs) times.push({ atMs: Math.round(clipEnd + (durationMs - clipEnd) * 0.6), endCard: true })
  return times
}

async function thumbnailsFor(
  outDir: string,
  row: ManifestRow
): Promise<{ thumbnails: ReportThumbnail[]; thumbnailsNote?: string }> {
  if (row.state !== 'done')
    return {
      thumbnails: [],
      thumbnailsNote: row.state === 'skipped' ? 'Not exported: see why below.' : 'No file was written.'
    }
  const file = join(outDir, ...row.file.split('/'))
  const times = thumbnailTimes(row.durationMs ?? 0, row.endCardStartMs)
  const work = await mkdtemp(join(tmpdir(), 'kindframe-report-'))
  try {
    // One ffmpeg run per output: an input per point (fast seek with -ss before -i), one JPEG each.
    const args: string[] = ['-v', 'error']
    for (const t of times) args.push('-ss', (t.atMs / 1000).toFixed(3), '-i', file)
    times.forEach((_t, i) =>
      args.push(
        '-map',
        `${i}:v:0`,
        '-frames:v',
        '1',
        '-an',
        '-vf',
        `scale=${THUMB_WIDTH}:-2`,
        '-q:v',
        '5',
        '-y',
        join(work, `${i}.jpg`)
      )
    )
    await runFfmpegJob(args, { label: file, timeoutMs: 60_000 })
    const thumbnails: ReportThumbnail[] = []
    for (const [i, t] of times.entries()) {
      const jpeg = await readFile(join(work, `${i}.jpg`)).catch(() => undefined)
      if (jpeg?.length)
        thumbnails.push({
          label: t.endCard ? 'end card' : formatClock(t.atMs),
          atMs: t.atMs,
          endCard: t.endCard,
          src: `data:image/jpeg;base64,${jpeg.toString('base64')}`
        })
    }
    return thumbnails.length
      ? { thumbnails }
      : { thumbnails, thumbnailsNote: 'No frame could be decoded for the contact sheet.' }
  } catch (err) {
    return { thumbnails: [], thumbnailsNote: `No contact sheet: ${(err as Error).message}` }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
