import { describe, expect, it } from 'vitest'
import {
  baseName,
  dirOf,
  isAbsolutePath,
  relativeMediaPath,
  resolveMediaPath
} from '../../../src/shared/project/media-path'

describe('media paths relative to the project file', () => {
  it.each([
    ['/a/b.mp4', true],
    ['C:\\a\\b.mp4', true],
    ['c:/a/b.mp4', true],
    ['\\\\server\\share\\b.mp4', true],
    ['clips/b.mp4', false],
    ['..\\b.mp4', false],
    ['C:relative.mp4', false]
  ])('isAbsolutePath(%s) = %s', (p, expected) => {
    expect(isAbsolutePath(p)).toBe(expected)
  })

  it.each([
    ['/p/series.kindframe', '/p'],
    ['/series.kindframe', '/'],
    ['C:\\p\\q\\series.kindframe', 'C:\\p\\q'],
    ['D:/p/series.kindframe', 'D:\\p']
  ])('dirOf(%s) = %s', (p, expected) => {
    expect(dirOf(p)).toBe(expected)
  })

  it.each([
    ['/p/series.kindframe', '/p/clips/a b.mp4', 'clips/a b.mp4'],
    ['/p/series.kindframe', '/p/a.mp4', 'a.mp4'],
    ['/p/q/series.kindframe', '/p/r/a.mp4', '../r/a.mp4'],
    ['/p/series.kindframe', '/x/y/z.mp4', '../x/y/z.mp4'],
    ['C:\\p\\series.kindframe', 'C:\\p\\clips\\a.mp4', 'clips/a.mp4'],
    ['C:\\P\\series.kindframe', 'c:\\p\\clips\\a.mp4', 'clips/a.mp4'],
    ['C:\\p\\series.kindframe', 'D:\\clips\\a.mp4', 'D:\\clips\\a.mp4'],
    [null, '/abs/a.mp4', '/abs/a.mp4'],
    ['/p/series.kindframe', '/p/ਸ਼ਬਦ [v2] #1 50%.mp4', 'ਸ਼ਬਦ [v2] #1 50%.mp4']
  ])('relativeMediaPath(%s, %s) = %s', (project, media, expected) => {
    expect(relativeMediaPath(project, media)).toBe(expected)
  })

  it.each([
    ['/p/series.kindframe', 'clips/a.mp4', '/p/clips/a.mp4'],
    ['/p/q/series.kindframe', '../r/a.mp4', '/p/r/a.mp4'],
    // On POSIX "\\" is part of a name (the legacy reading is mediaPathCandidates' second one).
    ['/p/series.kindframe', 'clips\\a.mp4', '/p/clips\\a.mp4'],
    ['/p/series.kindframe', '/elsewhere/a.mp4', '/elsewhere/a.mp4'],
    ['C:\\p\\series.kindframe', 'clips/a.mp4', 'C:\\p\\clips\\a.mp4'],
    ['C:\\p\\series.kindframe', 'D:\\a.mp4', 'D:\\a.mp4'],
    [null, '/abs/./x/../a.mp4', '/abs/a.mp4']
  ])('resolveMediaPath(%s, %s) = %s', (project, media, expected) => {
    expect(resolveMediaPath(project, media)).toBe(expected)
  })

  it('round-trips: resolve(relative(x)) = x', () => {
    for (const media of ['/p/a.mp4', '/p/q/r/a.mp4', '/x/a.mp4', '/a: b #c.mp4']) {
      expect(resolveMediaPath('/p/q/s.kindframe', relativeMediaPath('/p/q/s.kindframe', media))).toBe(media)
    }
  })

  it('baseName handles both separators', () => {
    expect(baseName('C:\\a\\b c.mp4')).toBe('b c.mp4')
    expect(baseName('/a/b/c.mp4')).toBe('c.mp4')
  })
})

describe('a "\\" in a Linux file name is a character, not a separator (issue 15)', () => {
  it.each([
    ['/p/series.kindframe', '/p/clips/take\\1.mp4', 'clips/take\\1.mp4'],
    ['/p/series.kindframe', '/p/a\\b\\c.mp4', 'a\\b\\c.mp4'],
    ['/p/q/series.kindframe', '/p/x\\y.mp4', '../x\\y.mp4']
  ])('relativeMediaPath(%s, %s) = %s (verbatim)', (project, media, expected) => {
    expect(relativeMediaPath(project, media)).toBe(expected)
    expect(resolveMediaPath(project, expected)).toBe(media)
  })

  it('baseName keeps it on POSIX, splits on it on Windows', () => {
    expect(baseName('/clips/take\\1.mp4')).toBe('take\\1.mp4')
    expect(baseName('C:\\clips\\take1.mp4')).toBe('take1.mp4')
  })

  it('an absolute POSIX path keeps it', () => {
    expect(resolveMediaPath(null, '/a/b\\c.mp4')).toBe('/a/b\\c.mp4')
  })

  it('mediaPathCandidates offers the separator reading second, only when it differs', async () => {
    const { mediaPathCandidates } = await import('../../../src/shared/project/media-path')
    expect(mediaPathCandidates('/p/s.kindframe', 'clips\\a.mp4')).toEqual(['/p/clips\\a.mp4', '/p/clips/a.mp4'])
    expect(mediaPathCandidates('/p/s.kindframe', 'clips/a.mp4')).toEqual(['/p/clips/a.mp4'])
    expect(mediaPathCandidates('C:\\p\\s.kindframe', 'clips\\a.mp4')).toEqual(['C:\\p\\clips\\a.mp4'])
  })
})
