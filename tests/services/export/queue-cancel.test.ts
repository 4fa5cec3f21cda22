import { describe, expect, it } from 'vitest'
import { restartLine } from '../../../src/cli/commands/export'
import type { ClipExportRequest, OutputOutcome } from '../../../src/main/services/export/export-clip'
import { createExportQueue } from '../../../src/main/services/export/queue'
import type { ExportJob } from '../../../src/shared/export/job'
import { projectWith, tempDir } from './export-helpers'

/**
 * Cancel semantics without ffmpeg: a fake engine that holds its outputs until released or cancelled.
 * `shared` behaves like the local engine (one process for every output: any output's cancel stops
 * all of them); otherwise like render workers (each output stops alone).
 */
function fakeEngine(shared: boolean) {
  const runs: { req: ClipExportRequest; release: () => void }[] = []
  const runClip = (req: ClipExportRequest): Promise<OutputOutcome[]> =>
    new Promise((resolve) => {
      const cancelled = (jobId: string): OutputOutcome => ({
        jobId,
        ok: false,
        error: { code: 'cancelled', message: 'Export cancelled.' }
      })
      const done = (jobId: string): OutputOutcome => ({
        jobId,
        ok: true,
        result: {
          durationMs: 1000,
          sizeBytes: 1,
          loudness: { inputI: null, outputI: null, outputTp: null },
          checks: []
        }
      })
      const outcomes = new Map<string, OutputOutcome>()
      const finish = () =>
        outcomes.size === req.outputs.length && resolve(req.outputs.map((o) => outcomes.get(o.jobId)!))
      for (const out of req.outputs) {
        out.signal?.addEventListener('abort', () => {
          if (shared) req.outputs.forEach((o) => outcomes.set(o.jobId, cancelled(o.jobId)))
          else outcomes.set(out.jobId, cancelled(out.jobId))
          finish()
        })
      }
      runs.push({
        req,
        release: () => {
          req.outputs.forEach((o) => outcomes.has(o.jobId) || outcomes.set(o.jobId, done(o.jobId)))
          finish()
        }
      })
      req.onProgress?.({ outTimeMs: 500, percent: 50, etaMs: 500, speed: 1, done: false })
    })
  return { runs, runClip }
}

const until = async (cond: () => boolean) => {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 5))
  expect(cond()).toBe(true)
}

function startThree(shared: boolean) {
  const engine = fakeEngine(shared)
  const events: ExportJob[] = []
  const queue = createExportQueue({
    concurrency: 1,
    report: false,
    runClip: engine.runClip,
    onJob: (j) => events.push(j)
  })
  const project = projectWith([{ id: 'a', title: 'A', media: 'a.mp4' }], { targetLocales: ['ms', 'id'] })
  const started = queue.start({
    project,
    projectPath: null,
    locales: ['en', 'ms', 'id'],
    presetId: 'draft-720x1280',
    outDir: tempDir(),
    mode: 'all'
  })
  return { engine, events, queue, ...started }
}

describe('cancelling one output of a shared run', () => {
  it('local engine: the siblings are queued again from 0 % and say which locale was cancelled', async () => {
    const { engine, events, queue, batchId, jobs } = startThree(true)
    await until(() => engine.runs.length === 1)
    expect(engine.runs[0]!.req.outputs.map((o) => o.locale)).toEqual(['en', 'ms', 'id'])
    expect(queue.cancel({ jobId: jobs[1]!.id })).toBe(1)
    await until(() => engine.runs.length === 2)
    // The restart is one run of the two that were not cancelled, announced on each of them.
    expect(engine.runs[1]!.req.outputs.map((o) => o.locale)).toEqual(['en', 'id'])
    const requeued = events.filter((j) => j.state === 'queued' && j.restartedAfterCancel)
    expect(requeued.map((j) => [j.locale, j.percent, j.restartedAfterCancel])).toEqual([
      ['en', 0, ['ms']],
      ['id', 0, ['ms']]
    ])
    // A second cancel in the restarted run adds its locale; the last one finishes and keeps the note.
    queue.cancel({ jobId: jobs[0]!.id })
    await until(() => engine.runs.length === 3)
    engine.runs[2]!.release()
    const final = await queue.whenBatchDone(batchId)
    expect(queue.jobs().map((j) => [j.locale, j.state, j.restartedAfterCancel ?? null])).toEqual([
      ['en', 'cancelled', ['ms']],
      ['ms', 'cancelled', null],
      ['id', 'done', ['ms', 'en']]
    ])
    expect([final.done, final.cancelled, final.failed, final.percent]).toEqual([1, 2, 0, 100])
    // A retry is a fresh start: the note goes.
    expect(queue.retry(jobs[0]!.id).restartedAfterCancel).toBeUndefined()
    await until(() => engine.runs.length === 4)
    engine.runs[3]!.release()
    await queue.whenBatchDone(batchId)
  })

  it('render workers (one job per output): the cancelled output stops alone, nothing restarts', async () => {
    const { engine, events, queue, batchId, jobs } = startThree(false)
    await until(() => engine.runs.length === 1)
    queue.cancel({ jobId: jobs[1]!.id })
    engine.runs[0]!.release()
    const final = await queue.whenBatchDone(batchId)
    expect(engine.runs).toHaveLength(1)
    expect(events.some((j) => j.restartedAfterCancel)).toBe(false)
    expect(queue.jobs().map((j) => j.state)).toEqual(['done', 'cancelled', 'done'])
    expect([final.done, final.cancelled, final.percent]).toEqual([2, 1, 100])
  })

  it('the CLI prints the restart once, when the list of cancelled locales grows', () => {
    const job = { outputPath: '/out/A.en.mp4', restartedAfterCancel: ['ms'] } as ExportJob
    expect(restartLine(job, undefined)).toBe('↻ /out/A.en.mp4 restarted: shared one ffmpeg run with ms (cancelled)')
    expect(restartLine(job, job)).toBeUndefined()
    expect(restartLine({ ...job, restartedAfterCancel: ['ms', 'id'] }, job)).toBe(
      '↻ /out/A.en.mp4 restarted: shared one ffmpeg run with ms, id (cancelled)'
    )
    expect(restartLine({ ...job, restartedAfterCancel: undefined }, undefined)).toBeUndefined()
  })
})
