import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { exportClip, type ClipExportRequest } from '../../../src/main/services/export/export-clip'
import { createExportQueue } from '../../../src/main/services/export/queue'
import { ffprobeJson, frameRgb, makeClip } from '../../helpers/media'
import { DRAFT, exportOne, okResult, pixel, projectWith, tempDir } from './export-helpers'

const run = promisify(execFile)

describe('edge sources', () => {
  it('a clip with a 90° display matrix ends up upright (not just portrait)', async () => {
    // Stored landscape: left half white, right half red. ffmpeg 5.1's mov muxer turns the tag into
    // a display matrix that ffprobe reports as rotation=90, which libavutil/display.h defines as
    // "rotate 90° counter-clockwise to display": the stored left edge becomes the BOTTOM.
    const dir = tempDir()
    const stored = join(dir, 'stored.mp4')
    const tagged = join(dir, 'phone.mp4')
    await run('ffmpeg', [
      '-v',
      'error',
      '-f',
      'lavfi',
      '-i',
      'color=c=red:s=640x360:r=30:d=1,drawbox=x=0:y=0:w=320:h=360:color=white:t=fill',
      '-c:v',
      'libx264',
      '-preset',
      'ultrafast',
      '-pix_fmt',
      'yuv420p',
      stored
    ])
    await run('ffmpeg', ['-v', 'error', '-i', stored, '-c', 'copy', '-metadata:s:v:0', 'rotate=90', tagged])
    const rotation = (await ffprobeJson(tagged)).streams[0]!.side_data_list?.find(
      (d) => d.rotation !== undefined
    )?.rotation
    expect(rotation).toBe(90)
    const { outcomes, paths } = await exportOne(projectWith([{ id: 'c', title: 'C', media: tagged, fit: 'pad' }]), {
      outDir: tempDir()
    })
    okResult(outcomes[0])
    const frame = await frameRgb(paths[0]!, 0.5, 720, 1280)
    const top = pixel(frame, 720, 360, 200)
    const bottom = pixel(frame, 720, 360, 1080)
    expect([top.r > 200, top.g < 50, top.b < 50]).toEqual([true, true, true])
    expect([bottom.r > 220, bottom.g > 220, bottom.b > 220]).toEqual([true, true, true])
  })

  it('odd dimensions (321×181, H.264 4:4:4) come out at the even preset size', async () => {
    const src = join(tempDir(), 'odd.mp4')
    await run('ffmpeg', [
      '-v',
      'error',
      '-f',
      'lavfi',
      '-i',
      'testsrc2=s=321x181:r=30:d=1',
      '-c:v',
      'libx264',
      '-preset',
      'ultrafast',
      '-pix_fmt',
      'yuv444p',
      src
    ])
    const { outcomes, paths } = await exportOne(projectWith([{ id: 'c', title: 'C', media: src, fit: 'pad' }]), {
      outDir: tempDir()
    })
    okResult(outcomes[0])
    const v = (await ffprobeJson(paths[0]!)).streams.find((s) => s.codec_type === 'video')!
    expect([v.width, v.height, v.pix_fmt, v.profile]).toEqual([720, 1280, 'yuv420p', 'High'])
  })

  it('a 4K source is scaled down to the preset', async () => {
    const src = await makeClip({ width: 3840, height: 2160, durationS: 1, source: 'color', color: 'white' })
    const { outcomes, paths } = await exportOne(projectWith([{ id: 'c', title: 'C', media: src, fit: 'pad' }]), {
      outDir: tempDir()
    })
    okResult(outcomes[0])
    const frame = await frameRgb(paths[0]!, 0.5, 720, 1280)
    // 16:9 padded into 9:16: white band of 720×405 in the middle.
    expect(pixel(frame, 720, 360, 640).r).toBeGreaterThan(220)
    expect(pixel(frame, 720, 360, 300).r).toBeLessThan(30)
  })

  it('a short video as the end-card photo is looped into the card', async () => {
    const photo = await makeClip({
      width: 200,
      height: 200,
      durationS: 1,
      source: 'color',
      color: 'lime',
      audio: false
    })
    const src = await makeClip({ width: 320, height: 180, durationS: 1, source: 'color', color: 'blue' })
    const project = projectWith([{ id: 'c', title: 'C', media: src, creator: { name: 'A', handle: 'a', photo } }], {
      endCard: { enabled: true, durationMs: 2000, transition: { kind: 'dissolve', durationMs: 300 } }
    })
    const { outcomes, paths } = await exportOne(project, { outDir: tempDir() })
    expect(okResult(outcomes[0]).durationMs).toBeCloseTo(2700, -1)
    // Late in the card (after the 1 s video would have ended) the photo square is still lime.
    const frame = await frameRgb(paths[0]!, 2.5, 720, 1280)
    const p = pixel(frame, 720, 360, Math.round(1280 * 0.15) + 100)
    expect([p.g > 200, p.r < 60, p.b < 60]).toEqual([true, true, true])
  })

  it('a source over the preset limit (10 min) is refused before encoding', async () => {
    const src = await makeClip({ width: 16, height: 16, durationS: 601, fps: 1, audio: false })
    const { outcomes } = await exportOne(projectWith([{ id: 'c', title: 'C', media: src }]), { outDir: tempDir() })
    expect(outcomes[0]).toMatchObject({
      ok: false,
      error: { code: 'limit-exceeded', message: expect.stringContaining('601 s') }
    })
  })

  it('end card on the blurred last frame: the card background continues the clip’s final picture', async () => {
    const src = await makeClip({ width: 320, height: 180, durationS: 1, source: 'color', color: 'yellow' })
    const project = projectWith([{ id: 'c', title: 'C', media: src, fit: 'pad' }], {
      endCard: {
        enabled: true,
        durationMs: 1000,
        background: { kind: 'blur-last-frame' },
        transition: { kind: 'fade', durationMs: 200 }
      }
    })
    const { outcomes, paths } = await exportOne(project, { outDir: tempDir() })
    expect(okResult(outcomes[0]).durationMs).toBeCloseTo(1800, -1)
    // Pad mode leaves black bars during the clip; the card is the last frame filled (cover) and blurred: yellow to the corner.
    const clip = pixel(await frameRgb(paths[0]!, 0.4, 720, 1280), 720, 10, 10)
    const card = pixel(await frameRgb(paths[0]!, 1.6, 720, 1280), 720, 10, 10)
    expect([clip.r < 30, clip.g < 30]).toEqual([true, true])
    expect([card.r > 200, card.g > 200, card.b < 60]).toEqual([true, true, true])
  })

  it('an unknown transition is refused before ffmpeg runs', async () => {
    const src = await makeClip({ width: 320, height: 180, durationS: 1 })
    const project = projectWith([{ id: 'c', title: 'C', media: src }], {
      endCard: { enabled: true, transition: { kind: 'sparkles', durationMs: 300 } }
    })
    const { outcomes } = await exportOne(project, { outDir: tempDir() })
    expect(outcomes[0]).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('sparkles') }
    })
  })
})

describe('locales per process', () => {
  it('7 locales of one clip: one process for 6 outputs, a second for the 7th', async () => {
    const src = await makeClip({ width: 160, height: 90, durationS: 1 })
    const calls: number[] = []
    // The real engine, wrapped only to record how the queue grouped the outputs.
    const runClip = (req: ClipExportRequest) => {
      calls.push(req.outputs.length)
      return exportClip(req)
    }
    const queue = createExportQueue({ concurrency: 1, runClip })
    const locales = ['en', 'ms', 'id', 'fil', 'pt-BR', 'es-MX', 'ar']
    const { batchId } = queue.start({
      project: projectWith([{ id: 'c', title: 'C', media: src }]),
      projectPath: null,
      locales,
      presetId: DRAFT.id,
      outDir: tempDir()
    })
    const done = await queue.whenBatchDone(batchId)
    expect(calls).toEqual([6, 1])
    expect(done.done).toBe(7)
  })
})
