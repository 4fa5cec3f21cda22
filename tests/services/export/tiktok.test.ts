import { execFile } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { topLevelBoxes } from '../../../src/main/services/export/probe'
import { fontsDir } from '../../../src/main/services/fonts'
import { assFilter } from '../../../src/shared/export/filter-escape'
import { ffprobeJson, frameRgb, makeClip, makeImage } from '../../helpers/media'
import { exportOne, okResult, projectWith, TIKTOK, tempDir, whiteBox } from './export-helpers'

const run = promisify(execFile)

describe('full tiktok-9x16 export (1080×1920)', () => {
  it('meets the platform spec: H.264 High yuv420p 30 fps, AAC 48 kHz stereo, faststart, −14 LUFS, subtitles in the safe zone', async () => {
    const media = await makeClip({ width: 1280, height: 720, durationS: 2, source: 'color', color: 'navy' })
    const photo = await makeImage(400, 400, 'orange')
    const project = projectWith(
      [
        {
          id: 'c1',
          title: 'Reveal',
          media,
          fit: 'blur',
          creator: { name: 'Rina', handle: '@rina', photo },
          track: {
            cues: [{ id: 'q', startMs: 0, endMs: 1500, text: 'Behind every account is a real person' }],
            translations: {}
          }
        }
      ],
      { endCard: { enabled: true, durationMs: 2000, transition: { kind: 'fade', durationMs: 500 } } }
    )
    const { outcomes, paths } = await exportOne(project, { outDir: tempDir(), preset: TIKTOK })
    const result = okResult(outcomes[0])
    const probe = await ffprobeJson(paths[0]!)
    const v = probe.streams.find((s) => s.codec_type === 'video')!
    const a = probe.streams.find((s) => s.codec_type === 'audio')!
    expect([v.codec_name, v.profile, v.width, v.height, v.pix_fmt, v.r_frame_rate, v.avg_frame_rate]).toEqual([
      'h264',
      'High',
      1080,
      1920,
      'yuv420p',
      '30/1',
      '30/1'
    ])
    expect([a.codec_name, a.profile, a.sample_rate, a.channels]).toEqual(['aac', 'LC', '48000', 2])
    expect(Number(probe.format.duration)).toBeCloseTo(3.5, 1) // 2 + 2 − 0.5
    const boxes = await topLevelBoxes(paths[0]!)
    expect(boxes.indexOf('moov')).toBeLessThan(boxes.indexOf('mdat'))
    expect(Math.abs(result.loudness.outputI! + 14)).toBeLessThanOrEqual(1)
    expect(result.loudness.outputTp!).toBeLessThanOrEqual(-1 + 0.5)

    // Subtitles: ink only inside the top 150 / bottom 420 / right 140 insets.
    const frame = await frameRgb(paths[0]!, 0.7, 1080, 1920)
    const ink = whiteBox(frame, 1080, 1920)!
    expect(ink).not.toBeNull()
    expect(ink.y0).toBeGreaterThanOrEqual(150)
    expect(ink.y1).toBeLessThanOrEqual(1920 - 420)
    expect(ink.x1).toBeLessThanOrEqual(1080 - 140)
  })
})

describe('filter path escaping against real ffmpeg', () => {
  it("an ASS file in a folder named it's [a], b; c:d\\e is found and burned", async () => {
    const dir = join(tempDir(), "it's [a], b; c:d\\e")
    mkdirSync(dir)
    const assPath = join(dir, 'x.ass')
    writeFileSync(
      assPath,
      '[Script Info]\nScriptType: v4.00+\nPlayResX: 320\nPlayResY: 240\n\n[V4+ Styles]\n' +
        'Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding\n' +
        'Style: Default,Noto Sans,60,&H00FFFFFF,&H00FFFFFF,&H00000000,&H00000000,1,0,0,0,100,100,0,0,1,0,0,5,0,0,0,1\n\n[Events]\n' +
        'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\nDialogue: 0,0:00:00.00,0:00:01.00,Default,,0,0,0,,WWW\n'
    )
    const { stdout } = await run(
      'ffmpeg',
      [
        '-v',
        'error',
        '-f',
        'lavfi',
        '-i',
        'color=c=black:s=320x240:d=0.2',
        '-filter_complex',
        `[0:v]${assFilter(assPath, fontsDir())}[v]`,
        '-map',
        '[v]',
        '-frames:v',
        '1',
        '-f',
        'rawvideo',
        '-pix_fmt',
        'rgb24',
        'pipe:1'
      ],
      { encoding: 'buffer', maxBuffer: 1 << 20 }
    )
    expect(whiteBox(stdout as unknown as Buffer, 320, 240)).not.toBeNull()
  })
})
