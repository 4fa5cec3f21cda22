import { copyFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/main/dispatch'
import { createHandlers } from '../../../src/main/handlers'
import { startRenderWorker, type RenderWorker } from '../../../src/main/services/workers/worker'
import type { ExportBatchProgress, ExportJob } from '../../../src/shared/export/job'
import { makeClip } from '../../helpers/media'
import { freePort, REDIS_SERVER, startRedis, type TestRedis } from '../../helpers/redis'
import { projectWith, tempDir } from '../export/export-helpers'

/** The studio's "Render on workers": export.start with queueUrl, through dispatch (the IPC/bridge path). */
describe.skipIf(!existsSync(REDIS_SERVER))('export.start { queueUrl } (Render on workers)', () => {
  let redis: TestRedis
  let worker: RenderWorker
  beforeAll(async () => {
    redis = await startRedis()
    worker = await startRenderWorker({ redisUrl: redis.url, name: 'studio-w', lockDurationMs: 2000, log: () => {} })
  })
  afterAll(async () => {
    await worker?.close()
    await redis?.stop()
  })

  it('renders on the worker; jobs carry its name; manifest written; bad and unreachable URLs are refused', async () => {
    const handlers = createHandlers('bridge')
    const events: { name: string; payload: unknown }[] = []
    const call = (op: string, input: unknown) =>
      dispatch(handlers, op, input, (name, payload) => events.push({ name, payload }))
    const dir = tempDir()
    copyFileSync(await makeClip({ width: 320, height: 180, durationS: 1 }), join(dir, 'clip.mp4'))
    const project = projectWith([{ id: 'c', title: 'C', media: 'clip.mp4' }])
    const base = {
      projectPath: join(dir, 'p.kindframe'),
      project,
      presetId: 'draft-720x1280',
      outDir: join(dir, 'out')
    }

    expect(await call('export.start', { ...base, queueUrl: 'http://example' })).toMatchObject({
      error: {
        code: 'invalid-input',
        message: expect.stringContaining('a Redis URL: redis://host:port, or rediss://host:port for TLS')
      }
    })
    expect(await call('export.start', { ...base, queueUrl: `redis://127.0.0.1:${await freePort()}` })).toMatchObject({
      error: {
        code: 'queue-unreachable',
        message: expect.stringMatching(
          /^cannot reach the render queue at redis:\/\/127\.0\.0\.1:\d+: connection refused/
        )
      }
    })

    const started = await call('export.start', { ...base, queueUrl: redis.url })
    if (!('ok' in started)) throw new Error(JSON.stringify(started))
    const { batchId } = started.ok as { batchId: string }
    const deadline = Date.now() + 90_000
    while (!events.some((e) => e.name === 'export.batch' && (e.payload as ExportBatchProgress).manifestPath)) {
      if (Date.now() > deadline) throw new Error(`batch did not finish: ${JSON.stringify(events.at(-1))}`)
      await new Promise((r) => setTimeout(r, 50))
    }
    const jobs = await call('export.jobs', {})
    expect(jobs).toMatchObject({ ok: { jobs: [{ batchId, state: 'done', worker: 'studio-w' }] } })
    const done = (jobs as { ok: { jobs: ExportJob[] } }).ok.jobs[0]!
    expect(existsSync(done.outputPath)).toBe(true)
    expect(
      events.some(
        (e) =>
          e.name === 'export.job' &&
          (e.payload as ExportJob).state === 'running' &&
          (e.payload as ExportJob).worker === 'studio-w'
      )
    ).toBe(true)
  })
})
