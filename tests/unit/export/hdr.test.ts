import { describe, expect, it } from 'vitest'
import { buildExportArgs } from '../../../src/shared/export/args'
import { colorVerdict, describeColor, toneMapFilter, type ColorFields } from '../../../src/shared/export/hdr'
import type { ExportPlan } from '../../../src/shared/export/plan'
import { findPreset } from '../../../src/shared/export/presets'
import { toMediaProbe } from '../../../src/shared/project/media-probe'

const HLG_TM =
  'zscale=tin=arib-std-b67:pin=bt2020:min=bt2020nc:rin=tv:t=linear:p=bt2020:npl=100,format=gbrpf32le,zscale=p=bt709,tonemap=tonemap=mobius:desat=0,zscale=t=bt709:m=bt709:r=tv,format=yuv420p'
const PQ_TM = HLG_TM.replace('tin=arib-std-b67', 'tin=smpte2084')
const dovi = (profile: number, compat: number) => ({
  side_data_type: 'DOVI configuration record',
  dv_profile: profile,
  dv_bl_signal_compatibility_id: compat
})

describe('colorVerdict: what ffprobe says → SDR, HDR to tone-map, or refused', () => {
  it.each<[string, ColorFields, string]>([
    ['SDR BT.709', { color_transfer: 'bt709', color_primaries: 'bt709', color_space: 'bt709' }, 'SDR'],
    ['untagged', {}, 'SDR'],
    [
      '10-bit SDR BT.2020 (not HDR)',
      { color_transfer: 'bt2020-10', color_primaries: 'bt2020', color_space: 'bt2020nc' },
      'SDR'
    ],
    [
      'HLG (Android, iPhone)',
      { color_transfer: 'arib-std-b67', color_primaries: 'bt2020', color_space: 'bt2020nc' },
      'HDR HLG'
    ],
    ['PQ / HDR10', { color_transfer: 'smpte2084', color_primaries: 'bt2020', color_space: 'bt2020nc' }, 'HDR PQ'],
    [
      'Dolby Vision 8.1 (HDR10 base)',
      { color_transfer: 'smpte2084', color_primaries: 'bt2020', side_data_list: [dovi(8, 1)] },
      'Dolby Vision 8.1 (PQ)'
    ],
    [
      'Dolby Vision 8.4 (HLG base, iPhone)',
      { color_transfer: 'arib-std-b67', color_primaries: 'bt2020', side_data_list: [dovi(8, 4)] },
      'Dolby Vision 8.4 (HLG)'
    ],
    ['Dolby Vision 8.4, base untagged', { side_data_list: [dovi(8, 4)] }, 'Dolby Vision 8.4 (HLG)'],
    ['Dolby Vision 8.2 (SDR base)', { side_data_list: [dovi(8, 2)] }, 'SDR'],
    [
      'Dolby Vision, flat keys (fluent-ffmpeg)',
      { color_transfer: 'smpte2084', dv_profile: '8', dv_bl_signal_compatibility_id: '1' },
      'Dolby Vision 8.1 (PQ)'
    ],
    ['Dolby Vision 5 (no base layer)', { side_data_list: [dovi(5, 0)] }, 'unsupported HDR']
  ])('%s → %s', (_what, stream, label) => {
    expect(describeColor(colorVerdict(stream))).toBe(label)
  })

  it('refuses Dolby Vision 5 with what to do', () => {
    const v = colorVerdict({ side_data_list: [dovi(5, 0)] })
    expect(v.kind === 'unsupported' && v.reason).toMatch(/profile 5.*Export it .* as HDR10, HLG or SDR/)
  })

  it('takes the input properties from the stream, with BT.2020 when untagged or named unknown to zscale', () => {
    const v = colorVerdict({ color_transfer: 'arib-std-b67', color_range: 'pc' })
    expect(v).toEqual({ kind: 'hdr', transfer: 'hlg', primaries: 'bt2020', matrix: 'bt2020nc', range: 'pc' })
    expect(
      colorVerdict({ color_transfer: 'smpte2084', color_primaries: 'smpte432', color_space: 'bt709' })
    ).toMatchObject({ primaries: 'smpte432', matrix: 'bt709' })
    // zimg cannot convert constant-luminance BT.2020 to RGB: read as non-constant (works, nearly right).
    expect(colorVerdict({ color_transfer: 'smpte2084', color_space: 'bt2020c' })).toMatchObject({ matrix: 'bt2020nc' })
    expect(colorVerdict({ color_transfer: 'smpte2084', color_primaries: 'film', color_space: 'ycgco' })).toMatchObject({
      primaries: 'bt2020',
      matrix: 'bt2020nc'
    })
  })
})

describe('toneMapFilter', () => {
  it.each([
    ['hlg', HLG_TM],
    ['pq', PQ_TM]
  ] as const)('%s', (transfer, expected) => {
    expect(toneMapFilter({ transfer, primaries: 'bt2020', matrix: 'bt2020nc', range: 'tv' })).toBe(expected)
  })
})

describe('buildExportArgs with an HDR source: tone-mapped before fitting and subtitles, everywhere the source is decoded', () => {
  const draft = findPreset('draft-720x1280')!
  const hdr = { transfer: 'hlg' as const, primaries: 'bt2020', matrix: 'bt2020nc', range: 'tv' as const }
  const plan: ExportPlan = {
    sourcePath: '/m/phone.mov',
    clipDurationMs: 2000,
    hasAudio: false,
    sar: 1,
    fit: 'crop',
    padColor: '#000000',
    preset: draft,
    fontsDir: '/f',
    hdr,
    endCard: {
      durationMs: 1000,
      transition: { kind: 'fade', durationMs: 500 },
      background: { kind: 'blur-last-frame' },
      photo: { path: '/m/me.mov', isImage: false, rect: { x: 1, y: 2, size: 100 }, hdr: { ...hdr, transfer: 'pq' } }
    },
    outputs: [{ jobId: 'j', locale: 'en', assPath: '/t/0.ass', partialPath: '/o/p.mp4', finalPath: '/o/a.mp4' }]
  }
  const graph = () => {
    const args = buildExportArgs(plan)
    return args[args.indexOf('-filter_complex') + 1]!.split(';')
  }
  it('the clip: fps, then tone mapping, then the fit', () => {
    expect(graph()[0]).toBe(
      `[0:v]fps=30,${HLG_TM},scale=720:1280:force_original_aspect_ratio=increase,crop=720:1280,setsar=1,format=yuv420p[clip]`
    )
  })
  it('the blurred last frame and an HDR end-card video too', () => {
    expect(graph().find((p) => p.startsWith('[1:v]reverse'))).toContain(`setpts=PTS-STARTPTS,${HLG_TM},scale=`)
    expect(graph().find((p) => p.startsWith('[2:v]'))).toBe(
      `[2:v]${PQ_TM},scale=100:100:force_original_aspect_ratio=increase,crop=100:100,setsar=1,fps=30[photo]`
    )
  })
  it('the ass filter comes after all of it, on SDR frames', () => {
    const g = graph()
    expect(g.findIndex((p) => p.includes('ass=filename'))).toBeGreaterThan(g.findIndex((p) => p.includes('tonemap')))
  })
})

describe('MediaProbe says HDR', () => {
  it('HLG and Dolby Vision', () => {
    const base = {
      codec_type: 'video',
      codec_name: 'hevc',
      width: 1920,
      height: 1080,
      r_frame_rate: '30/1',
      avg_frame_rate: '30/1'
    }
    expect(
      toMediaProbe({ streams: [{ ...base, color_transfer: 'arib-std-b67' }], format: { duration: '1' } }).hdr
    ).toBe('hlg')
    const dv = toMediaProbe({
      streams: [{ ...base, color_transfer: 'smpte2084', side_data_list: [dovi(8, 1)] }],
      format: { duration: '1' }
    })
    expect([dv.hdr, dv.dolbyVision]).toEqual(['pq', '8.1'])
    expect(toMediaProbe({ streams: [base], format: { duration: '1' } }).hdr).toBeUndefined()
  })
})
