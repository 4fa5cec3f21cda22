import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/main/dispatch'
import { createHandlers } from '../../../src/main/handlers'
import type { ExportBatchProgress, ExportJob } from '../../../src/shared/export/job'
import { makeClip } from '../../helpers/media'
import { projectWith, tempDir } from './export-helpers'

describe('export.* ops through dispatch (the path Electron IPC and the bridge take)', () => {
  it('presets, start with relative media, job/batch events, jobs, cancel, retry errors', async () => {
    const handlers = createHandlers('bridge')
    const events: { name: string; payload: unknown }[] = []
    const sink = (name: string, payload: unknown) => events.push({ name, payload })
    const call = (op: string, input: unknown) => dispatch(handlers, op, input, sink)

    const presets = await call('export.presets', {})
    expect(presets).toMatchObject({
      ok: [
        { id: 'tiktok-9x16', width: 1080, height: 1920, fps: 30 },
        { id: 'draft-720x1280' },
        { id: 'feed-4x5', height: 1350 }
      ]
    })

    const dir = tempDir()
    copyFileSync(await makeClip({ width: 320, height: 180, durationS: 1 }), join(dir, 'clip.mp4'))
    const project = projectWith([{ id: 'c', title: 'C', media: 'clip.mp4' }])
    const started = await call('export.start', {
      projectPath: join(dir, 'p.kindframe'),
      project,
      presetId: 'draft-720x1280',
      outDir: join(dir, 'out')
    })
    if (!('ok' in started)) throw new Error(JSON.stringify(started))
    const { batchId } = started.ok as { batchId: string; jobs: ExportJob[] }

    const deadline = Date.now() + 120_000
    while (!events.some((e) => e.name === 'export.batch' && (e.payload as ExportBatchProgress).manifestPath)) {
      if (Date.now() > deadline) throw new Error('batch did not finish')
      await new Promise((r) => setTimeout(r, 50))
    }
    const last = events.filter((e) => e.name === 'export.batch').at(-1)!.payload as ExportBatchProgress
    expect([last.batchId, last.total, last.done]).toEqual([batchId, 1, 1])
    const jobs = await call('export.jobs', {})
    expect(jobs).toMatchObject({ ok: { jobs: [{ batchId, state: 'done', percent: 100 }] } })
    expect(await call('export.cancel', { batchId })).toEqual({ ok: { cancelled: 0 } })
    expect(await call('export.retry', { jobId: 'nope' })).toMatchObject({ error: { code: 'not-found' } })
    expect(await call('export.start', { projectPath: 'x', project, presetId: 'vhs', outDir: dir })).toMatchObject({
      error: { code: 'invalid-input', message: expect.stringContaining('vhs') }
    })
  })
})
