import { describe, expect, it } from 'vitest'
import { displayLines, lineCount, lineWidth, widestLineWidth } from '../../../src/shared/subtitles/text-metrics'

/* QC measures every cue on every run, so max-cpl and max-lines count without splitting the text.
 * These must agree exactly with the split-based definitions they replace. */
const TEXTS = [
  '',
  'a',
  'two\nlines',
  'trailing\n',
  '\n',
  '\n\n',
  'wide 日本語\nnarrow',
  '<i>tagged</i>\nline',
  '<b>x</b>',
  'emoji 😀\nok',
  'lone high \uD83D\nnext',
  'lone high at end \uD83D',
  '\uD83D\uDE00',
  'ZWJ 👩‍👩‍👧',
  'Thai ก่อน',
  'combining é',
  'x'.repeat(90)
]

function random(count: number): string[] {
  let seed = 3
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff
  const pool = ['a', ' ', '\n', '日', '😀', '\uD83D', '\uDE00', '<i>', '</i>', '<', 'é', '\u0301', '\u200b', 'ก่']
  return Array.from({ length: count }, () =>
    Array.from({ length: Math.floor(next() * 12) }, () => pool[Math.floor(next() * pool.length)]).join('')
  )
}

describe('QC text metrics without splitting', () => {
  it('widestLineWidth = the widest displayed line by lineWidth', () => {
    const wrong = [...TEXTS, ...random(2000)].filter(
      (t) => widestLineWidth(t) !== Math.max(0, ...displayLines(t).map(lineWidth))
    )
    expect(wrong).toEqual([])
    expect(widestLineWidth('wide 日本語\nnarrow')).toBe(11)
  })

  it('lineCount = the number of lines split at line breaks', () => {
    const wrong = [...TEXTS, ...random(500)].filter((t) => lineCount(t) !== t.split('\n').length)
    expect(wrong).toEqual([])
    expect(TEXTS.slice(0, 6).map(lineCount)).toEqual([1, 1, 2, 2, 2, 3])
  })
})
