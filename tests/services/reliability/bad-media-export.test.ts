import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createExportQueue } from '../../../src/main/services/export/queue'
import { findPreset } from '../../../src/shared/export/presets'
import { Project, PROJECT_VERSION } from '../../../src/shared/project/schema'
import { makeClip } from '../../helpers/media'
import { runCli } from '../cli/cli-harness'

const root = mkdtempSync(join(tmpdir(), 'kf-badmedia-'))
const mounts: string[] = []
afterAll(() => {
  for (const m of mounts.splice(0)) execFileSync('umount', [m])
  rmSync(root, { recursive: true, force: true })
})

async function jpegNamedMp4(dir: string): Promise<string> {
  const path = join(dir, 'clip.mp4')
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    'color=c=red:s=64x64',
    '-frames:v',
    '1',
    '-f',
    'image2',
    '-c:v',
    'mjpeg',
    path
  ])
  return path
}

function projectFile(dir: string, media: string): string {
  const file = join(dir, 'series.kindframe')
  writeFileSync(
    file,
    JSON.stringify({
      kind: 'kindframe-project',
      version: 1,
      series: { title: 'Kind' },
      sourceLocale: 'en',
      endCard: { enabled: false },
      clips: [{ id: 'c1', title: 'First', media }]
    })
  )
  return file
}

const PRECISE = /clip\.mp4: is a JPEG picture, not a video, although its name ends in \.mp4/

describe('a JPEG renamed .mp4 (issue 15, item 4)', () => {
  it('kindframe probe refuses it precisely: exit 3', async () => {
    const dir = join(root, 'probe')
    mkdirSync(dir)
    const r = await runCli(['probe', await jpegNamedMp4(dir)])
    expect(r.code).toBe(3)
    expect(r.stderr).toMatch(PRECISE)
  })

  it("kindframe export: exit 3 with probe's words, no series folder, no manifest", async () => {
    const dir = join(root, 'export')
    mkdirSync(dir)
    await jpegNamedMp4(dir)
    const out = join(dir, 'out')
    const r = await runCli(['export', projectFile(dir, 'clip.mp4'), '--out', out, '--preset', 'draft-720x1280'])
    expect(r.code).toBe(3)
    expect(r.stderr).toMatch(PRECISE)
    expect(r.stderr).not.toContain('truncated')
    expect(existsSync(out)).toBe(false)
  })

  it('missing media: exit 3, and nothing created', async () => {
    const dir = join(root, 'missing')
    mkdirSync(dir)
    const out = join(dir, 'out')
    const r = await runCli(['export', projectFile(dir, 'gone.mp4'), '--out', out])
    expect(r.code).toBe(3)
    expect(r.stderr).toContain("gone.mp4: the clip's media file is missing")
    expect(existsSync(out)).toBe(false)
  })
})

function tryMount(dir: string, size: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' })
    mounts.push(dir)
    return true
  } catch {
    return false
  }
}

function fill(dir: string): void {
  try {
    writeFileSync(join(dir, 'filler'), Buffer.alloc(1024 * 1024))
  } catch {
    // ENOSPC: full now
  }
}

const canMount = process.platform === 'linux' && process.getuid?.() === 0
describe.skipIf(!canMount)('a full disk (a small tmpfs, filled)', () => {
  it('full from the start: exit 5, the reason says the disk is full, no manifest, no partial', async () => {
    const dir = join(root, 'full')
    mkdirSync(dir)
    copyFileSync(await makeClip({ width: 320, height: 180, durationS: 1 }), join(dir, 'clip.mp4'))
    const out = join(dir, 'out')
    mkdirSync(out)
    if (!tryMount(out, '64k')) return
    fill(out)
    const r = await runCli(['export', projectFile(dir, 'clip.mp4'), '--out', out, '--preset', 'draft-720x1280'])
    expect(r.code).toBe(5)
    expect(r.stderr).toMatch(/disk[- ]full|disk is full|No space left/i)
    expect(
      readdirSync(out, { recursive: true })
        .map(String)
        .filter((n) => n !== 'filler')
    ).toEqual([])
  })

  it('the outputs were written but the manifest cannot be: said clearly, not swallowed', async () => {
    const out = join(root, 'manifest-full')
    mkdirSync(out)
    if (!tryMount(out, '16k')) return
    fill(out)
    // No end card: issue 11's queue runs pre-flight and would refuse an end card without a name.
    const project = Project.parse({
      kind: 'kindframe-project',
      version: PROJECT_VERSION,
      series: { title: 'S' },
      sourceLocale: 'en',
      endCard: { enabled: false },
      clips: [{ id: 'c', title: 'c', media: '/x.mp4' }]
    })
    const queue = createExportQueue({
      concurrency: 1,
      // A stand-in engine: the file is "exported" fine, only the manifest meets the full disk.
      runClip: async (req) =>
        req.outputs.map((o) => ({
          jobId: o.jobId,
          ok: true as const,
          result: {
            durationMs: 1000,
            sizeBytes: 1,
            loudness: { inputI: null, outputI: null, outputTp: null },
            checks: []
          }
        }))
    })
    const { batchId } = queue.start({
      project,
      projectPath: null,
      outDir: out,
      presetId: findPreset('draft-720x1280')!.id
    })
    const final = await queue.whenBatchDone(batchId)
    expect(final.done).toBe(1)
    expect(final.manifestPath).toBeUndefined()
    expect(final.manifestError).toMatch(/manifest could not be written.*disk.*full/i)
    expect(readdirSync(out).filter((n) => n.startsWith('kindframe-manifest'))).toEqual([])
  })
})
