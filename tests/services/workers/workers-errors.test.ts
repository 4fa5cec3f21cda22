import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Queue } from 'bullmq'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findPreset } from '../../../src/shared/export/presets'
import { sha256Hex } from '../../../src/shared/hash/sha256'
import { parseProjectText } from '../../../src/shared/project/parse-project'
import { decodeFailure, type RemoteJobData } from '../../../src/shared/workers/job-data'
import { outputJobKey, RENDER_QUEUE } from '../../../src/shared/workers/queue-keys'
import { buildJobData } from '../../../src/main/services/workers/job-media'
import { queueConnection } from '../../../src/main/services/workers/redis'
import { startRenderWorker, type RenderWorker } from '../../../src/main/services/workers/worker'
import { freePort, REDIS_SERVER, startRedis, type TestRedis } from '../../helpers/redis'
import { filesUnder, tempDir } from '../export/export-helpers'
import { kindframe, processesMentioning, seriesProject, stopAll } from './worker-helpers'

/** Bad input and a bad queue: each refused with a specific reason, nothing half-written, nothing left running. */
const DRAFT = findPreset('draft-720x1280')!
const SHARE = '/Volumes/kf-studio-share' // the enqueuing machine's mount point; it does not exist here

describe.skipIf(!existsSync(REDIS_SERVER))('render workers: bad input and a bad queue', () => {
  let redis: TestRedis
  beforeAll(async () => {
    redis = await startRedis()
  })
  afterAll(async () => {
    await stopAll()
    await redis?.stop()
  })

  it('Redis unreachable: export --queue and worker exit 7 at once with the address and the reason', async () => {
    const dir = tempDir('kf-workers-down-')
    const project = await seriesProject(dir, 1, 1)
    const url = `redis://:s3cret@127.0.0.1:${await freePort()}`
    // In-process, the refusal itself is immediate: no reconnect loop (process start-up is not measured,
    // it depends on how busy the shared machine is).
    const t0 = Date.now()
    await expect(startRenderWorker({ redisUrl: url, log: () => {} })).rejects.toMatchObject({
      code: 'queue-unreachable'
    })
    expect(Date.now() - t0).toBeLessThan(2000)
    const exp = kindframe([
      'export',
      project,
      '--locales',
      'en',
      '--preset',
      'draft-720x1280',
      '--out',
      join(dir, 'out'),
      '--queue',
      url
    ])
    const wrk = kindframe(['worker', '--redis', url])
    expect(await exp.exited).toBe(7)
    expect(await wrk.exited).toBe(7)
    for (const err of [exp.err(), wrk.err()]) {
      expect(err).toMatch(
        /cannot reach the render queue at redis:\/\/:\*\*\*@127\.0\.0\.1:\d+\/?: connection refused \(nothing listens on that port\)/
      )
      expect(err).not.toContain('s3cret')
    }
    expect(existsSync(join(dir, 'out'))).toBe(false)
  })

  describe('jobs a worker refuses (not retried)', () => {
    let worker: RenderWorker
    let queue: Queue
    const logs: string[] = []
    let dir: string
    let good: RemoteJobData
    beforeAll(async () => {
      dir = tempDir('kf-workers-refuse-')
      const projectFile = await seriesProject(dir, 1, 1)
      const { project } = parseProjectText(readFileSync(projectFile, 'utf8'), projectFile)
      mkdirSync(join(dir, 'out'))
      const local = await buildJobData(
        { project, projectPath: projectFile, clipId: 'c1', preset: DRAFT, overwrite: false, runId: 't', outputs: [] },
        { jobId: 'b1-1', locale: 'en', finalPath: join(dir, 'out', 'Story 1.en.mp4') },
        'test'
      )
      // As a client that mounts the share at SHARE would send it.
      const toShare = (p: string) => SHARE + p.slice(dir.length)
      good = {
        ...local,
        media: local.media.map((m) => ({ ...m, path: toShare(m.path) })),
        outDir: toShare(local.outDir),
        outputPath: toShare(local.outputPath)
      }
      queue = new Queue(RENDER_QUEUE, { connection: queueConnection(redis.url, 'test') })
      // a lock long enough not to lapse on a loaded machine: a stalled job is retried, which would blur 'refused once, not retried'
      worker = await startRenderWorker({
        redisUrl: redis.url,
        name: 'refuser',
        lockDurationMs: 10_000,
        log: (l) => logs.push(l)
      })
    })
    afterAll(async () => {
      await worker?.close()
      await queue?.close()
    })

    async function run(
      data: unknown,
      key: string
    ): Promise<{ state: string; reason: { code: string; message: string }; attempts: number }> {
      await queue.add('export', data, { jobId: key, attempts: 3, backoff: { type: 'fixed', delay: 100 } })
      for (let i = 0; i < 300; i++) {
        const job = await queue.getJob(key)
        const state = await job!.getState()
        if (state === 'failed' || state === 'completed') {
          // read the finished job again: the copy fetched above may predate its failure (a job the
          // worker refuses at once fails between getJob and getState, with no failedReason yet)
          const done = (await queue.getJob(key))!
          return { state, reason: decodeFailure(done.failedReason), attempts: done.attemptsMade }
        }
        await new Promise((r) => setTimeout(r, 50))
      }
      throw new Error(`job ${key} did not finish`)
    }

    it('media on an unmapped path', async () => {
      const r = await run(good, 'out-unmapped')
      expect(r.state).toBe('failed')
      expect(r.attempts).toBe(1)
      expect(r.reason.code).toBe('media-missing')
      expect(r.reason.message).toBe(
        `media ${SHARE}/clip1.mp4 is not available on worker "refuser": no --map covers it (maps: none) and ${SHARE}/clip1.mp4 does not exist on this machine. Mount the shared storage, or start the worker with --map FROM=TO.`
      )
    })

    it('a job from a newer Kindframe, a damaged and an invalid snapshot, changed media', async () => {
      const newer = await run({ ...good, format: 2 }, 'out-newer')
      expect(newer.reason).toEqual({
        code: 'project-too-new',
        message:
          'the job was made by a newer Kindframe (job format 2); this worker understands format 1. Update Kindframe on this worker.'
      })
      const damaged = await run({ ...good, projectText: good.projectText.replace('Be kind', 'Be mean') }, 'out-damaged')
      expect(damaged.reason.code).toBe('invalid-input')
      expect(damaged.reason.message).toContain("the job's project snapshot does not match its hash")
      const invalidText = good.projectText.replace('"sourceLocale": "en"', '"sourceLocale": 42')
      const invalid = await run(
        { ...good, projectText: invalidText, projectHash: sha256Hex(invalidText) },
        'out-invalid'
      )
      expect(invalid.reason.code).toBe('project-corrupt')
      expect(invalid.reason.message).toMatch(/^project snapshot of job out-invalid: invalid project — sourceLocale: /)
      const missingField = await run({ ...good, media: undefined }, 'out-nomedia')
      expect(missingField.reason).toEqual({
        code: 'invalid-input',
        message: 'invalid export job — media: Invalid input: expected array, received undefined.'
      })
      for (const r of [newer, damaged, invalid, missingField]) expect([r.state, r.attempts]).toEqual(['failed', 1])
    })

    it('mapped, it renders; the same path with other bytes is refused', async () => {
      const mapped = await startRenderWorker({
        redisUrl: redis.url,
        name: 'mapper',
        lockDurationMs: 2000,
        maps: [{ from: SHARE, to: dir }],
        log: (l) => logs.push(l)
      })
      await worker.close() // only the mapping worker takes jobs now
      try {
        const changed = await run(
          { ...good, media: good.media.map((m) => ({ ...m, sizeBytes: m.sizeBytes + 1 })) },
          'out-changed'
        )
        expect(changed.reason.code).toBe('media-changed')
        expect(changed.reason.message).toMatch(
          new RegExp(
            `^media ${dir}/clip1\\.mp4 differs from the job's: \\d+ bytes here, \\d+ bytes when the export was queued`
          )
        )
        const ok = await run(good, outputJobKey(good.outputPath))
        expect(ok.state).toBe('completed')
        expect(existsSync(join(dir, 'out', 'Story 1.en.mp4'))).toBe(true)
        expect(filesUnder(join(dir, 'out')).map((f) => f.slice(dir.length))).toEqual(['/out/Story 1.en.mp4'])
      } finally {
        await mapped.close()
      }
    })
  })

  it('a worker without the shipped fonts: the job fails with the reason after its retries, nothing written', async () => {
    const dir = tempDir('kf-workers-nofonts-')
    const projectFile = await seriesProject(dir, 1, 1)
    const { project } = parseProjectText(readFileSync(projectFile, 'utf8'), projectFile)
    mkdirSync(join(dir, 'out'))
    const data = await buildJobData(
      { project, projectPath: projectFile, clipId: 'c1', preset: DRAFT, overwrite: false, runId: 't', outputs: [] },
      { jobId: 'b2-1', locale: 'en', finalPath: join(dir, 'out', 'Story 1.en.mp4') },
      'test'
    )
    const empty = tempDir('kf-no-resources-')
    const w = kindframe(['worker', '--redis', redis.url, '--name', 'bare'], { KINDFRAME_RESOURCES: empty })
    await w.waitFor('waiting for export jobs')
    const queue = new Queue(RENDER_QUEUE, { connection: queueConnection(redis.url, 'test-fonts') })
    try {
      const key = outputJobKey(data.outputPath)
      await queue.add('export', data, { jobId: key, attempts: 2, backoff: { type: 'fixed', delay: 100 } })
      await w.waitFor(/failed: \[font-missing\] Shipped fonts missing in .* \(will be retried\)/)
      for (let i = 0; i < 200 && (await queue.getJob(key).then((j) => j!.getState())) !== 'failed'; i++)
        await new Promise((r) => setTimeout(r, 50))
      const job = await queue.getJob(key)
      expect([await job!.getState(), job!.attemptsMade, decodeFailure(job!.failedReason).code]).toEqual([
        'failed',
        2,
        'font-missing'
      ])
      expect(filesUnder(join(dir, 'out'))).toEqual([])
    } finally {
      await queue.close()
      await stopAll()
    }
  })

  it('Redis disappears mid-encode: the CLI says so and exits 7, the worker stops its encode, nothing half-written', async () => {
    const r2 = await startRedis()
    try {
      const dir = tempDir('kf-workers-lost-')
      const project = await seriesProject(dir, 1, 8)
      const out = join(dir, 'out')
      const w = kindframe(['worker', '--redis', r2.url, '--name', 'lonely', '--lock-duration', '1500'])
      await w.waitFor('waiting for export jobs')
      const exp = kindframe(
        ['export', project, '--locales', 'en', '--preset', 'draft-720x1280', '--out', out, '--queue', r2.url],
        { KINDFRAME_QUEUE_LOST_MS: '2500' }
      )
      await w.waitFor('started (attempt 1)')
      await r2.stop()
      expect(await exp.exited).toBe(7)
      expect(exp.err()).not.toContain('ECONNREFUSED')
      expect(exp.err()).toContain(
        `kindframe export: lost the render queue: Redis at ${r2.url} has not answered for 3 s.`
      )
      await w.waitFor(/lost the render queue at redis:\/\/127\.0\.0\.1:\d+; reconnecting/)
      await w.waitFor('stopping 1 running job(s) and removing their partial files')
      await w.waitFor('failed: [internal] worker "lonely" lost the render queue during the job; partial file removed.')
      // No file under a final name, no partial; no manifest of a batch that produced nothing.
      expect(existsSync(out) ? filesUnder(out) : []).toEqual([])
      await stopAll()
      expect(processesMentioning(out)).toEqual([])
    } finally {
      await r2.stop()
    }
  })

  it('cancel (Ctrl-C): the running job is stopped on its worker, the queued one removed; no output, no partial', async () => {
    const dir = tempDir('kf-workers-cancel-')
    const project = await seriesProject(dir, 2, 8)
    const out = join(dir, 'out')
    const w = kindframe(['worker', '--redis', redis.url, '--name', 'solo', '--lock-duration', '2000'])
    await w.waitFor('waiting for export jobs')
    const exp = kindframe([
      'export',
      project,
      '--all',
      '--locales',
      'en',
      '--preset',
      'draft-720x1280',
      '--out',
      out,
      '--queue',
      redis.url
    ])
    await w.waitFor('started (attempt 1)')
    await new Promise((r) => setTimeout(r, 500))
    exp.child.kill('SIGINT')
    expect(await exp.exited).toBe(130)
    await w.waitFor(
      /failed: \[cancelled\] Export cancelled; worker "solo" stopped ffmpeg and removed the partial file\. \(not retried\)/
    )
    // The second clip never started anywhere.
    expect(w.err().match(/started \(attempt/g)).toHaveLength(1)
    expect(existsSync(out) ? filesUnder(out) : []).toEqual([])
    const queue = new Queue(RENDER_QUEUE, { connection: queueConnection(redis.url, 'test-cancel') })
    try {
      expect(await queue.getWaitingCount()).toBe(0)
      expect(await queue.getActiveCount()).toBe(0)
    } finally {
      await queue.close()
    }
    await stopAll()
    expect(processesMentioning(out)).toEqual([])
  })
})
