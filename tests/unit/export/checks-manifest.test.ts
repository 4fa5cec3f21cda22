import { describe, expect, it } from 'vitest'
import { assInputFor, cuesForLocale, effectiveEndCard, safeZoneFor } from '../../../src/shared/export/ass-input'
import type { ExportJob } from '../../../src/shared/export/job'
import { csvField, manifestCsv, manifestRow, skippedRow } from '../../../src/shared/export/manifest'
import { preflight } from '../../../src/shared/preflight'
import { findPreset } from '../../../src/shared/export/presets'
import { checkOutput, type OutputProbe } from '../../../src/shared/export/verify-checks'
import { EndCardOverride, Project, PROJECT_VERSION } from '../../../src/shared/project/schema'
import { parseExportArgs } from '../../../src/cli/commands/export'

const tiktok = findPreset('tiktok-9x16')!
const good: OutputProbe = {
  video: {
    codec: 'h264',
    profile: 'High',
    width: 1080,
    height: 1920,
    pixFmt: 'yuv420p',
    frameRate: '30/1',
    durationMs: 4500,
    color: { primaries: 'bt709', transfer: 'bt709', space: 'bt709', range: 'tv' }
  },
  audio: { codec: 'aac', sampleRate: 48000, channels: 2, durationMs: 4490 },
  sizeBytes: 1000,
  boxOrder: ['ftyp', 'moov', 'free', 'mdat']
}

describe('checkOutput', () => {
  it('passes a conforming file, reporting every check', () => {
    const checks = checkOutput(good, tiktok, 4500)
    expect(checks.map((c) => c.name)).toEqual([
      'video-stream',
      'size',
      'video-codec',
      'profile',
      'pix-fmt',
      'fps',
      'color',
      'audio-stream',
      'audio-codec',
      'audio-rate',
      'audio-channels',
      'duration',
      'audio-duration',
      'faststart',
      'file-size'
    ])
    expect(checks.every((c) => c.ok)).toBe(true)
  })
  it.each([
    ['size', { ...good, video: { ...good.video!, width: 1082 } }],
    ['profile', { ...good, video: { ...good.video!, profile: 'Constrained Baseline' } }],
    ['fps', { ...good, video: { ...good.video!, frameRate: '60/1' } }],
    ['duration', { ...good, video: { ...good.video!, durationMs: 4500 + 34 } }],
    ['faststart', { ...good, boxOrder: ['ftyp', 'free', 'mdat', 'moov'] }],
    ['audio-rate', { ...good, audio: { ...good.audio!, sampleRate: 44100 } }],
    ['audio-stream', { ...good, audio: undefined }],
    ['file-size', { ...good, sizeBytes: 300_000_000 }],
    // An HDR source passed through untouched, or an untagged file: players would guess the colours.
    [
      'color',
      {
        ...good,
        video: {
          ...good.video!,
          color: { primaries: 'bt2020', transfer: 'arib-std-b67', space: 'bt2020nc', range: 'tv' }
        }
      }
    ],
    ['color', { ...good, video: { ...good.video!, color: {} } }]
  ] as const)('fails %s', (name, probe) => {
    expect(
      checkOutput(probe as OutputProbe, tiktok, 4500)
        .filter((c) => !c.ok)
        .map((c) => c.name)
    ).toContain(name)
  })
  it('one frame of difference is within tolerance', () => {
    expect(
      checkOutput({ ...good, video: { ...good.video!, durationMs: 4533.3 } }, tiktok, 4500).find(
        (c) => c.name === 'duration'
      )!.ok
    ).toBe(true)
  })
})

const job: ExportJob = {
  id: 'b-1',
  batchId: 'b',
  clipId: 'c1',
  clipTitle: 'Hello, "world"',
  locale: 'ms',
  presetId: 'tiktok-9x16',
  outputPath: '/out/S/c1.ms.mp4',
  state: 'done',
  percent: 100,
  etaMs: null,
  result: {
    durationMs: 4500,
    sizeBytes: 1234,
    loudness: { inputI: -20.5, outputI: -14.1, outputTp: -3 },
    checks: [
      { name: 'size', ok: true },
      { name: 'fps', ok: true }
    ]
  }
}

describe('manifest', () => {
  it('row with relative file, loudness and lint counts', () => {
    expect(manifestRow(job, '/out', { error: 0, warning: 2, info: 1 })).toEqual({
      file: 'S/c1.ms.mp4',
      clipId: 'c1',
      clipTitle: 'Hello, "world"',
      locale: 'ms',
      presetId: 'tiktok-9x16',
      state: 'done',
      incomplete: false,
      durationMs: 4500,
      endCardStartMs: null,
      sizeBytes: 1234,
      loudnessInputI: -20.5,
      loudnessOutputI: -14.1,
      loudnessOutputTp: -3,
      checksPassed: true,
      checks: 'size:ok fps:ok',
      error: '',
      lint: { error: 0, warning: 2, info: 1 },
      cues: null,
      missing: null,
      draft: null,
      outdated: null,
      qc: null,
      preflight: null,
      outputHash: null,
      projectHash: null,
      kindframeVersion: null,
      ffmpegVersion: null,
      captionStyle: null
    })
  })
  it("version 2: with the batch context and the output's pre-flight, a row proves what it was made from", () => {
    const p = Project.parse({
      kind: 'kindframe-project',
      version: PROJECT_VERSION,
      series: { title: 'S' },
      targetLocales: ['ms'],
      endCard: { enabled: false },
      clips: [
        {
          id: 'c1',
          title: 'C',
          media: 'c.mp4',
          probe: { durationMs: 2000, width: 320, height: 180, fps: 30, hasAudio: true },
          track: { cues: [{ id: 'a', startMs: 0, endMs: 900, text: 'Hi' }] }
        }
      ]
    })
    const report = preflight(p, { locales: ['ms'] })
    const ctx = {
      projectHash: report.projectHash,
      kindframeVersion: '0.1.0',
      ffmpegVersion: '5.1.6',
      captionStyle: p.style
    }
    const row = manifestRow({ ...job, incomplete: true }, '/out', null, ctx, report.outputs[0]!)
    expect(row).toMatchObject({
      incomplete: true,
      cues: 0,
      missing: 1,
      draft: 0,
      outdated: 0,
      qc: { error: 0, warning: 0, info: 0 },
      preflight: {
        verdict: 'incomplete',
        errors: 1,
        warnings: 0,
        reconsider: 0,
        problems: ['No ms translation at all: none of the 1 cues would have subtitles.']
      },
      outputHash: report.outputs[0]!.outputHash,
      projectHash: report.projectHash,
      kindframeVersion: '0.1.0',
      ffmpegVersion: '5.1.6',
      captionStyle: 'Noto Sans 64px #FFFFFF, outline 4px #000000, bottom'
    })
    const skipped = skippedRow(report.outputs[0]!, 'tiktok-9x16', ctx)
    expect(skipped).toMatchObject({
      file: 'S/C.ms.mp4',
      state: 'skipped',
      error: 'incomplete: No ms translation at all: none of the 1 cues would have subtitles.'
    })
    const csv = manifestCsv({ rows: [row, skipped] }).split('\r\n')
    expect(csv[0]).toBe(
      'file,clip_id,clip_title,locale,preset,state,incomplete,duration_ms,size_bytes,loudness_in_lufs,loudness_out_lufs,true_peak_out_dbtp,checks_passed,checks,error,lint,cues,missing,draft,outdated,qc,preflight,problems,output_hash,project_hash,kindframe,ffmpeg,caption_style'
    )
    expect(csv[2]).toContain(',skipped,false,')
    expect(csv[2]).toContain('incomplete errors:1 warnings:0 reconsider:0')
  })
  it('CSV quotes and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvField(-14.1)).toBe('-14.1')
    expect(csvField(null)).toBe('')
    const failed: ExportJob = {
      ...job,
      state: 'failed',
      result: undefined,
      error: { code: 'exists', message: 'x exists' }
    }
    const csv = manifestCsv({ rows: [manifestRow(job, '/out', null), manifestRow(failed, '/out', null)] })
    expect(csv.split('\r\n')).toEqual([
      'file,clip_id,clip_title,locale,preset,state,incomplete,duration_ms,size_bytes,loudness_in_lufs,loudness_out_lufs,true_peak_out_dbtp,checks_passed,checks,error,lint,cues,missing,draft,outdated,qc,preflight,problems,output_hash,project_hash,kindframe,ffmpeg,caption_style',
      'S/c1.ms.mp4,c1,"Hello, ""world""",ms,tiktok-9x16,done,false,4500,1234,-20.5,-14.1,-3,true,size:ok fps:ok,,,,,,,,,,,,,,',
      'S/c1.ms.mp4,c1,"Hello, ""world""",ms,tiktok-9x16,failed,false,,,,,,false,,exists: x exists,,,,,,,,,,,,,',
      ''
    ])
  })
})

const project = Project.parse({
  kind: 'kindframe-project',
  version: PROJECT_VERSION,
  series: { title: 'S' },
  sourceLocale: 'en',
  endCard: { durationMs: 2000, message: { ms: 'Baik hati' }, displayName: 'Project Name' },
  clips: [
    {
      id: 'c1',
      title: 'C',
      media: 'c.mp4',
      creator: { name: 'Ana', handle: 'ana' },
      track: {
        cues: [
          { id: 'a', startMs: 0, endMs: 900, text: 'Hi' },
          { id: 'b', startMs: 1000, endMs: 5000, text: 'Long', speaker: 'Kid' },
          { id: 'c', startMs: 6000, endMs: 7000, text: 'After' }
        ],
        translations: { ms: { a: { text: 'Hai', status: 'done' }, b: { text: '', status: 'missing' } } }
      }
    }
  ]
})

// A one-field override: everything else must come from the project's end card.
project.clips[0]!.endCard = EndCardOverride.parse({ layout: 'photo-center' })

describe('ASS input for an output', () => {
  const clip = project.clips[0]!
  it('source cues clamp to the clip; missing translations are left out', () => {
    expect(cuesForLocale(clip, 'en', 'en', 3000)).toEqual([
      { startMs: 0, endMs: 900, text: 'Hi' },
      { startMs: 1000, endMs: 3000, text: 'Long', speaker: 'Kid' }
    ])
    expect(cuesForLocale(clip, 'ms', 'en', 3000)).toEqual([{ startMs: 0, endMs: 900, text: 'Hai' }])
  })
  it('end card: clip overrides on project defaults, per-locale message', () => {
    const ec = effectiveEndCard(project, clip)
    expect([ec.durationMs, ec.layout, ec.displayName, ec.message.ms]).toEqual([
      2000,
      'photo-center',
      'Project Name',
      'Baik hati'
    ])
    const input = assInputFor({
      project,
      clip,
      locale: 'ms',
      preset: tiktok,
      clipDurationMs: 3000,
      card: { startMs: 2500, durationMs: 2000, fadeInMs: 500 }
    })
    expect(input.endCard).toEqual({
      startMs: 2500,
      durationMs: 2000,
      displayName: 'Project Name',
      handle: 'ana',
      message: 'Baik hati',
      layout: 'photo-center',
      fadeInMs: 500
    })
    expect([input.width, input.height, input.locale]).toEqual([1080, 1920, 'ms'])
  })
  it('safe zone: the preset’s when untouched, scaled when customised', () => {
    expect(safeZoneFor(project, findPreset('draft-720x1280')!)).toEqual({ top: 100, bottom: 280, right: 94, left: 0 })
    const custom = {
      ...project,
      export: { ...project.export, safeZone: { top: 300, bottom: 600, right: 150, left: 30 } }
    }
    expect(safeZoneFor(custom, findPreset('draft-720x1280')!)).toEqual({ top: 200, bottom: 400, left: 20, right: 100 })
  })
})

describe('kindframe export argv', () => {
  it('parses every flag', () => {
    expect(
      parseExportArgs([
        'p.kindframe',
        '--clip',
        'a',
        '--clip',
        'b',
        '--locales',
        'ms, id',
        '--preset',
        'draft-720x1280',
        '--out',
        'o',
        '--overwrite',
        '--json',
        '--concurrency',
        '2'
      ])
    ).toEqual({
      project: 'p.kindframe',
      clipIds: ['a', 'b'],
      locales: ['ms', 'id'],
      presetId: 'draft-720x1280',
      outDir: 'o',
      overwrite: true,
      json: true,
      concurrency: 2
    })
    expect(parseExportArgs(['p', '--all'])).toEqual({ project: 'p', clipIds: [], overwrite: false, json: false })
  })
  it.each([
    [[], 'give the project file'],
    [['p', '--clip'], '--clip needs a value'],
    [['p', '--bogus'], 'unknown option "--bogus"'],
    [['p', '--preset', 'vhs'], 'unknown preset "vhs"'],
    [['p', 'q'], 'unexpected argument "q"'],
    [['p', '--concurrency', '0'], '--concurrency must be'],
    [['p', '--all', '--clip', 'a'], '--all and --clip exclude each other'],
    [['p', '--only-ready', '--allow-incomplete'], '--only-ready and --allow-incomplete exclude each other'],
    [['p', '--caption-style', 'neon'], 'unknown caption style "neon"'],
    [['p', '--attempts', '2'], '--attempts needs --queue']
  ])('rejects %j', (argv, message) => expect(() => parseExportArgs(argv)).toThrow(message))
})
