import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createExportQueue } from '../../../src/main/services/export/queue'
import type { ExportBatchProgress, ExportJob } from '../../../src/shared/export/job'
import type { Manifest } from '../../../src/shared/export/manifest'
import { makeClip } from '../../helpers/media'
import { filesUnder, projectWith, tempDir } from './export-helpers'

describe('batch queue', () => {
  it('series × locales: a failed job never stops the others; retry; manifest JSON + CSV with lint counts', async () => {
    const dir = tempDir()
    const media = join(dir, 'a.mp4')
    copyFileSync(await makeClip({ width: 320, height: 180, durationS: 1 }), media)
    const project = projectWith([
      {
        id: 'a',
        title: 'Alpha',
        media: 'a.mp4',
        track: {
          cues: [{ id: 'q', startMs: 0, endMs: 800, text: 'You are stupid' }],
          translations: { ms: { q: { text: 'Awak baik', status: 'done' } } }
        }
      },
      { id: 'b', title: 'Beta', media: 'media/b.mp4' }
    ])
    const jobEvents: ExportJob[] = []
    const batchEvents: ExportBatchProgress[] = []
    const queue = createExportQueue({
      concurrency: 2,
      onJob: (j) => jobEvents.push(j),
      onBatch: (b) => batchEvents.push(b)
    })
    const outDir = join(dir, 'out')
    const { batchId, jobs } = queue.start({
      project,
      projectPath: join(dir, 'series.kindframe'),
      locales: ['en', 'ms'],
      presetId: 'draft-720x1280',
      outDir
    })
    expect(jobs.map((j) => [j.clipId, j.locale, j.state, j.outputPath.slice(outDir.length)])).toEqual([
      ['a', 'en', 'queued', '/Kind S1/Alpha.en.mp4'],
      ['a', 'ms', 'queued', '/Kind S1/Alpha.ms.mp4'],
      ['b', 'en', 'queued', '/Kind S1/Beta.en.mp4'],
      ['b', 'ms', 'queued', '/Kind S1/Beta.ms.mp4']
    ])
    const first = await queue.whenBatchDone(batchId)
    expect([first.total, first.done, first.failed, first.cancelled, first.percent]).toEqual([4, 2, 2, 0, 100])
    const byId = new Map(queue.jobs().map((j) => [j.id, j]))
    expect(byId.get(jobs[2]!.id)!.error).toMatchObject({ code: 'media-missing' })
    // States in order queued → running (percent never decreasing) → verifying → done.
    const aEn = jobEvents.filter((j) => j.id === jobs[0]!.id)
    expect([...new Set(aEn.map((j) => j.state))]).toEqual(['queued', 'running', 'verifying', 'done'])
    const percents = aEn.filter((j) => j.state === 'running').map((j) => j.percent)
    expect(percents).toEqual([...percents].sort((x, y) => x - y))
    expect(aEn.find((j) => j.state === 'verifying')!.percent).toBe(100)
    expect(batchEvents.at(-1)!.manifestPath).toBe(first.manifestPath)
    // The series report sits next to the manifest: a contact sheet of the two outputs that were made.
    expect(first.reportPath).toBe(join(outDir, 'report.html'))
    expect(readFileSync(first.reportPath!, 'utf8').match(/<img /g)).toHaveLength(6)

    const manifest = JSON.parse(readFileSync(first.manifestPath!, 'utf8')) as Manifest
    expect(manifest.rows.map((r) => [r.file, r.state, r.checksPassed])).toEqual([
      ['Kind S1/Alpha.en.mp4', 'done', true],
      ['Kind S1/Alpha.ms.mp4', 'done', true],
      ['Kind S1/Beta.en.mp4', 'failed', false],
      ['Kind S1/Beta.ms.mp4', 'failed', false]
    ])
    expect(manifest.rows[0]!.lint!.error + manifest.rows[0]!.lint!.warning).toBeGreaterThan(0) // "You are stupid" is flagged
    expect(manifest.rows[0]!.loudnessOutputI).toBeCloseTo(-14, 0)
    // Version 2: what was checked before encoding and what the file was made from.
    expect(manifest).toMatchObject({ version: 2, mode: 'refuse', series: 'Kind S1', preflight: { total: 4, ready: 4 } })
    expect(manifest.rows[0]).toMatchObject({
      cues: 1,
      missing: 0,
      preflight: { verdict: 'ready' },
      projectHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      outputHash: expect.stringMatching(/^[0-9a-f]{64}$/)
    })
    const csv = readFileSync(first.manifestPath!.replace(/\.json$/, '.csv'), 'utf8')
      .trim()
      .split('\r\n')
    expect(csv).toHaveLength(5)
    expect(csv[3]).toContain('media-missing')

    // Fix the media and retry one failed job: the batch completes again and the manifest is rewritten.
    mkdirSync(join(dir, 'media'))
    copyFileSync(media, join(dir, 'media', 'b.mp4'))
    expect(queue.retry(jobs[2]!.id).state).toBe('queued')
    const second = await queue.whenBatchDone(batchId)
    expect([second.done, second.failed]).toEqual([3, 1])
    const again = JSON.parse(readFileSync(second.manifestPath!, 'utf8')) as Manifest
    expect(again.rows[2]!.state).toBe('done')
    expect(() => queue.retry(jobs[0]!.id)).toThrow('only failed or cancelled jobs can be retried')
  })

  it('cancelling one locale of a shared process re-queues its sibling, which says so and still completes', async () => {
    const dir = tempDir()
    const media = await makeClip({ width: 640, height: 360, durationS: 6 })
    const project = projectWith([{ id: 'a', title: 'A', media }])
    let cancelledOnce = false
    const jobEvents: ExportJob[] = []
    const queue = createExportQueue({
      concurrency: 1,
      onJob: (j) => {
        jobEvents.push(j)
        if (!cancelledOnce && j.locale === 'ms' && j.state === 'running') {
          cancelledOnce = true
          queue.cancel({ jobId: j.id })
        }
      }
    })
    const { batchId, jobs } = queue.start({
      project,
      projectPath: null,
      locales: ['en', 'ms'],
      presetId: 'draft-720x1280',
      outDir: dir
    })
    const done = await queue.whenBatchDone(batchId)
    expect(queue.jobs().map((j) => j.error?.message ?? j.state)).toEqual(['done', 'cancelled'])
    expect([done.done, done.cancelled, done.failed]).toEqual([1, 1, 0])
    const final = new Map(queue.jobs().map((j) => [j.id, j.state]))
    expect([final.get(jobs[0]!.id), final.get(jobs[1]!.id)]).toEqual(['done', 'cancelled'])
    // The sibling went back to queued at 0 % naming the cancelled locale, and kept the note when done.
    const en = jobEvents.filter((j) => j.id === jobs[0]!.id)
    expect(en.filter((j) => j.restartedAfterCancel).map((j) => j.state)).toEqual(
      expect.arrayContaining(['queued', 'running', 'done'])
    )
    expect(en.find((j) => j.restartedAfterCancel)).toMatchObject({
      state: 'queued',
      percent: 0,
      restartedAfterCancel: ['ms']
    })
    expect(queue.jobs()[0]!.restartedAfterCancel).toEqual(['ms'])
    expect(existsSync(jobs[1]!.outputPath)).toBe(false)
    expect(filesUnder(dir).filter((f) => f.includes('.part-'))).toEqual([])
  })
})
