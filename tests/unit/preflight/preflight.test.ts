import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { sha256Hex } from '../../../src/shared/hash/sha256'
import {
  formatPreflightText,
  mergeRanges,
  outputVersionHash,
  preflight,
  PREFLIGHT_MESSAGES_EN,
  preflightMessage,
  rangesHas,
  selectForExport,
  type FontFacts,
  type PreflightFacts,
  type PreflightReport
} from '../../../src/shared/preflight'
import { findPreset } from '../../../src/shared/export/presets'
import { Project, PROJECT_VERSION, type ProjectInput } from '../../../src/shared/project/schema'
import { setTranslation } from '../../../src/shared/subtitles/translations'

const FP = { sizeBytes: 1000, mtimeMs: 1_700_000_000_000, sha256: 'a'.repeat(64) }
const PROBE = { durationMs: 6000, width: 640, height: 360, fps: 30, hasAudio: true }

type ClipInput = NonNullable<ProjectInput['clips']>[number]

function clip(over: Partial<ClipInput> = {}): ClipInput {
  return {
    id: 'c1',
    title: 'Lunch',
    media: 'lunch.mp4',
    probe: PROBE,
    mediaFingerprint: FP,
    creator: { name: 'Mira', handle: '@mira', photo: 'mira.png' },
    track: {
      cues: [
        { id: 'q1', startMs: 0, endMs: 1800, text: 'Save me a seat?' },
        { id: 'q2', startMs: 2000, endMs: 3800, text: 'Sit with us.' }
      ],
      translations: {}
    },
    ...over
  }
}

function project(clips: ClipInput[] = [clip()], extra: Partial<ProjectInput> = {}): Project {
  return Project.parse({
    kind: 'kindframe-project',
    version: PROJECT_VERSION,
    series: { title: 'Kind' },
    sourceLocale: 'en',
    targetLocales: ['ms'],
    clips,
    ...extra
  })
}

/** Both cues translated and done in ms. */
function translated(
  p: Project,
  locale = 'ms',
  texts = ['Simpan tempat untuk saya?', 'Duduklah bersama kami.']
): Project {
  return {
    ...p,
    clips: p.clips.map((c) => {
      let track = c.track
      c.track.cues.forEach((q, i) => (track = setTranslation(track, locale, q.id, texts[i] ?? 'Teks', 'done')))
      return { ...c, track }
    })
  }
}

const codes = (r: PreflightReport, i = 0) => r.outputs[i]!.problems.map((p) => p.code)

describe('sha256Hex (pure, for src/shared)', () => {
  it.each([
    '',
    'abc',
    'x'.repeat(1000),
    'Selamat pagi — خلف كل حساب 🧡',
    'a'.repeat(55),
    'a'.repeat(56),
    'a'.repeat(64)
  ])('matches node:crypto for %#', (text) => {
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'))
  })
})

describe('pre-flight: translations', () => {
  it('the source locale is ready; a locale nobody translated is one error naming it', () => {
    const r = preflight(project(), { locales: ['en', 'ms'] })
    expect(r.outputs.map((o) => [o.locale, o.verdict])).toEqual([
      ['en', 'ready'],
      ['ms', 'incomplete']
    ])
    expect(codes(r, 1)).toEqual(['translation-none'])
    expect(r.outputs[1]!.problems[0]!.message).toBe(
      'No ms translation at all: none of the 2 cues would have subtitles.'
    )
    expect(r.outputs[1]!.counts).toMatchObject({ cues: 0, missing: 2 })
  })

  it('missing and outdated cues are errors, drafts are warnings; each links to its cue', () => {
    let p = project()
    let track = setTranslation(p.clips[0]!.track, 'ms', 'q1', 'Simpan tempat untuk saya?', 'draft')
    track = setTranslation(track, 'ms', 'q2', 'Duduklah bersama kami.', 'done')
    p = { ...p, clips: [{ ...p.clips[0]!, track }] }
    expect(preflight(p, { locales: ['ms'] }).outputs[0]).toMatchObject({
      verdict: 'ready',
      counts: { draft: 1, missing: 0 }
    })

    // The source of q2 changes after translating: outdated. q1 loses its translation: missing.
    const cues = [
      { ...track.cues[0]!, text: 'Save me a seat, please?' },
      { ...track.cues[1]!, text: 'Come sit with us.' }
    ]
    const changed = {
      ...p,
      clips: [{ ...p.clips[0]!, track: { cues, translations: { ms: { q2: track.translations.ms!.q2! } } } }]
    }
    const r = preflight(changed, { locales: ['ms'] })
    expect(r.outputs[0]!.verdict).toBe('incomplete')
    expect(r.outputs[0]!.problems.map((x) => [x.code, x.severity, x.target])).toEqual([
      ['translation-missing', 'error', { kind: 'cue', clipId: 'c1', cueId: 'q1', locale: 'ms' }],
      ['translation-outdated', 'error', { kind: 'cue', clipId: 'c1', cueId: 'q2', locale: 'ms' }]
    ])
    expect(r.outputs[0]!.counts).toMatchObject({ cues: 1, missing: 1, outdated: 1, draft: 0 })
  })

  it('a locale that is not a target is a warning; a clip without cues is a warning, not an error', () => {
    const r = preflight(translated(project(), 'id'), { locales: ['id'] })
    expect(r.outputs[0]!.problems.map((p) => [p.code, p.severity])).toEqual([['locale-not-target', 'warning']])
    const empty = preflight(project([clip({ track: { cues: [], translations: {} } })]), { locales: ['en', 'ms'] })
    expect(empty.outputs.map((o) => [o.verdict, codes(empty, empty.outputs.indexOf(o))])).toEqual([
      ['ready', ['no-subtitles']],
      ['ready', ['no-subtitles']]
    ])
  })
})

describe('pre-flight: QC, kindness, end card, limits', () => {
  it('QC errors of the burned-in cues make an output incomplete, warnings do not', () => {
    const overlap = clip({
      track: {
        cues: [
          { id: 'q1', startMs: 0, endMs: 2500, text: 'One' },
          { id: 'q2', startMs: 2000, endMs: 3800, text: 'Two' }
        ],
        translations: {}
      }
    })
    const r = preflight(project([overlap]))
    expect(r.outputs[0]!.verdict).toBe('incomplete')
    const qc = r.outputs[0]!.problems.find((p) => p.code === 'qc')!
    expect(qc).toMatchObject({
      severity: 'error',
      blocks: 'content',
      qc: { ruleId: 'overlap', messageKey: 'qc.overlap' },
      target: { cueId: 'q1' }
    })
    expect(qc.message).toBe('Cue overlaps the next cue by 500 ms.')
    expect(r.outputs[0]!.counts.qc.error).toBe(1)
  })

  it('kindness errors are a "reconsider" moment with kinder wording, never a block; block-on-errors makes them block', () => {
    const mean = clip({
      track: {
        cues: [
          { id: 'q1', startMs: 0, endMs: 1800, text: 'You are so stupid.' },
          { id: 'q2', startMs: 2000, endMs: 3800, text: 'Sit with us.' }
        ],
        translations: {}
      }
    })
    const review = preflight(project([mean]))
    const k = review.outputs[0]!.problems.find((p) => p.code === 'kindness')!
    expect(review.outputs[0]!.verdict).toBe('ready')
    expect(k.severity).toBe('reconsider')
    expect(k.lint!.issue.suggestions.length).toBeGreaterThan(0)
    expect(k.target).toEqual({ kind: 'cue', clipId: 'c1', cueId: 'q1', locale: 'en' })
    expect(review.summary.reconsider).toBe(1)

    const strict = preflight(project([mean], { lint: { policy: 'block-on-errors' } }))
    expect(strict.outputs[0]!.verdict).toBe('blocked')
    expect(strict.outputs[0]!.problems.find((p) => p.code === 'kindness')).toMatchObject({
      severity: 'error',
      blocks: 'policy'
    })
    expect(selectForExport(strict, 'refuse').refused!.code).toBe('lint-blocked')

    // Depicted bullying (a [bully] line) is part of the story: not listed.
    const depicted = clip({
      track: {
        cues: [
          { id: 'q1', startMs: 0, endMs: 1800, text: 'You are so stupid.', speaker: 'bully' },
          { id: 'q2', startMs: 2000, endMs: 3800, text: 'That was unkind.' }
        ],
        translations: {}
      }
    })
    expect(preflight(project([depicted])).outputs[0]!.problems.filter((p) => p.code === 'kindness')).toEqual([])
  })

  it('end card: name, handle, photo and a message in the locale (or a shipped default in that language)', () => {
    const bare = clip({ creator: { name: '', handle: '' } })
    const r = preflight(translated(project([bare]), 'ms'), { locales: ['ms'] })
    expect(codes(r)).toEqual(['endcard-name-missing', 'endcard-handle-missing', 'endcard-photo-missing'])
    expect(r.outputs[0]!.problems[0]!.target).toEqual({ kind: 'endcard', clipId: 'c1', locale: 'ms', field: 'name' })

    const german = preflight(translated(project([clip()], { targetLocales: ['de'] }), 'de'), { locales: ['de'] })
    expect(codes(german)).toEqual(['endcard-message-missing'])
    const withMessage = project([clip()], {
      targetLocales: ['de'],
      endCard: { message: { de: 'Hinter jedem Konto steckt ein Mensch.' } }
    })
    expect(codes(preflight(translated(withMessage, 'de'), { locales: ['de'] }))).toEqual([])
    // The photo is checked on disk when main says what is there.
    expect(codes(preflight(project(), {}, { cardMedia: { 'mira.png': false } }))).toEqual(['endcard-photo-not-found'])
    // A disabled card needs none of it.
    expect(codes(preflight(project([bare], { endCard: { enabled: false } })))).toEqual([])
  })

  it('length over the preset limit is an error, over the recommendation a warning; the size bound is estimated', () => {
    const long = preflight(project([clip({ probe: { ...PROBE, durationMs: 700_000 } })]))
    expect(codes(long)).toEqual(expect.arrayContaining(['duration-over-limit', 'size-may-exceed']))
    expect(long.outputs[0]!.verdict).toBe('incomplete')
    const minute = preflight(project([clip({ probe: { ...PROBE, durationMs: 90_000 } })]))
    expect(codes(minute)).toEqual(['duration-long'])
    const r = preflight(project())
    // 6 s clip + 3 s card − 0.5 s transition.
    expect(r.outputs[0]!.durationMs).toBe(8500)
    expect(r.outputs[0]!.maxBytes).toBe(Math.round((((10_000 + 192) * 1000) / 8) * 8.5))
  })
})

describe('pre-flight: media since import', () => {
  const media = (fact: PreflightFacts['media']) => preflight(project(), {}, { media: fact })
  it('missing, changed size, same size with different content, only touched, unchanged', () => {
    expect(codes(media({ c1: { exists: false } }))).toEqual(['media-missing'])
    const grown = media({ c1: { exists: true, sizeBytes: 2_500_000, mtimeMs: FP.mtimeMs } })
    expect(grown.outputs[0]!.problems[0]!.message).toBe(
      'The media file changed since it was imported (size 1000 bytes → 2.5 MB): lunch.mp4.'
    )
    expect(grown.outputs[0]!.verdict).toBe('incomplete')
    const swapped = media({ c1: { exists: true, sizeBytes: 1000, mtimeMs: FP.mtimeMs + 5000, sha256: 'b'.repeat(64) } })
    expect(swapped.outputs[0]!.problems[0]!.params.detail).toBe('same size, different content')
    const touched = media({ c1: { exists: true, sizeBytes: 1000, mtimeMs: FP.mtimeMs + 5000, sha256: FP.sha256 } })
    expect(touched.outputs[0]!.problems.map((p) => [p.code, p.severity])).toEqual([['media-touched', 'info']])
    expect(touched.outputs[0]!.verdict).toBe('ready')
    expect(codes(media({ c1: { exists: true, sizeBytes: 1000, mtimeMs: FP.mtimeMs } }))).toEqual([])
    expect(media({ c1: { exists: true, sizeBytes: 1000, mtimeMs: FP.mtimeMs } }).verified.media).toBe(true)
    expect(preflight(project()).verified.media).toBe(false)
  })

  it('a clip without an import record cannot be compared: a warning that says so', () => {
    const r = preflight(
      project([clip({ mediaFingerprint: undefined })]),
      {},
      { media: { c1: { exists: true, sizeBytes: 5, mtimeMs: 5 } } }
    )
    expect(r.outputs[0]!.problems.map((p) => [p.code, p.severity])).toEqual([['media-unrecorded', 'warning']])
  })
})

describe('pre-flight: fonts', () => {
  const latin = mergeRanges([
    [0x20, 0x7e],
    [0xa0, 0x17f],
    [0x2026, 0x2026]
  ])
  const fonts = (over: Partial<FontFacts> = {}): FontFacts => ({
    shipped: {
      'Noto Sans': latin,
      'Noto Sans Arabic': mergeRanges([
        [0x20, 0x20],
        [0x600, 0x6ff]
      ])
    },
    system: {},
    fallback: {},
    systemKnown: true,
    ...over
  })
  const withText = (text: string, locale = 'en') =>
    project([clip({ track: { cues: [{ id: 'q1', startMs: 0, endMs: 1800, text }], translations: {} } })], {
      sourceLocale: locale,
      targetLocales: []
    })

  it('ranges: binary search and merging', () => {
    expect(
      mergeRanges([
        [5, 9],
        [1, 3],
        [4, 4],
        [20, 30]
      ])
    ).toEqual([1, 9, 20, 30])
    expect([0, 1, 9, 10, 25, 31].map((cp) => rangesHas([1, 9, 20, 30], cp))).toEqual([
      false,
      true,
      true,
      false,
      true,
      false
    ])
  })

  it('every character is looked up in the family buildAss gives it; tofu is an error that names the character and the cue', () => {
    expect(codes(preflight(withText('Selamat pagi, ça va?'), {}, { fonts: fonts() }))).toEqual([])
    // Arabic runs go to Noto Sans Arabic (which has them), the rest to Noto Sans.
    expect(codes(preflight(withText('مرحبا friend'), {}, { fonts: fonts() }))).toEqual([])
    const r = preflight(withText('Hi \u{10FFFD}'), {}, { fonts: fonts({ fallback: { [0x10fffd]: null } }) })
    expect(r.outputs[0]!.verdict).toBe('incomplete')
    expect(r.outputs[0]!.problems[0]).toMatchObject({
      code: 'font-missing-glyph',
      severity: 'error',
      target: { kind: 'cue', cueId: 'q1' }
    })
    expect(r.outputs[0]!.problems[0]!.message).toBe(
      'No font has “\u{10FFFD}” (U+10FFFD), used in cue 1: it would be burned in as an empty box.'
    )
  })

  it('a system fallback is a warning; an unanswered character is "unverified"; joiners and variation selectors need no glyph', () => {
    const hebrew = preflight(
      withText('שלום'),
      {},
      {
        fonts: fonts({
          fallback: {
            [0x5e9]: 'Noto Sans Hebrew',
            [0x5dc]: 'Noto Sans Hebrew',
            [0x5d5]: 'Noto Sans Hebrew',
            [0x5dd]: 'Noto Sans Hebrew'
          }
        })
      }
    )
    expect(hebrew.outputs[0]!.problems.map((p) => [p.code, p.severity])).toEqual(
      Array(4).fill(['font-fallback', 'warning'])
    )
    expect(hebrew.outputs[0]!.verdict).toBe('ready')
    expect(codes(preflight(withText('ש'), {}, { fonts: fonts() }))).toEqual(['font-unverified'])
    expect(codes(preflight(withText('a\u200Db\uFE0F\u2060'), {}, { fonts: fonts() }))).toEqual([])
    // A family Kindframe does not ship (CJK) found on the system: one warning for the family.
    const cjk = preflight(
      withText('你好', 'zh'),
      {},
      { fonts: fonts({ system: { 'Noto Sans CJK SC': mergeRanges([[0x4e00, 0x9fff]]) } }) }
    )
    expect(
      cjk.outputs[0]!.problems.filter((p) => p.code.startsWith('font')).map((p) => [p.code, p.params.family])
    ).toEqual([['font-system', 'Noto Sans CJK SC']])
  })

  it('a caption style whose font is not installed is an error naming the font; an installed one is a warning; uppercase is checked as drawn', () => {
    const styled = (fontFamily: string, text = 'Be kind') =>
      project(
        [
          clip({
            caption: { preset: 'bold-outline', options: { fontFamily } },
            track: { cues: [{ id: 'q1', startMs: 0, endMs: 1800, text }], translations: {} }
          })
        ],
        { targetLocales: [] }
      )
    const missing = preflight(styled('Comic Kind'), {}, { fonts: fonts() })
    expect(missing.outputs[0]!.verdict).toBe('incomplete')
    expect(missing.outputs[0]!.problems.map((p) => [p.code, p.severity, p.message])).toEqual([
      [
        'font-not-installed',
        'error',
        'The caption style asks for the font Comic Kind, which Kindframe does not ship and this computer does not have: install it, or choose another font in the caption style.'
      ]
    ])
    const installed = preflight(styled('Comic Kind'), {}, { fonts: fonts({ system: { 'Comic Kind': latin } }) })
    expect(installed.outputs[0]!.problems.map((p) => p.code)).toEqual(['font-system'])
    // Bold outline is uppercase: "ß" is drawn as "SS", which the font has; "ŉ" becomes "ʼN", whose ʼ it lacks.
    expect(codes(preflight(styled('Noto Sans', 'Straße'), {}, { fonts: fonts() }))).toEqual([])
    expect(codes(preflight(styled('Noto Sans', 'ŉ'), {}, { fonts: fonts() }))).toEqual(['font-unverified'])
  })

  it('end-card text is checked too, with a link to its field', () => {
    const p = project([clip({ creator: { name: 'Zoë \u{10FFFD}', handle: '@zoe', photo: 'z.png' } })])
    const r = preflight(p, {}, { fonts: fonts({ fallback: { [0x10fffd]: null } }) })
    expect(r.outputs[0]!.problems[0]!.target).toEqual({ kind: 'endcard', clipId: 'c1', locale: 'en', field: 'name' })
  })
})

describe('pre-flight: output names and existing files', () => {
  it('two clips with one title: the second is told apart by its id, with a warning', () => {
    const r = preflight(project([clip(), clip({ id: 'c2' })]))
    expect(r.outputs.map((o) => o.rel)).toEqual(['Kind/Lunch.en.mp4', 'Kind/Lunch.en.c2.mp4'])
    expect(codes(r, 1)).toEqual(['output-renamed'])
  })

  it('a template without {locale}: outputs collide and are blocked', () => {
    const p = translated(project([clip()], { export: { outputTemplate: '{series}/{clip}.mp4' } }))
    const r = preflight(p, { locales: ['en', 'ms'] })
    expect(r.outputs.map((o) => [o.verdict, codes(r, r.outputs.indexOf(o))])).toEqual([
      ['blocked', ['output-collision']],
      ['blocked', ['output-collision']]
    ])
    expect(r.outputs[0]!.problems[0]!.message).toBe('Would be written to the same file as Lunch (ms): Kind/Lunch.mp4.')
  })

  it('a file already there: a different version or the same one, refused without overwrite, named with overwrite', () => {
    const p = project()
    const preset = findPreset('tiktok-9x16')!
    const hash = outputVersionHash(p, p.clips[0]!, 'en', preset)
    const there = (recorded?: { outputHash: string | null; sizeBytes: number | null }) => ({
      outputs: {
        'Kind/Lunch.en.mp4': {
          exists: true,
          sizeBytes: 900,
          mtimeMs: 1,
          ...(recorded ? { recorded: { ...recorded, batchId: 'b1', createdAt: '2025-01-02T03:04:05.000Z' } } : {})
        }
      }
    })
    const other = preflight(p, {}, there({ outputHash: 'f'.repeat(64), sizeBytes: 900 }))
    expect(other.outputs[0]).toMatchObject({
      verdict: 'blocked',
      problems: [{ code: 'output-exists', blocks: 'output' }]
    })
    expect(other.outputs[0]!.problems[0]!.message).toBe(
      'The output folder already holds a different version of Kind/Lunch.en.mp4 (exported 2025-01-02 03:04 from a different project state); not overwriting it without overwrite.'
    )
    expect(codes(preflight(p, {}, there({ outputHash: hash, sizeBytes: 900 })))).toEqual(['output-exists-same'])
    expect(preflight(p, {}, there()).outputs[0]!.problems[0]!.params.detail).toBe(
      'no manifest in this folder records it'
    )
    const replacing = preflight(p, { overwrite: true }, there({ outputHash: 'f'.repeat(64), sizeBytes: 900 }))
    expect(replacing.outputs[0]!.problems.map((x) => [x.code, x.severity])).toEqual([['output-replaces', 'warning']])
    expect(replacing.outputs[0]!.verdict).toBe('ready')
  })

  it('an incomplete output is checked under its .incomplete name, and an older final file next to it is named', () => {
    const p = project()
    const r = preflight(p, { locales: ['ms'] }, { outputs: { 'Kind/Lunch.ms.mp4': { exists: true, sizeBytes: 5 } } })
    expect(r.outputs[0]!.incompleteRel).toBe('Kind/Lunch.ms.incomplete.mp4')
    expect(codes(r)).toEqual(['translation-none', 'output-stale-final'])
  })

  it('the version hash follows what is burned in, not unrelated edits', () => {
    const p = translated(project())
    const preset = findPreset('tiktok-9x16')!
    const base = outputVersionHash(p, p.clips[0]!, 'ms', preset)
    const renamed = { ...p, series: { title: 'Other' } }
    expect(outputVersionHash(renamed, renamed.clips[0]!, 'ms', preset)).toBe(base)
    const edited = translated(p, 'ms', ['Simpan tempat?', 'Duduklah bersama kami.'])
    expect(outputVersionHash(edited, edited.clips[0]!, 'ms', preset)).not.toBe(base)
    expect(outputVersionHash(p, p.clips[0]!, 'ms', findPreset('draft-720x1280')!)).not.toBe(base)
  })
})

describe('selecting what to export', () => {
  const report = preflight(project(), { locales: ['en', 'ms'] })
  it('refuse: nothing unless all are ready; ready: the ready ones; all: incomplete ones under their .incomplete name', () => {
    const refused = selectForExport(report, 'refuse')
    expect(refused.selected).toEqual([])
    expect(refused.refused!.code).toBe('incomplete')
    expect(refused.refused!.message).toContain(
      '1 of 2 outputs are not ready (1 incomplete, 0 blocked); nothing was exported. First: Lunch [ms]: No ms translation at all'
    )
    expect(selectForExport(report, 'ready').selected.map((s) => [s.rel, s.incomplete])).toEqual([
      ['Kind/Lunch.en.mp4', false]
    ])
    expect(selectForExport(report, 'all').selected.map((s) => [s.rel, s.incomplete])).toEqual([
      ['Kind/Lunch.en.mp4', false],
      ['Kind/Lunch.ms.incomplete.mp4', true]
    ])
    expect(
      selectForExport(translated(project()) && preflight(translated(project()), { locales: ['en', 'ms'] }), 'refuse')
        .refused
    ).toBeUndefined()
  })

  it('an output blocked by an existing file refuses with "exists" (exit 5), never exported by "all"', () => {
    const r = preflight(project(), {}, { outputs: { 'Kind/Lunch.en.mp4': { exists: true, sizeBytes: 1 } } })
    expect(selectForExport(r, 'refuse').refused!.code).toBe('exists')
    expect(selectForExport(r, 'all').selected).toEqual([])
  })

  it('a missing media file is bad input: refused with "media-missing" (exit 3) and the export\'s own words, whatever else is not ready', () => {
    const r = preflight(project(), { locales: ['en', 'ms'] }, { media: { c1: { exists: false } } })
    const refused = selectForExport(r, 'refuse').refused!
    expect(refused.code).toBe('media-missing')
    expect(refused.message).toMatch(
      /^lunch\.mp4: the clip's media file is missing\. Clip Lunch cannot be exported without it/
    )
    expect(refused.message).toContain('2 of 2 outputs are not ready; nothing was exported.')
    // --only-ready leaves it out; changed media (not missing) stays "incomplete" (exit 6).
    expect(selectForExport(r, 'ready').selected).toEqual([])
    const changed = preflight(project(), {}, { media: { c1: { exists: true, sizeBytes: 2, mtimeMs: FP.mtimeMs } } })
    expect(selectForExport(changed, 'refuse').refused!.code).toBe('incomplete')
  })
})

describe('messages and the text table', () => {
  it('every message is its English template filled with its params', () => {
    const r = preflight(
      project([clip({ creator: { name: '', handle: '' } })]),
      { locales: ['en', 'ms', 'de'] },
      { media: { c1: { exists: false } } }
    )
    const problems = r.outputs.flatMap((o) => o.problems)
    expect(new Set(problems.map((p) => p.code)).size).toBeGreaterThan(4)
    for (const p of problems) expect(p.message).toBe(preflightMessage(p.code, p.params))
    expect(Object.keys(PREFLIGHT_MESSAGES_EN).length).toBeGreaterThan(20)
  })

  it('the table has one row per output and lists the problems of each', () => {
    const lines = formatPreflightText(preflight(project(), { locales: ['en', 'ms'] }))
    expect(lines[0]).toBe(
      'Pre-flight (tiktok-9x16): 2 outputs · 1 ready · 1 incomplete · 0 blocked · 1 error · 0 warnings · 0 to reconsider'
    )
    expect(lines).toContain('  (not checked without disk access: media, fonts, outputs)')
    expect(lines.find((l) => l.startsWith('Lunch  ms'))).toMatch(/INCOMPLETE .* Kind\/Lunch\.ms\.incomplete\.mp4$/)
    expect(lines).toContain('Lunch [ms] — INCOMPLETE')
    expect(lines).toContain('  ✗ No ms translation at all: none of the 2 cues would have subtitles.')
  })
})
