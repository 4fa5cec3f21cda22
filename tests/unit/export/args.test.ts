import { describe, expect, it } from 'vitest'
import { buildExportArgs, encoderArgs } from '../../../src/shared/export/args'
import { clipDurationMs, outputDurationMs, type ExportPlan } from '../../../src/shared/export/plan'
import { findPreset } from '../../../src/shared/export/presets'

const draft = findPreset('draft-720x1280')!
const HEAD = [
  '-hide_banner',
  '-nostdin',
  '-y',
  '-loglevel',
  'error',
  '-progress',
  'pipe:1',
  '-nostats',
  '-autorotate',
  '1',
  '-i',
  '/m/src.mp4'
]
const ENC = [
  '-c:v',
  'libx264',
  '-preset',
  'superfast',
  '-profile:v',
  'high',
  '-pix_fmt',
  'yuv420p',
  '-crf',
  '28',
  '-maxrate',
  '4000k',
  '-bufsize',
  '8000k',
  '-g',
  '60',
  '-fps_mode',
  'cfr',
  '-color_primaries',
  'bt709',
  '-color_trc',
  'bt709',
  '-colorspace',
  'bt709',
  '-color_range',
  'tv',
  '-c:a',
  'aac',
  '-b:a',
  '128k',
  '-ar',
  '48000',
  '-ac',
  '2',
  '-movflags',
  '+faststart',
  '-f',
  'mp4'
]
const ASS_EN = 'ass=filename=/t/0.ass:fontsdir=/f'
const LOUD =
  'loudnorm=I=-14:TP=-1:LRA=11:measured_I=-20:measured_TP=-5:measured_LRA=3:measured_thresh=-30:offset=0.2:linear=true:print_format=none'
const NORM = 'aresample=48000,aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo'
const CROP =
  '[0:v]fps=30,scale=720:1280:force_original_aspect_ratio=increase,crop=720:1280,setsar=1,format=yuv420p[clip]'

function plan(over: Partial<ExportPlan> = {}): ExportPlan {
  return {
    sourcePath: '/m/src.mp4',
    clipDurationMs: 2000,
    hasAudio: true,
    sar: 1,
    fit: 'crop',
    padColor: '#000000',
    preset: draft,
    loudness: { inputI: -20, inputTp: -5, inputLra: 3, inputThresh: -30, targetOffset: 0.2 },
    fontsDir: '/f',
    outputs: [
      {
        jobId: 'j1',
        locale: 'en',
        assPath: '/t/0.ass',
        partialPath: '/o/.a.en.mp4.part-j1.mp4',
        finalPath: '/o/a.en.mp4'
      }
    ],
    ...over
  }
}

describe('buildExportArgs', () => {
  it('one locale, with audio, no end card', () => {
    expect(buildExportArgs(plan())).toEqual([
      ...HEAD,
      '-filter_complex',
      [
        CROP,
        '[clip]trim=duration=2[joined]',
        `[joined]${ASS_EN}[v0]`,
        `[0:a]${LOUD},${NORM},apad,atrim=duration=2[a0]`
      ].join(';'),
      '-map',
      '[v0]',
      '-map',
      '[a0]',
      ...ENC,
      '/o/.a.en.mp4.part-j1.mp4'
    ])
  })

  it('a source without audio gets silent stereo and no loudnorm', () => {
    const args = buildExportArgs(plan({ hasAudio: false, loudness: undefined, fit: 'pad', padColor: '#FF0000' }))
    expect(args[args.indexOf('-filter_complex') + 1]).toBe(
      [
        '[0:v]fps=30,scale=720:1280:force_original_aspect_ratio=decrease:force_divisible_by=2,pad=720:1280:(ow-iw)/2:(oh-ih)/2:color=0xFF0000,setsar=1,format=yuv420p[clip]',
        '[clip]trim=duration=2[joined]',
        `[joined]${ASS_EN}[v0]`,
        'anullsrc=r=48000:cl=stereo,atrim=duration=2[a0]'
      ].join(';')
    )
  })

  it('end card (colour + image photo), two locales in one process', () => {
    const args = buildExportArgs(
      plan({
        fit: 'blur',
        endCard: {
          durationMs: 3000,
          transition: { kind: 'fade', durationMs: 500 },
          background: { kind: 'color', color: '#101018' },
          photo: { path: '/m/me.png', isImage: true, rect: { x: 227, y: 192, size: 266 } }
        },
        outputs: [
          { jobId: 'j1', locale: 'en', assPath: '/t/0.ass', partialPath: '/o/p1.mp4', finalPath: '/o/a.en.mp4' },
          { jobId: 'j2', locale: 'ms', assPath: '/t/1.ass', partialPath: '/o/p2.mp4', finalPath: '/o/a.ms.mp4' }
        ]
      })
    )
    expect(args).toEqual([
      ...HEAD,
      '-loop',
      '1',
      '-framerate',
      '30',
      '-t',
      '3',
      '-i',
      '/m/me.png',
      '-filter_complex',
      [
        '[0:v]fps=30,split=2[clip_bg][clip_fg]',
        '[clip_bg]scale=180:320:force_original_aspect_ratio=increase,crop=180:320,boxblur=10:2,scale=720:1280,setsar=1[clip_bgb]',
        '[clip_fg]scale=720:1280:force_original_aspect_ratio=decrease:force_divisible_by=2,setsar=1[clip_fgs]',
        '[clip_bgb][clip_fgs]overlay=x=(W-w)/2:y=(H-h)/2,setsar=1,format=yuv420p[clip]',
        'color=c=0x101018:s=720x1280:r=30:d=3,format=yuv420p,setsar=1[cardbg]',
        '[1:v]scale=266:266:force_original_aspect_ratio=increase,crop=266:266,setsar=1,fps=30[photo]',
        '[cardbg][photo]overlay=x=227:y=192:eof_action=repeat,format=yuv420p,setsar=1[card]',
        '[clip][card]xfade=transition=fade:duration=0.5:offset=1.5,trim=duration=4.5[joined]',
        '[joined]split=2[s0][s1]',
        `[s0]${ASS_EN}[v0]`,
        '[s1]ass=filename=/t/1.ass:fontsdir=/f[v1]',
        `[0:a]${LOUD},${NORM},apad,atrim=duration=2[aclip]`,
        'anullsrc=r=48000:cl=stereo,atrim=duration=3[acard]',
        '[aclip][acard]acrossfade=d=0.5:c1=tri:c2=tri[amix]',
        '[amix]asplit=2[a0][a1]'
      ].join(';'),
      '-map',
      '[v0]',
      '-map',
      '[a0]',
      ...ENC,
      '/o/p1.mp4',
      '-map',
      '[v1]',
      '-map',
      '[a1]',
      ...ENC,
      '/o/p2.mp4'
    ])
  })

  it('end card on the blurred last frame with a video photo and no transition', () => {
    const args = buildExportArgs(
      plan({
        endCard: {
          durationMs: 1000,
          transition: { kind: 'wipeleft', durationMs: 0 },
          background: { kind: 'blur-last-frame' },
          photo: { path: '/m/me.mp4', isImage: false, rect: { x: 1, y: 2, size: 100 } }
        }
      })
    )
    expect(args.slice(HEAD.length, args.indexOf('-filter_complex'))).toEqual([
      '-autorotate',
      '1',
      '-sseof',
      '-0.5',
      '-i',
      '/m/src.mp4',
      '-stream_loop',
      '-1',
      '-t',
      '1',
      '-i',
      '/m/me.mp4'
    ])
    const graph = args[args.indexOf('-filter_complex') + 1]!.split(';')
    expect(graph).toContain(
      '[1:v]reverse,trim=end_frame=1,setpts=PTS-STARTPTS,scale=180:320:force_original_aspect_ratio=increase,crop=180:320,boxblur=10:2,scale=720:1280,tpad=stop_mode=clone:stop_duration=1,fps=30,trim=duration=1,format=yuv420p,setsar=1[cardbg]'
    )
    expect(graph).toContain(
      '[2:v]scale=100:100:force_original_aspect_ratio=increase,crop=100:100,setsar=1,fps=30[photo]'
    )
    expect(graph).toContain('[clip][card]concat=n=2:v=1:a=0,trim=duration=3[joined]')
    expect(graph).toContain('[aclip][acard]concat=n=2:v=0:a=1[a0]')
  })

  it('tiktok encoder settings', () => {
    expect(encoderArgs(plan({ preset: findPreset('tiktok-9x16')! }))).toEqual([
      '-c:v',
      'libx264',
      '-preset',
      'veryfast',
      '-profile:v',
      'high',
      '-pix_fmt',
      'yuv420p',
      '-crf',
      '21',
      '-maxrate',
      '10000k',
      '-bufsize',
      '20000k',
      '-g',
      '60',
      '-fps_mode',
      'cfr',
      '-color_primaries',
      'bt709',
      '-color_trc',
      'bt709',
      '-colorspace',
      'bt709',
      '-color_range',
      'tv',
      '-c:a',
      'aac',
      '-b:a',
      '192k',
      '-ar',
      '48000',
      '-ac',
      '2',
      '-movflags',
      '+faststart',
      '-f',
      'mp4'
    ])
  })
})

describe('durations', () => {
  it.each([
    [2000, 30, 2000],
    [2040, 30, 2033], // 61.2 frames → 61
    [1999.99, 30, 2000], // float noise from ffprobe is not a lost frame
    [10, 30, 33] // at least one frame
  ])('clip of %d ms at %d fps → %d ms', (ms, fps, expected) => expect(clipDurationMs(ms, fps)).toBe(expected))
  it('output = clip + card − transition; transition capped by the shorter side', () => {
    const card = {
      durationMs: 3000,
      transition: { kind: 'fade', durationMs: 500 },
      background: { kind: 'color' as const, color: '#000000' }
    }
    expect(outputDurationMs({ clipDurationMs: 2000, endCard: card })).toBe(4500)
    expect(outputDurationMs({ clipDurationMs: 300, endCard: card })).toBe(3000)
    expect(outputDurationMs({ clipDurationMs: 2000 })).toBe(2000)
  })
})
