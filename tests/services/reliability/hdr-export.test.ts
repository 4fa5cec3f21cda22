import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { probeMedia } from '../../../src/main/services/ffmpeg/probe'
import { toneMapFilter } from '../../../src/shared/export/hdr'
import { ffprobeJson, frameRgb, makeHdrClip } from '../../helpers/media'
import { DRAFT, exportOne, filesUnder, okResult, pixel, projectWith, tempDir } from '../export/export-helpers'
import { runCli } from '../cli/cli-harness'

/**
 * Issue 15, item 9: phone footage. 10-bit HEVC in HLG or PQ is tone-mapped to SDR BT.709 before
 * fitting and subtitles; outputs say BT.709 in their tags and the export checks read them back.
 * The clips are two SDR patches (grey 128, red 200/60/40) converted to HDR, so a right conversion
 * gives back about those colours, and a missing one gives the dark, washed-out picture (grey ≈ 83).
 */
const W = DRAFT.width
const H = DRAFT.height

async function colourTags(path: string) {
  const v = (await ffprobeJson(path)).streams.find((s) => s.codec_type === 'video') as unknown as Record<
    string,
    unknown
  >
  return {
    primaries: v.color_primaries,
    transfer: v.color_transfer,
    space: v.color_space,
    range: v.color_range,
    pixFmt: v.pix_fmt,
    fps: v.r_frame_rate
  }
}

function near(actual: number, expected: number, tolerance: number, what: string): void {
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance)
}

describe('HDR phone footage → SDR BT.709', () => {
  it.each(['hlg', 'pq'] as const)(
    '%s: probe says so; export tags BT.709, passes its colour check, and the patches keep their colours',
    async (transfer) => {
      const clip = await makeHdrClip({ transfer })
      expect((await probeMedia(clip)).hdr).toBe(transfer)
      const project = projectWith([{ id: 'c', title: 'C', media: clip, fit: 'pad' }])
      const { outcomes, paths } = await exportOne(project, { outDir: tempDir() })
      const result = okResult(outcomes[0])
      expect(result.checks.find((c) => c.name === 'color')).toMatchObject({
        ok: true,
        detail: expect.stringContaining('bt709/bt709/bt709/tv')
      })
      expect(await colourTags(paths[0]!)).toMatchObject({
        primaries: 'bt709',
        transfer: 'bt709',
        space: 'bt709',
        range: 'tv',
        pixFmt: 'yuv420p'
      })
      // 320×180 padded into 720×1280: the picture spans y 437..842; left half grey, right half red.
      const frame = await frameRgb(paths[0]!, 0.5, W, H)
      const grey = pixel(frame, W, 180, 640)
      const red = pixel(frame, W, 540, 640)
      for (const c of ['r', 'g', 'b'] as const) near(grey[c], 128, 10, `grey.${c}`)
      near(red.r, 212, 20, 'red.r')
      near(red.g, 72, 15, 'red.g')
      near(red.b, 36, 15, 'red.b')
    }
  )

  it('a phone clip: HLG, held upright (90° display matrix), 60 fps with irregular timing → upright 30 fps CFR SDR', async () => {
    const clip = await makeHdrClip({ transfer: 'hlg', width: 320, height: 180, fps: 60, rotation: 90, vfr: true })
    const probe = await probeMedia(clip)
    expect([probe.hdr, probe.rotation % 180, probe.vfr]).toEqual(['hlg', 90, true])
    const project = projectWith([{ id: 'c', title: 'C', media: clip, fit: 'pad' }])
    const { outcomes, paths } = await exportOne(project, { outDir: tempDir() })
    okResult(outcomes[0])
    expect(await colourTags(paths[0]!)).toMatchObject({
      primaries: 'bt709',
      transfer: 'bt709',
      space: 'bt709',
      fps: '30/1'
    })
    // Upright 180×320 fills 720×1280: one half of the frame is the grey patch, the other the red one.
    const frame = await frameRgb(paths[0]!, 0.5, W, H)
    const halves = [pixel(frame, W, 360, 320), pixel(frame, W, 360, 960)]
    const grey = halves.find((p) => Math.abs(p.r - p.b) < 12)!
    const red = halves.find((p) => p.r - p.g > 80)!
    expect(grey, JSON.stringify(halves)).toBeDefined()
    expect(red, JSON.stringify(halves)).toBeDefined()
    near(grey.g, 128, 10, 'grey')
  })

  it('an HDR end-card video is tone-mapped too (the card shows SDR colours)', async () => {
    const card = await makeHdrClip({ transfer: 'pq', width: 320, height: 320 })
    const clip = await makeHdrClip({ transfer: 'hlg' })
    const project = projectWith(
      [{ id: 'c', title: 'C', media: clip, creator: { name: 'A', handle: 'a', photo: card } }],
      {
        endCard: {
          enabled: true,
          durationMs: 1000,
          transition: { kind: 'fade', durationMs: 200 },
          background: { kind: 'color', color: '#000000' }
        }
      }
    )
    const { outcomes } = await exportOne(project, { outDir: tempDir() })
    expect(okResult(outcomes[0]).checks.find((c) => c.name === 'color')?.ok).toBe(true)
  })
})

describe('HEIC/HEIF photos (ffmpeg 5.1 cannot decode them): refused with a fix, not called "truncated"', () => {
  /** A minimal HEIF file: ftyp(heic, mif1) + an empty meta + mdat, enough for every HEIF sniffer. */
  function heic(dir: string): string {
    const box = (type: string, body: Buffer) => {
      const head = Buffer.alloc(8)
      head.writeUInt32BE(8 + body.length, 0)
      head.write(type, 4, 'latin1')
      return Buffer.concat([head, body])
    }
    const path = join(dir, 'me.HEIC')
    writeFileSync(
      path,
      Buffer.concat([
        box('ftyp', Buffer.from('heic\0\0\0\0mif1heic', 'latin1')),
        box('meta', Buffer.alloc(4)),
        box('mdat', Buffer.alloc(64))
      ])
    )
    return path
  }

  it('kindframe probe: exit 3, names the fix', async () => {
    const r = await runCli(['probe', heic(tempDir())])
    expect(r.code).toBe(3)
    expect(r.stderr).toContain('is a HEIC/HEIF photo')
    expect(r.stderr).toContain('heif-convert')
    expect(r.stderr).not.toContain('truncated')
  })

  it('as the end-card photo: the job fails with the same words, nothing written', async () => {
    const dir = tempDir()
    const project = projectWith(
      [
        {
          id: 'c',
          title: 'C',
          media: await makeHdrClip({ transfer: 'hlg' }),
          creator: { name: 'A', handle: 'a', photo: heic(dir) }
        }
      ],
      { endCard: { enabled: true } }
    )
    const out = join(dir, 'out')
    const { outcomes } = await exportOne(project, { outDir: out })
    expect(outcomes[0]).toMatchObject({
      ok: false,
      error: { code: 'not-media', message: expect.stringContaining('heif-convert') }
    })
    expect(filesUnder(out)).toEqual([])
  })
})

describe('HDR thumbnails look like the export', () => {
  it("an HLG clip's thumbnail is tone-mapped (grey patch ≈ 128, not ≈ 83)", async () => {
    const { thumbnail, clearThumbnailCache } = await import('../../../src/main/services/media/thumbnail')
    clearThumbnailCache()
    const { dataUrl } = await thumbnail(await makeHdrClip({ transfer: 'hlg' }), { atMs: 500, width: 320 })
    const jpeg = join(tempDir(), 'thumb.jpg')
    writeFileSync(jpeg, Buffer.from(dataUrl.split(',')[1]!, 'base64'))
    const frame = await frameRgb(jpeg, 0, 320, 180)
    const grey = pixel(frame, 320, 80, 90)
    near(grey.g, 128, 12, 'thumbnail grey')
  })
})

describe('the tone-mapping chain runs in this ffmpeg for every input it can be given', () => {
  it.each([
    ['hlg', 'bt2020', 'bt2020nc'],
    ['pq', 'bt2020', 'bt2020nc'],
    ['pq', 'smpte432', 'bt709'],
    ['hlg', 'bt709', 'bt709']
  ] as const)('%s %s %s, from untagged frames', async (transfer, primaries, matrix) => {
    const chain = toneMapFilter({ transfer, primaries, matrix, range: 'tv' })
    // lavfi frames carry no colour tags: the chain must not depend on the decoder's.
    expect(() =>
      execFileSync('ffmpeg', [
        '-v',
        'error',
        '-f',
        'lavfi',
        '-i',
        'color=red:s=64x64:d=0.1,format=yuv420p10le',
        '-vf',
        chain,
        '-f',
        'null',
        '-'
      ])
    ).not.toThrow()
  })
})
