import { describe, expect, it } from 'vitest'
import { KindframeError } from '../../../src/shared/errors'
import { lineColumnAt, parseProjectText, serializeProject } from '../../../src/shared/project/parse-project'
import { migrateProject, type Migration } from '../../../src/shared/project/migrations'
import { newProject, PROJECT_VERSION } from '../../../src/shared/project/schema'

function errorOf(fn: () => unknown): KindframeError {
  try {
    fn()
  } catch (err) {
    if (err instanceof KindframeError) return err
    throw err
  }
  throw new Error('expected a KindframeError')
}

describe('parseProjectText', () => {
  it('round-trips a project through serializeProject', () => {
    const project = newProject('Kind Series')
    const { project: back, notes } = parseProjectText(serializeProject(project), 'x.kindframe')
    expect(back).toEqual(project)
    expect(notes).toEqual([])
  })

  it('refuses an empty file, naming it', () => {
    const err = errorOf(() => parseProjectText('  \n', '/p/a.kindframe'))
    expect(err.code).toBe('project-corrupt')
    expect(err.message).toMatch(/^\/p\/a\.kindframe: the file is empty/)
  })

  it('gives line and column for broken JSON', () => {
    const text = '{\n  "kind": "kindframe-project",\n  "version": 1,,\n}'
    const err = errorOf(() => parseProjectText(text, 'a.kindframe'))
    expect(err.code).toBe('project-corrupt')
    expect(err.message).toContain('line 3, column 16')
  })

  it('says where a truncated file ends', () => {
    const text = serializeProject(newProject('T'))
    const err = errorOf(() => parseProjectText(text.slice(0, 40), 'a.kindframe'))
    expect(err.code).toBe('project-corrupt')
    expect(err.message).toMatch(
      /^a\.kindframe: not valid JSON — the file ends before the JSON is complete \(at line 3, column 8\); it is probably truncated/
    )
  })

  it.each([
    ['[]', 'expected a JSON object, found an array'],
    ['null', 'expected a JSON object, found null'],
    [
      '{"kind":"something-else","version":1}',
      'not a Kindframe project (it has kind "something-else"; expected "kindframe-project")'
    ],
    ['{"version":1}', 'not a Kindframe project (it has no "kind"'],
    ['{"kind":"kindframe-project","version":"1"}', '"version" must be a whole number ≥ 1, found "1"']
  ])('refuses %s', (text, message) => {
    const err = errorOf(() => parseProjectText(text, 'a.kindframe'))
    expect(err.code).toBe('project-corrupt')
    expect(err.message).toContain(message)
  })

  it('refuses a newer version with project-too-new and both numbers', () => {
    const err = errorOf(() =>
      parseProjectText(`{"kind":"kindframe-project","version":${PROJECT_VERSION + 1}}`, 'a.kindframe')
    )
    expect(err.code).toBe('project-too-new')
    expect(err.message).toBe(
      `a.kindframe: made by a newer Kindframe (version ${PROJECT_VERSION + 1}); this one reads up to ${PROJECT_VERSION}. Update Kindframe to open it — the file was left unchanged.`
    )
  })

  it('names the field paths of schema violations', () => {
    const bad = JSON.parse(serializeProject(newProject('T')))
    bad.series.title = ''
    bad.clips = [
      { id: 'c1', title: 't', media: 'a.mp4', track: { cues: [{ id: 'q', startMs: 500, endMs: 100, text: 'x' }] } }
    ]
    bad.style.primaryColor = 'white'
    const err = errorOf(() => parseProjectText(JSON.stringify(bad), 'a.kindframe'))
    expect(err.code).toBe('project-corrupt')
    expect((err.details as { paths: string[] }).paths.sort()).toEqual([
      'clips.0.track.cues.0',
      'series.title',
      'style.primaryColor'
    ])
    expect(err.message).toContain('style.primaryColor: colour must be #RRGGBB')
  })
})

describe('unique ids', () => {
  it('refuses duplicate clip ids and duplicate cue ids within a clip, naming the path', () => {
    const base = JSON.parse(serializeProject(newProject('T')))
    const clip = (id: string, cues: string[]) => ({
      id,
      title: id,
      media: `${id}.mp4`,
      track: { cues: cues.map((q) => ({ id: q, startMs: 0, endMs: 1, text: 'x' })) }
    })
    const dupClips = errorOf(() =>
      parseProjectText(JSON.stringify({ ...base, clips: [clip('a', []), clip('b', []), clip('a', [])] }), 'p.kindframe')
    )
    expect(dupClips.message).toBe('p.kindframe: invalid project — clips.2.id: duplicate clip id "a".')
    const dupCues = errorOf(() =>
      parseProjectText(JSON.stringify({ ...base, clips: [clip('a', ['q1', 'q2', 'q1'])] }), 'p.kindframe')
    )
    expect(dupCues.message).toBe('p.kindframe: invalid project — clips.0.track.cues.2.id: duplicate cue id "q1".')
    // The same cue id in two clips is fine: cue ids are per clip.
    expect(() =>
      parseProjectText(JSON.stringify({ ...base, clips: [clip('a', ['q1']), clip('b', ['q1'])] }), 'p.kindframe')
    ).not.toThrow()
  })
})

describe('migrateProject', () => {
  it('runs each step in order, stamps the version and reports what it did', () => {
    const table: Record<number, Migration> = {
      1: (raw) => ({ raw: { ...raw, series: { title: String(raw.seriesTitle) } }, note: 'series title moved' }),
      2: (raw) => ({ raw: { ...raw, targetLocales: [] }, note: 'target locales added' })
    }
    const input = { kind: 'kindframe-project', version: 1, seriesTitle: 'Old' }
    const { raw, notes } = migrateProject(input, 1, table, 3)
    expect(raw).toEqual({
      kind: 'kindframe-project',
      version: 3,
      seriesTitle: 'Old',
      series: { title: 'Old' },
      targetLocales: []
    })
    expect(notes).toEqual([
      'Upgraded from version 1 to 2: series title moved',
      'Upgraded from version 2 to 3: target locales added'
    ])
    expect(input.version).toBe(1) // steps never mutate their input
  })
  it('fails loudly on a gap in the table', () => {
    expect(() => migrateProject({ version: 1 }, 1, {}, 3)).toThrow('No migration from project version 1 to 2.')
  })
  it('does nothing at the current version', () => {
    expect(migrateProject({ version: 1, a: 1 }, 1, {}, 1)).toEqual({ raw: { version: 1, a: 1 }, notes: [] })
  })
})

describe('lineColumnAt', () => {
  it.each([
    [0, 1, 1],
    [3, 1, 4],
    [4, 2, 1],
    [6, 2, 3]
  ])('offset %i → line %i column %i', (offset, line, column) => {
    expect(lineColumnAt('abc\ndef', offset)).toEqual({ line, column })
  })
})
