import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { outputColorArgs } from '../../../src/shared/export/hdr'
import { probeOutput, topLevelBoxes } from '../../../src/main/services/export/probe'
import { classifyFailure, runFfmpeg, runningFfmpegIds } from '../../../src/main/services/ffmpeg/runner'
import { checkOutput } from '../../../src/shared/export/verify-checks'
import { DRAFT, tempDir } from './export-helpers'

const run = promisify(execFile)

describe('runner', () => {
  it.each([
    [1, null, 'av_interleaved_write_frame(): No space left on device', 'disk-full'],
    [1, null, '/out/x.mp4: Permission denied', 'not-writable'],
    [1, null, 'Read-only file system', 'not-writable'],
    [null, 'SIGKILL', 'frame= 10', 'ffmpeg-failed'],
    [1, null, 'Invalid argument', 'ffmpeg-failed']
  ] as const)('exit %s / %s / "%s" → %s', (code, signal, stderr, expected) => {
    expect(classifyFailure(code, signal, stderr).code).toBe(expected)
  })

  it('a failing run rejects with the stderr tail, removes its partials and leaves the registry', async () => {
    const partial = join(tempDir(), 'p.mp4')
    const err = await runFfmpeg({
      id: 'bad-run',
      args: ['-v', 'error', '-i', '/nowhere/x.mp4', partial],
      partialPaths: [partial]
    }).catch((e: Error) => e)
    expect(err).toMatchObject({ code: 'ffmpeg-failed', message: expect.stringContaining('/nowhere/x.mp4') })
    expect(runningFfmpegIds()).not.toContain('bad-run')
  })

  it('reports progress to 100 only at progress=end', async () => {
    const out = join(tempDir(), 'o.mp4')
    const seen: number[] = []
    await runFfmpeg({
      id: 'progress-run',
      expectedDurationMs: 1000,
      onProgress: (u) => seen.push(u.percent),
      args: [
        '-v',
        'error',
        '-progress',
        'pipe:1',
        '-nostats',
        '-f',
        'lavfi',
        '-i',
        'testsrc2=s=160x90:r=30:d=1',
        '-c:v',
        'libx264',
        '-preset',
        'ultrafast',
        out
      ]
    })
    expect(seen.at(-1)).toBe(100)
    expect(seen.slice(0, -1).every((p) => p < 100)).toBe(true)
  })
})

describe('faststart check on real files', () => {
  it('without +faststart moov comes after mdat and the check fails', async () => {
    const dir = tempDir()
    const slow = join(dir, 'slow.mp4')
    await run('ffmpeg', [
      '-v',
      'error',
      '-f',
      'lavfi',
      '-i',
      'testsrc2=s=720x1280:r=30:d=1',
      '-f',
      'lavfi',
      '-i',
      'anullsrc=r=48000:cl=stereo',
      '-t',
      '1',
      '-c:v',
      'libx264',
      '-preset',
      'superfast',
      '-profile:v',
      'high',
      '-pix_fmt',
      'yuv420p',
      ...outputColorArgs(),
      '-c:a',
      'aac',
      slow
    ])
    const boxes = await topLevelBoxes(slow)
    expect(boxes.indexOf('mdat')).toBeLessThan(boxes.indexOf('moov'))
    const failed = checkOutput(await probeOutput(slow), DRAFT, 1000)
      .filter((c) => !c.ok)
      .map((c) => c.name)
    expect(failed).toEqual(['faststart'])
  })
})
