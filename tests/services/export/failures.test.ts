import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ffmpegPid, runningFfmpegIds } from '../../../src/main/services/ffmpeg/runner'
import { makeClip } from '../../helpers/media'
import { DRAFT, exportOne, filesUnder, okResult, projectWith, tempDir } from './export-helpers'

const small = () => makeClip({ width: 320, height: 180, durationS: 1 })

describe('existing outputs', () => {
  it('are never silently overwritten; --overwrite replaces them', async () => {
    const project = projectWith([{ id: 'c', title: 'C', media: await small() }])
    const outDir = tempDir()
    const target = join(outDir, 'en.mp4')
    writeFileSync(target, 'precious')
    const first = await exportOne(project, { outDir })
    expect(first.outcomes[0]).toMatchObject({ ok: false, error: { code: 'exists' } })
    expect(readFileSync(target, 'utf8')).toBe('precious')
    const second = await exportOne(project, { outDir, overwrite: true })
    okResult(second.outcomes[0])
    expect(readFileSync(target).subarray(4, 8).toString('latin1')).toBe('ftyp')
    expect(filesUnder(outDir)).toEqual([target])
  })
})

describe('verification failure', () => {
  it('a file that does not meet the preset is removed, never renamed into place', async () => {
    // ultrafast turns off CABAC/8x8dct: x264 then writes Constrained Baseline whatever -profile says.
    const wrong = { ...DRAFT, video: { ...DRAFT.video, speed: 'ultrafast' as const } }
    const project = projectWith([{ id: 'c', title: 'C', media: await small() }])
    const outDir = tempDir()
    const { outcomes } = await exportOne(project, { outDir, preset: wrong })
    expect(outcomes[0]).toMatchObject({ ok: false, error: { code: 'verify-failed' } })
    expect(outcomes[0]!.ok === false && outcomes[0]!.error.message).toContain('profile: Constrained Baseline')
    expect(filesUnder(outDir)).toEqual([])
  })
})

describe('ffmpeg stopped mid-run', () => {
  const longClip = () => makeClip({ width: 640, height: 360, durationS: 8 })

  it('killed from outside: the job fails with the reason and nothing is left under any name', async () => {
    const project = projectWith([{ id: 'c', title: 'C', media: await longClip() }])
    const outDir = tempDir()
    const runId = 'kill-test'
    const pending = exportOne(project, {
      outDir,
      runId,
      preset: { ...DRAFT, video: { ...DRAFT.video, speed: 'veryfast' } }
    })
    await waitFor(() => ffmpegPid(runId) !== undefined)
    await new Promise((r) => setTimeout(r, 300))
    process.kill(ffmpegPid(runId)!, 'SIGKILL')
    const { outcomes } = await pending
    expect(outcomes[0]).toMatchObject({ ok: false, error: { code: 'ffmpeg-failed' } })
    expect(outcomes[0]!.ok === false && outcomes[0]!.error.message).toContain('killed (SIGKILL)')
    expect(filesUnder(outDir)).toEqual([])
    expect(runningFfmpegIds()).not.toContain(runId)
  })

  it('cancelled through the signal: cancelled, partial removed', async () => {
    const project = projectWith([{ id: 'c', title: 'C', media: await longClip() }])
    const outDir = tempDir()
    const controller = new AbortController()
    const pending = exportOne(project, {
      outDir,
      runId: 'cancel-test',
      signal: controller.signal,
      preset: { ...DRAFT, video: { ...DRAFT.video, speed: 'veryfast' } }
    })
    await waitFor(() => ffmpegPid('cancel-test') !== undefined)
    await waitFor(() => filesUnder(outDir).length > 0) // the partial exists while encoding
    expect(filesUnder(outDir)[0]).toMatch(/\/\.en\.mp4\.part-[0-9a-f]{8}-\d+-job-0\.mp4$/)
    controller.abort()
    const { outcomes } = await pending
    expect(outcomes[0]).toMatchObject({ ok: false, error: { code: 'cancelled' } })
    expect(filesUnder(outDir)).toEqual([])
  })
})

describe('bad inputs and bad output folders', () => {
  it('an invalid end-card photo is a clear job error naming the file', async () => {
    const dir = tempDir()
    const photo = join(dir, 'me.png')
    writeFileSync(photo, 'not an image')
    const project = projectWith(
      [{ id: 'c', title: 'C', media: await small(), creator: { name: 'A', handle: 'a', photo } }],
      { endCard: { enabled: true } }
    )
    const { outcomes } = await exportOne(project, { outDir: join(dir, 'out') })
    expect(outcomes[0]).toMatchObject({ ok: false, error: { code: 'not-media' } })
    expect(outcomes[0]!.ok === false && outcomes[0]!.error.message).toContain(photo)
  })

  it('missing media', async () => {
    const project = projectWith([{ id: 'c', title: 'C', media: '/nowhere/clip.mp4' }])
    const { outcomes } = await exportOne(project, { outDir: tempDir() })
    expect(outcomes[0]).toMatchObject({
      ok: false,
      error: { code: 'media-missing', message: expect.stringContaining('/nowhere/clip.mp4') }
    })
  })

  it('an output folder that cannot be created is not-writable', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'file'), 'x')
    const project = projectWith([{ id: 'c', title: 'C', media: await small() }])
    const { outcomes } = await exportOne(project, { outDir: join(dir, 'file', 'sub') })
    expect(outcomes[0]).toMatchObject({ ok: false, error: { code: 'not-writable' } })
  })

  // A real full disk: a 150 KB tmpfs (needs root to mount; skipped otherwise).
  const mounts: string[] = []
  afterAll(() =>
    mounts.splice(0).forEach((m) => {
      execFileSync('umount', [m])
      rmSync(m, { recursive: true, force: true })
    })
  )
  const canMount = process.getuid?.() === 0 && tryMount()
  it.skipIf(!canMount)('a full disk fails the job as disk-full and leaves no partial file', async () => {
    const dir = tempDir('kf-full-')
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=150k', 'tmpfs', dir])
    mounts.push(dir)
    const project = projectWith([
      { id: 'c', title: 'C', media: await makeClip({ width: 640, height: 360, durationS: 3 }) }
    ])
    const { outcomes } = await exportOne(project, { outDir: dir })
    expect(outcomes[0]).toMatchObject({ ok: false, error: { code: 'disk-full' } })
    expect(filesUnder(dir)).toEqual([])
  })
  it.skipIf(!canMount)('a read-only output folder is not-writable', async () => {
    const dir = tempDir('kf-ro-')
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=100k', 'tmpfs', dir])
    mounts.push(dir)
    const project = projectWith([{ id: 'c', title: 'C', media: await small() }])
    const { outcomes } = await exportOne(project, { outDir: dir })
    expect(outcomes[0]).toMatchObject({ ok: false, error: { code: 'not-writable' } })
  })
})

function tryMount(): boolean {
  const probe = tempDir('kf-mount-probe-')
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', probe], { stdio: 'ignore' })
    execFileSync('umount', [probe])
    return true
  } catch {
    return false
  }
}

async function waitFor(cond: () => boolean, timeoutMs = 60_000): Promise<void> {
  const start = Date.now()
  while (!cond()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting')
    await new Promise((r) => setTimeout(r, 20))
  }
}
