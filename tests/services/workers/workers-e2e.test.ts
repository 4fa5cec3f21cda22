import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { probeOutput } from '../../../src/main/services/export/probe'
import type { Manifest } from '../../../src/shared/export/manifest'
import { REDIS_SERVER, startRedis, type TestRedis } from '../../helpers/redis'
import { filesUnder, tempDir } from '../export/export-helpers'
import { kindframe, processesMentioning, seriesProject, stopAll, type Spawned } from './worker-helpers'

/**
 * Two real worker processes on a real Redis render a small series that the real CLI enqueues; one
 * worker is killed with -9 in the middle of an encode. Every output must end up exactly once,
 * verified, with nothing partial left and a complete manifest.
 */
const LOCK_MS = 1500

describe.skipIf(!existsSync(REDIS_SERVER))('render workers end to end (real Redis, ffmpeg, processes)', () => {
  let redis: TestRedis
  beforeAll(async () => {
    redis = await startRedis()
  })
  afterAll(async () => {
    await stopAll()
    await redis?.stop()
  })

  it('two workers, one killed with -9 mid-encode: every output once, verified, no partial, manifest complete', async () => {
    const dir = tempDir('kf-workers-e2e-')
    const project = await seriesProject(dir, 2, 4)
    const out = join(dir, 'out')
    const worker = (name: string): Spawned =>
      kindframe(['worker', '--redis', redis.url, '--name', name, '--lock-duration', String(LOCK_MS)])
    const a = worker('alpha')
    const b = worker('beta')
    await Promise.all([a.waitFor('waiting for export jobs'), b.waitFor('waiting for export jobs')])

    const exp = kindframe([
      'export',
      project,
      '--all',
      '--locales',
      'en,ms',
      '--preset',
      'draft-720x1280',
      '--out',
      out,
      '--queue',
      redis.url,
      '--json'
    ])
    // Kill alpha once ffmpeg has written part of an output under alpha's partial name.
    const alphaTag = new RegExp(`\\.part-[0-9a-f]{8}-${a.child.pid}-`)
    const killedPartial = await waitForFile(join(out, 'Kind'), (n) => alphaTag.test(n), 30_000)
    a.child.kill('SIGKILL')
    const code = await exp.exited
    expect(exp.err(), exp.out()).not.toMatch(/✗|Error/)
    expect(code).toBe(0)

    const events = exp
      .out()
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            event: string
            job?: { outputPath: string; worker?: string; state: string }
            manifestPath?: string
          }
      )
    const done = events.at(-1)!
    expect(done.event).toBe('done')
    // The job alpha was on was finished by beta after BullMQ found it stalled.
    const killedFile = killedPartial.replace(/^\./, '').replace(/\.part-.*$/, '')
    const finishedBy = events
      .filter((e) => e.event === 'job' && e.job!.state === 'done' && e.job!.outputPath.endsWith(killedFile))
      .map((e) => e.job!.worker)
    expect(finishedBy).toEqual(['beta'])
    expect(b.err()).toMatch(/stalled|attempt 2/)

    const files = filesUnder(out)
      .map((f) => f.slice(out.length + 1))
      .sort()
    const mp4s = ['Kind/Story 1.en.mp4', 'Kind/Story 1.ms.mp4', 'Kind/Story 2.en.mp4', 'Kind/Story 2.ms.mp4']
    // Exactly the four outputs (each once), the manifest pair and the report: no partial, no lock file.
    expect(files.filter((f) => f.endsWith('.mp4'))).toEqual(mp4s)
    expect(files.filter((f) => f.includes('/.') || f.startsWith('.'))).toEqual([])
    const manifest = JSON.parse(readFileSync(done.manifestPath!, 'utf8')) as Manifest
    expect(manifest.rows.map((r) => [r.file, r.state]).sort()).toEqual(mp4s.map((f) => [f, 'done']))
    for (const row of manifest.rows) {
      expect(row.checks).not.toContain('FAIL')
      expect(row.checks).toContain('loudness:ok')
      const probe = await probeOutput(join(out, row.file))
      expect(probe.video?.width).toBe(720)
      expect(Math.abs((probe.video?.durationMs ?? 0) - 4000)).toBeLessThan(200)
    }
    expect(existsSync(join(out, 'report.html'))).toBe(true)

    // alpha's watchdog ended its ffmpeg; nothing of this test is left running once the workers stop.
    await stopAll()
    expect(processesMentioning(out)).toEqual([])
  })
})

async function waitForFile(dir: string, match: (name: string) => boolean, timeoutMs: number): Promise<string> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    const hit = (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []).find(
      (d) => d.isFile() && match(d.name)
    )
    if (hit) return hit.name
    await new Promise((r) => setTimeout(r, 25))
  }
  throw new Error(`no matching file in ${dir} within ${timeoutMs} ms`)
}
