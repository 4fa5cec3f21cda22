import { describe, expect, it } from 'vitest'
import { assFilter, escapeForGraph, escapeOptionValue, filterValue } from '../../../src/shared/export/filter-escape'
import { ffmpegColor, fitFilter, type FitInput } from '../../../src/shared/export/fit'
import { applyFilter, measureFilter, parseEbur128Summary, parseLoudnormJson } from '../../../src/shared/export/loudness'
import { createProgressParser, toUpdate } from '../../../src/shared/export/progress'
import {
  parsePartialName,
  partialName,
  renderOutputName,
  sanitizeSegment
} from '../../../src/shared/export/output-name'
import { findPreset, Preset, PRESETS } from '../../../src/shared/export/presets'

describe('presets are validated data', () => {
  it('tiktok-9x16 has the platform numbers', () => {
    const p = findPreset('tiktok-9x16')!
    expect([p.width, p.height, p.fps, p.video.profile, p.video.pixFmt, p.video.speed]).toEqual([
      1080,
      1920,
      30,
      'high',
      'yuv420p',
      'veryfast'
    ])
    expect(p.audio).toEqual({ codec: 'aac', sampleRate: 48000, channels: 2, bitrateKbps: 192 })
    expect(p.loudness).toEqual({ integrated: -14, truePeak: -1, lra: 11 })
    expect(p.safeZone).toEqual({ top: 150, bottom: 420, right: 140, left: 0 })
    expect(p.limits).toEqual({ warnDurationMs: 60_000, maxDurationMs: 600_000, maxSizeBytes: 287_600_000 })
    expect(p.faststart).toBe(true)
  })
  it('has a second and third preset and unique ids', () => {
    expect(PRESETS.map((p) => p.id)).toEqual(['tiktok-9x16', 'draft-720x1280', 'feed-4x5'])
    expect(findPreset('feed-4x5')).toMatchObject({ width: 1080, height: 1350 })
  })
  it('rejects odd dimensions and unknown codecs', () => {
    expect(Preset.safeParse({ ...findPreset('tiktok-9x16')!, width: 1081 }).success).toBe(false)
    expect(
      Preset.safeParse({ ...findPreset('tiktok-9x16')!, video: { ...findPreset('tiktok-9x16')!.video, codec: 'vp9' } })
        .success
    ).toBe(false)
  })
})

describe('filtergraph escaping', () => {
  it.each([
    ['/plain/path.ass', '/plain/path.ass', '/plain/path.ass'],
    ['C:\\fonts', 'C\\:\\\\fonts', 'C\\\\:\\\\\\\\fonts'],
    ["it's", "it\\'s", "it\\\\\\'s"],
    ['a [b], c; d', 'a\\ [b],\\ c;\\ d', 'a\\\\\\ \\[b\\]\\,\\\\\\ c\\;\\\\\\ d']
  ])('%s', (raw, level1, level2) => {
    expect(escapeOptionValue(raw)).toBe(level1)
    expect(filterValue(raw)).toBe(level2)
    expect(escapeForGraph(level1)).toBe(level2)
  })
  it('builds the ass filter with both paths escaped', () => {
    expect(assFilter('/tmp/a:b/x.ass', '/opt/my fonts')).toBe(
      'ass=filename=/tmp/a\\\\:b/x.ass:fontsdir=/opt/my\\\\\\ fonts'
    )
  })
})

describe('fit filters', () => {
  const base: FitInput = {
    mode: 'crop',
    width: 1080,
    height: 1920,
    fps: 30,
    sar: 1,
    padColor: '#112233',
    inLabel: '0:v',
    outLabel: 'clip'
  }
  it.each([
    [
      'crop',
      '[0:v]fps=30,scale=1080:1920:force_original_aspect_ratio=increase,crop=1080:1920,setsar=1,format=yuv420p[clip]'
    ],
    [
      'pad',
      '[0:v]fps=30,scale=1080:1920:force_original_aspect_ratio=decrease:force_divisible_by=2,pad=1080:1920:(ow-iw)/2:(oh-ih)/2:color=0x112233,setsar=1,format=yuv420p[clip]'
    ],
    [
      'blur',
      '[0:v]fps=30,split=2[clip_bg][clip_fg];' +
        '[clip_bg]scale=270:480:force_original_aspect_ratio=increase,crop=270:480,boxblur=10:2,scale=1080:1920,setsar=1[clip_bgb];' +
        '[clip_fg]scale=1080:1920:force_original_aspect_ratio=decrease:force_divisible_by=2,setsar=1[clip_fgs];' +
        '[clip_bgb][clip_fgs]overlay=x=(W-w)/2:y=(H-h)/2,setsar=1,format=yuv420p[clip]'
    ]
  ] as const)('%s', (mode, expected) => {
    expect(fitFilter({ ...base, mode })).toBe(expected)
  })
  it('squares anamorphic pixels before fitting', () => {
    expect(fitFilter({ ...base, sar: 4 / 3 })).toBe(
      '[0:v]fps=30,scale=w=trunc(iw*sar/2)*2:h=trunc(ih/2)*2,setsar=1,scale=1080:1920:force_original_aspect_ratio=increase,crop=1080:1920,setsar=1,format=yuv420p[clip]'
    )
  })
  it('colours', () => expect(ffmpegColor('#ff00aa')).toBe('0xFF00AA'))
})

const LOUDNORM_STDERR = `Input #0, mov,mp4 ...
[Parsed_loudnorm_0 @ 0x55d5c8a0b2c0]
{
	"input_i" : "-41.80",
	"input_tp" : "-40.29",
	"input_lra" : "0.00",
	"input_thresh" : "-51.80",
	"output_i" : "-13.99",
	"output_tp" : "-12.49",
	"output_lra" : "0.00",
	"output_thresh" : "-23.99",
	"normalization_type" : "linear",
	"target_offset" : "-0.01"
}
`

describe('loudnorm', () => {
  const target = { integrated: -14, truePeak: -1, lra: 11 }
  it('parses the pass-1 JSON from stderr', () => {
    expect(parseLoudnormJson(LOUDNORM_STDERR)).toEqual({
      inputI: -41.8,
      inputTp: -40.29,
      inputLra: 0,
      inputThresh: -51.8,
      targetOffset: -0.01,
      outputI: -13.99,
      outputTp: -12.49
    })
  })
  it('returns undefined for silence (-inf) and for no JSON', () => {
    expect(parseLoudnormJson(LOUDNORM_STDERR.replace('"-41.80"', '"-inf"'))).toBeUndefined()
    expect(parseLoudnormJson('Error opening input')).toBeUndefined()
    expect(parseLoudnormJson('[Parsed_loudnorm_0 @ 0x1]\n{ "input_i" : ')).toBeUndefined()
  })
  it('builds pass 1 and pass 2 filters', () => {
    expect(measureFilter(target)).toBe('loudnorm=I=-14:TP=-1:LRA=11:print_format=json')
    expect(applyFilter(target, parseLoudnormJson(LOUDNORM_STDERR)!)).toBe(
      'loudnorm=I=-14:TP=-1:LRA=11:measured_I=-41.8:measured_TP=-40.29:measured_LRA=0:measured_thresh=-51.8:offset=-0.01:linear=true:print_format=none'
    )
  })
})

describe('progress parser', () => {
  it('turns blocks into percent + ETA, across chunk boundaries', () => {
    const p = createProgressParser(10_000)
    expect(p.push('frame=10\nout_time_us=2500000\nspe')).toEqual([])
    expect(p.push('ed=2.00x\nprogress=continue\nout_time_us=5000000\nspeed=N/A\nprogress=continue\n')).toEqual([
      { outTimeMs: 2500, percent: 25, etaMs: 3750, speed: 2, done: false },
      { outTimeMs: 5000, percent: 50, etaMs: null, speed: null, done: false }
    ])
    expect(p.push('out_time_us=10000000\nspeed=1.5x\nprogress=continue\nout_time_us=10033000\nprogress=end\n')).toEqual(
      [
        { outTimeMs: 10000, percent: 99.9, etaMs: 0, speed: 1.5, done: false },
        { outTimeMs: 10033, percent: 100, etaMs: 0, speed: null, done: true }
      ]
    )
  })
  it('accepts the older out_time_ms key (which is microseconds) and negative start times', () => {
    expect(toUpdate({ out_time_ms: '1000000', progress: 'continue' }, 4000).percent).toBe(25)
    expect(toUpdate({ out_time_us: '-23000', progress: 'continue' }, 4000).percent).toBe(0)
  })
})

describe('output names', () => {
  const v = { series: 'Kind: Season 1', clip: 'Ep 1 / "Hello"?', clipId: 'c1', locale: 'pt-BR', preset: 'tiktok-9x16' }
  it.each([
    ['{series}/{clip}.{locale}.mp4', 'Kind_ Season 1/Ep 1 _ _Hello__.pt-BR.mp4'],
    ['{clipId}-{locale}', 'c1-pt-BR.mp4'],
    ['../{clipId}/./x.{locale}.MP4', '_/c1/x.pt-BR.MP4'],
    ['{preset}/{series}', 'tiktok-9x16/Kind_ Season 1.mp4']
  ])('%s', (template, expected) => expect(renderOutputName(template, v)).toBe(expected))
  it.each([
    ['CON', '_CON'],
    ['...hidden', '_hidden'],
    ['name. ', 'name'],
    ['a\u0000b', 'a_b'],
    ['', '_']
  ])('sanitizes %j', (raw, expected) => expect(sanitizeSegment(raw)).toBe(expected))
  it('partial names are hidden, in the same folder, still .mp4', () => {
    expect(partialName('c1.ms.mp4', 'job/1')).toBe('.c1.ms.mp4.part-job_1.mp4')
    expect(partialName('c1.ms.mp4', 'job/1', '0a1b2c3d-42')).toBe('.c1.ms.mp4.part-0a1b2c3d-42-job_1.mp4')
    expect(parsePartialName('.c1.ms.mp4.part-0a1b2c3d-42-job_1.mp4')).toEqual({ owner: '0a1b2c3d-42' })
    expect(parsePartialName('.c1.ms.mp4.part-job_1.mp4')).toEqual({})
    expect(parsePartialName('c1.ms.mp4')).toBeUndefined()
  })
})

describe('ebur128 summary (output check)', () => {
  const tail = `size=N/A time=00:00:01.50 bitrate=N/A speed=23.5x
[Parsed_ebur128_0 @ 0x55d677433fc0] Summary:

  Integrated loudness:
    I:         -14.0 LUFS
    Threshold: -24.0 LUFS

  Loudness range:
    LRA:         0.0 LU

  True peak:
    Peak:      -12.5 dBFS
`
  it('reads integrated loudness and true peak', () => {
    expect(parseEbur128Summary(tail)).toEqual({ integrated: -14, truePeak: -12.5 })
    expect(parseEbur128Summary(tail.replace('    Peak:      -12.5 dBFS\n', ''))).toEqual({
      integrated: -14,
      truePeak: null
    })
  })
  it('silence and missing summaries are undefined', () => {
    expect(parseEbur128Summary(tail.replace('-14.0 LUFS', '-inf LUFS'))).toBeUndefined()
    expect(parseEbur128Summary('no summary')).toBeUndefined()
  })
})
