import { describe, expect, it } from 'vitest'
import { Cue, newProject, PROJECT_VERSION, type Cue as CueT } from '../../../src/shared/project/schema'
import { parseProjectText } from '../../../src/shared/project/parse-project'
import { cueFingerprint } from '../../../src/shared/subtitles/fingerprint'
import {
  joinRich,
  normalizeMarks,
  retargetMarks,
  sliceMarks,
  toggleMark,
  wholeTextMarks,
  withCueText
} from '../../../src/shared/subtitles/rich'
import { placementFromVtt, vttFromPlacement } from '../../../src/shared/subtitles/rich/placement'
import { mergeCues, splitCue, updateCue } from '../../../src/shared/subtitles/edits'
import { cuesForLocale, setTranslation } from '../../../src/shared/subtitles/translations'
import { applyQcFix } from '../../../src/shared/subtitles/qc'
import { alignTranslatedCues } from '../../../src/shared/subtitles/align'

describe('marks: canonical form', () => {
  it('merges touching marks of the same kind, drops empty ones, sorts outer first, clips to the text', () => {
    expect(
      normalizeMarks(
        [
          { from: 3, to: 5, kind: 'italic' },
          { from: 0, to: 3, kind: 'italic' },
          { from: 2, to: 2, kind: 'bold' },
          { from: 1, to: 2, kind: 'bold' },
          { from: 4, to: 99, kind: 'color', value: '#FF0000' },
          { from: 2, to: 2, kind: 'ass', value: '{\\blur1}' }
        ],
        6
      )
    ).toEqual([
      { from: 0, to: 5, kind: 'italic' },
      { from: 1, to: 2, kind: 'bold' },
      { from: 2, to: 2, kind: 'ass', value: '{\\blur1}' },
      { from: 4, to: 6, kind: 'color', value: '#FF0000' }
    ])
  })
  it('different colours do not merge; ruby annotations side by side stay two', () => {
    expect(
      normalizeMarks(
        [
          { from: 0, to: 1, kind: 'color', value: '#FF0000' },
          { from: 1, to: 2, kind: 'color', value: '#00FF00' }
        ],
        2
      )
    ).toHaveLength(2)
    expect(
      normalizeMarks(
        [
          { from: 0, to: 1, kind: 'ruby', value: 'a' },
          { from: 1, to: 2, kind: 'ruby', value: 'a' }
        ],
        2
      )
    ).toHaveLength(2)
  })
})

describe('marks follow text edits', () => {
  const italic = (from: number, to: number) => [{ from, to, kind: 'italic' as const }]
  it.each([
    ['typing at the end of a mark extends it', 'Hello', 'Hello!', italic(0, 5), italic(0, 6)],
    ['typing at the start of a mark does not', 'Hello', '¡Hello', italic(0, 5), italic(1, 6)],
    ['typing before a mark moves it', 'a Hello', 'ab Hello', italic(2, 7), italic(3, 8)],
    ['replacing the whole marked word keeps the mark', 'a big dog', 'a huge dog', italic(2, 5), italic(2, 6)],
    ['deleting inside a mark shrinks it', 'Hello', 'Hllo', italic(0, 5), italic(0, 4)],
    ['deleting all of it removes it', 'a big dog', 'a dog', italic(2, 5), undefined],
    ['a re-break moves nothing', 'one two three four', 'one two\nthree four', italic(4, 13), italic(4, 13)],
    [
      'a re-break that trims spaces keeps marks on their words',
      'one  two \nthree',
      'one two three',
      italic(5, 8),
      italic(4, 7)
    ]
  ])('%s', (_name, before, after, marks, expected) => {
    expect(retargetMarks(before, after, marks)).toEqual(expected)
  })
})

describe('slicing, joining, toggling', () => {
  it('slices marks to a part of the text', () => {
    expect(
      sliceMarks(
        [
          { from: 0, to: 6, kind: 'bold' },
          { from: 6, to: 6, kind: 'time', value: '5' }
        ],
        3,
        8,
        10
      )
    ).toEqual([
      { from: 0, to: 3, kind: 'bold' },
      { from: 3, to: 3, kind: 'time', value: '5' }
    ])
  })
  it('joins rich texts', () => {
    expect(
      joinRich(
        [
          { text: 'ab', marks: [{ from: 0, to: 2, kind: 'italic' }] },
          { text: 'cd', marks: [{ from: 0, to: 1, kind: 'italic' }] }
        ],
        '\n'
      )
    ).toEqual({
      text: 'ab\ncd',
      marks: [
        { from: 0, to: 2, kind: 'italic' },
        { from: 3, to: 4, kind: 'italic' }
      ]
    })
  })
  it('toggles a selection; an empty selection means the whole cue (Ctrl+I on a cue)', () => {
    const once = toggleMark('one two', undefined, 4, 7, 'italic')
    expect(once).toEqual([{ from: 4, to: 7, kind: 'italic' }])
    expect(toggleMark('one two', once, 4, 7, 'italic')).toBeUndefined()
    expect(toggleMark('one two', once, 0, 0, 'italic')).toEqual([{ from: 0, to: 7, kind: 'italic' }])
    expect(toggleMark('one two', [{ from: 0, to: 7, kind: 'italic' }], 0, 0, 'italic')).toBeUndefined()
    expect(toggleMark('one two', [{ from: 0, to: 7, kind: 'italic' }], 0, 3, 'italic')).toEqual([
      { from: 3, to: 7, kind: 'italic' }
    ])
  })
  it('whole-text marks ignore surrounding spaces', () => {
    expect(
      wholeTextMarks(' hi ', [
        { from: 1, to: 3, kind: 'italic' },
        { from: 1, to: 2, kind: 'bold' }
      ])
    ).toEqual([{ from: 1, to: 3, kind: 'italic' }])
  })
})

describe('cue edits keep formatting', () => {
  const cues: CueT[] = [
    {
      id: 'c1',
      startMs: 0,
      endMs: 2000,
      text: 'Hello there friend',
      marks: [{ from: 6, to: 18, kind: 'italic' }],
      place: { an: 8 }
    },
    { id: 'c2', startMs: 2000, endMs: 3000, text: 'Bye', marks: [{ from: 0, to: 3, kind: 'bold' }] }
  ]
  it('split: each half keeps the formatting and placement of its text', () => {
    const [a, b] = splitCue(cues, 'c1', { caret: 12 })
    expect(a).toMatchObject({ text: 'Hello there', marks: [{ from: 6, to: 11, kind: 'italic' }], place: { an: 8 } })
    expect(b).toMatchObject({ text: 'friend', marks: [{ from: 0, to: 6, kind: 'italic' }], place: { an: 8 } })
  })
  it('merge: joined text with each part’s marks', () => {
    expect(mergeCues(cues, ['c1', 'c2'])[0]).toMatchObject({
      text: 'Hello there friend\nBye',
      marks: [
        { from: 6, to: 18, kind: 'italic' },
        { from: 19, to: 22, kind: 'bold' }
      ]
    })
  })
  it('update and QC text fixes move marks with the text', () => {
    expect(updateCue(cues, 'c2', { text: 'Goodbye' })[1].marks).toEqual([{ from: 0, to: 7, kind: 'bold' }])
    expect(withCueText(cues[1], 'Bye!').marks).toEqual([{ from: 0, to: 4, kind: 'bold' }])
    expect(
      applyQcFix(cues, { kind: 'rebreakLines', cueId: 'c1', maxCpl: 12, maxLines: 2, locale: 'en' })[0]
    ).toMatchObject({ text: 'Hello there\nfriend', marks: [{ from: 6, to: 18, kind: 'italic' }] })
  })
})

describe('translations', () => {
  const track = {
    cues: [
      {
        id: 'c1',
        startMs: 0,
        endMs: 1000,
        text: 'Who is there?',
        marks: [{ from: 0, to: 13, kind: 'italic' as const }],
        place: { an: 8 }
      },
      { id: 'c2', startMs: 1000, endMs: 2000, text: 'A big dog', marks: [{ from: 2, to: 5, kind: 'bold' as const }] }
    ],
    translations: {}
  }
  it('a translation without formatting of its own inherits whole-cue formatting (not partial) and the placement', () => {
    let t = setTranslation(track, 'pt-BR', 'c1', 'Quem está aí?')
    t = setTranslation(t, 'pt-BR', 'c2', 'Um cão grande')
    expect(cuesForLocale(t, 'pt-BR')).toEqual([
      {
        id: 'c1',
        startMs: 0,
        endMs: 1000,
        text: 'Quem está aí?',
        marks: [{ from: 0, to: 13, kind: 'italic' }],
        place: { an: 8 }
      },
      { id: 'c2', startMs: 1000, endMs: 2000, text: 'Um cão grande' }
    ])
  })
  it('a translated file brings its own formatting', () => {
    const aligned = alignTranslatedCues(track.cues, [
      { id: 'x', startMs: 1000, endMs: 2000, text: 'Um cão GRANDE', marks: [{ from: 7, to: 13, kind: 'bold' }] }
    ])
    expect(aligned.translations.c2).toMatchObject({ text: 'Um cão GRANDE', marks: [{ from: 7, to: 13, kind: 'bold' }] })
  })
})

describe('placement ↔ WebVTT settings', () => {
  it.each([
    [{ an: 8 }, { line: 0 }],
    [{ an: 7 }, { line: 0, align: 'left' }],
    [{ an: 5 }, { line: 50, snapToLines: false, lineAlign: 'center' }],
    [{ an: 3 }, { align: 'right' }],
    [
      { an: 9, x: 90, y: 5 },
      { line: 5, snapToLines: false, lineAlign: 'start', position: 90, positionAlign: 'line-right', align: 'right' }
    ]
  ] as const)('%j ↔ %j', (place, settings) => {
    expect(vttFromPlacement(place)).toEqual(settings)
    expect(placementFromVtt(settings)).toEqual(place)
  })
  it('what WebVTT files commonly say', () => {
    expect(placementFromVtt({ line: -1 })).toBeUndefined()
    expect(placementFromVtt({ line: 1 })).toEqual({ an: 8 })
    expect(placementFromVtt({ line: 10, snapToLines: false })).toEqual({ an: 8 })
    expect(placementFromVtt({ line: 90, snapToLines: false, lineAlign: 'end' })).toBeUndefined()
    expect(placementFromVtt({ align: 'start' })).toEqual({ an: 1 })
  })
})

describe('project schema', () => {
  it('a mark past the end of the text is refused', () => {
    expect(
      Cue.safeParse({ id: 'a', startMs: 0, endMs: 1, text: 'ab', marks: [{ from: 0, to: 3, kind: 'italic' }] }).success
    ).toBe(false)
    expect(
      Cue.safeParse({
        id: 'a',
        startMs: 0,
        endMs: 1,
        text: 'ab',
        marks: [{ from: 0, to: 2, kind: 'italic' }],
        place: { an: 8 }
      }).success
    ).toBe(true)
    expect(Cue.safeParse({ id: 'a', startMs: 0, endMs: 1, text: 'ab', place: { an: 8, x: 5 } }).success).toBe(false)
  })

  it(`version 1 projects open as version ${PROJECT_VERSION}: inline tags become marks, translations stay current`, () => {
    const cue = { id: 'c1', startMs: 0, endMs: 1000, text: '{\\an8}<i>Who is there?</i>' }
    const v1 = {
      ...newProject('Old'),
      version: 1,
      clips: [
        {
          id: 'clip-1',
          title: 'A',
          media: 'a.mp4',
          track: {
            cues: [cue, { id: 'c2', startMs: 1000, endMs: 2000, text: 'Plain <3' }],
            translations: {
              ms: { c1: { text: '<i>Siapa di sana?</i>', status: 'done', sourceFingerprint: cueFingerprint(cue) } }
            }
          }
        }
      ]
    }
    const { project, notes } = parseProjectText(JSON.stringify(v1), 'old.kindframe')
    expect(project.version).toBe(PROJECT_VERSION)
    expect(notes).toEqual([
      'Upgraded from version 1 to 2: formatting tags in 2 cue texts became italic/bold/… formatting',
      'Upgraded from version 2 to 3: captions can have a style preset, word timings and short pages (your captions keep the Classic look)'
    ])
    const track = project.clips[0].track
    expect(track.cues).toEqual([
      {
        id: 'c1',
        startMs: 0,
        endMs: 1000,
        text: 'Who is there?',
        marks: [{ from: 0, to: 13, kind: 'italic' }],
        place: { an: 8 }
      },
      { id: 'c2', startMs: 1000, endMs: 2000, text: 'Plain <3' }
    ])
    expect(track.translations.ms.c1).toEqual({
      text: 'Siapa di sana?',
      marks: [{ from: 0, to: 14, kind: 'italic' }],
      status: 'done',
      sourceFingerprint: cueFingerprint(track.cues[0])
    })
  })
})
