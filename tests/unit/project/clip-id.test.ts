import { describe, expect, it } from 'vitest'
import { makeClipId, slugify, titleFromFileName } from '../../../src/shared/project/clip-id'

describe('clip ids and titles from file names', () => {
  it.each([
    ['Block the Bullies.mp4', 'Block the Bullies'],
    ['walk_away_final.mov', 'walk away final'],
    ['Why Would You….mp4', 'Why Would You…'],
    ['no-extension', 'no-extension'],
    ['.mp4', '.mp4']
  ])('titleFromFileName(%s) = %s', (file, title) => {
    expect(titleFromFileName(file)).toBe(title)
  })

  it.each([
    ['Power of Words!', 'power-of-words'],
    ['Café  Niño', 'cafe-nino'],
    ['ਸ਼ਬਦ ਦੀ ਤਾਕਤ', 'ਸ਼ਬਦ-ਦੀ-ਤਾਕਤ'.normalize('NFKD').normalize('NFC')],
    ['???', 'clip'],
    ["What We Don't See", 'what-we-don-t-see']
  ])('slugify(%s) = %s', (text, slug) => {
    expect(slugify(text)).toBe(slug)
  })

  it('adds the suffix and re-rolls on collision', () => {
    const suffixes = ['aaaa', 'aaaa', 'bbbb']
    const next = () => suffixes.shift() ?? 'zzzz'
    const taken = new Set<string>()
    const first = makeClipId('Walk Away.mp4', taken, next)
    taken.add(first)
    const second = makeClipId('Walk Away.mp4', taken, next)
    expect([first, second]).toEqual(['walk-away-aaaa', 'walk-away-bbbb'])
  })

  it('falls back to a counter when the suffix source repeats forever', () => {
    expect(makeClipId('a.mp4', new Set(['a-x']), () => 'x')).toBe('a-2')
  })
})
