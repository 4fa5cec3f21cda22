import { describe, expect, it } from 'vitest'
import { chunk, parsePathList, IMPORT_BATCH_SIZE } from '../../../src/renderer/src/features/clips/import-clips'
import { formatEta } from '../../../src/renderer/src/features/export/job-view'
import { dirname, formatDuration, joinPath } from '../../../src/renderer/src/app/format'
import { parseLocaleList } from '../../../src/renderer/src/features/project/NewProjectDialog'
import { suggestFileName } from '../../../src/renderer/src/features/project/SaveAsDialog'
import { translationProgress } from '../../../src/renderer/src/features/clips/badges'
import { adjacentClipId } from '../../../src/renderer/src/features/clips/clip-commands'
import { Clip } from '../../../src/shared/project/schema'

describe('import batching', () => {
  it('splits 200 dropped files into small requests, in order', () => {
    const paths = Array.from({ length: 200 }, (_, i) => `/m/${i}.mp4`)
    const batches = chunk(paths, IMPORT_BATCH_SIZE)
    expect(batches.length).toBe(Math.ceil(200 / IMPORT_BATCH_SIZE))
    expect(batches.every((b) => b.length <= IMPORT_BATCH_SIZE)).toBe(true)
    expect(batches.flat()).toEqual(paths)
  })
  it('reads one path per line, trimming blanks and CRLF', () => {
    expect(parsePathList(' /a b.mp4 \r\n\n/c.mov\n   \n')).toEqual(['/a b.mp4', '/c.mov'])
  })
})

describe('export queue maths', () => {
  it.each<[number | null, string | null]>([
    [null, null],
    [0, '0:00'],
    [999, '0:01'],
    [75_000, '1:15'],
    [3_600_000, '60:00']
  ])('formatEta(%s) → %s', (ms, s) => {
    expect(formatEta(ms)).toBe(s)
  })
})

describe('small formatters', () => {
  it.each([
    [0, '0:00'],
    [2000, '0:02'],
    [2499, '0:02'],
    [83_456, '1:23'],
    [600_000, '10:00']
  ])('formatDuration(%s) → %s', (ms, s) => {
    expect(formatDuration(ms)).toBe(s)
  })
  it('joins and splits paths with the separator the path uses', () => {
    expect(joinPath('/tmp/x', 'export')).toBe('/tmp/x/export')
    expect(joinPath('/tmp/x/', 'export')).toBe('/tmp/x/export')
    expect(joinPath('C:\\Users\\k', 'export')).toBe('C:\\Users\\k\\export')
    expect(dirname('/tmp/x/kind.kindframe')).toBe('/tmp/x')
    expect(dirname('/kind.kindframe')).toBe('/')
    expect(dirname('C:\\p\\a.kindframe')).toBe('C:\\p')
  })
  it('parses locale lists and suggests file names', () => {
    expect(parseLocaleList('ms, id  fil,,pt-BR ms')).toEqual(['ms', 'id', 'fil', 'pt-BR'])
    expect(suggestFileName(' Kind  Series: One ')).toBe('Kind-Series-One.kindframe')
    expect(suggestFileName('///')).toBe('project.kindframe')
  })
})

describe('translation progress badge', () => {
  it('counts done translations over source cues', () => {
    const clip = Clip.parse({
      id: 'c',
      title: 't',
      media: 'a.mp4',
      track: {
        cues: [
          { id: '1', startMs: 0, endMs: 1, text: 'a' },
          { id: '2', startMs: 1, endMs: 2, text: 'b' }
        ],
        translations: { ms: { '1': { text: 'x', status: 'done' }, '2': { text: 'y', status: 'outdated' } } }
      }
    })
    expect(translationProgress(clip, 'ms')).toEqual({ done: 1, total: 2 })
    expect(translationProgress(clip, 'ar')).toEqual({ done: 0, total: 2 })
  })
})

describe('clip navigation', () => {
  it.each<[string[], string | null, number, string | null]>([
    [[], null, 1, null],
    [['a', 'b', 'c'], null, 1, 'a'],
    [['a', 'b', 'c'], 'a', 1, 'b'],
    [['a', 'b', 'c'], 'c', 1, 'c'],
    [['a', 'b', 'c'], 'a', -1, 'a'],
    [['a', 'b', 'c'], 'c', -1, 'b'],
    [['a', 'b', 'c'], 'gone', -1, 'a']
  ])('adjacentClipId(%o, %s, %i) → %s', (ids, selected, delta, expected) => {
    expect(adjacentClipId(ids, selected, delta)).toBe(expected)
  })
})
