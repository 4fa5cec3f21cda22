import { describe, expect, it } from 'vitest'
import { buildAss } from '../../../src/shared/ass/build-ass'
import { markPieces, marksForDrawnText } from '../../../src/shared/ass/caption-marks'
import { resolveCaption } from '../../../src/shared/captions/resolve-style'
import type { CaptionChoice } from '../../../src/shared/captions/style-schema'
import { SubtitleStyle, type CueMark } from '../../../src/shared/project/schema'

const style = SubtitleStyle.parse({})
const SAFE = { top: 150, bottom: 420, left: 0, right: 140 }

function events(
  choice: CaptionChoice,
  text: string,
  marks: CueMark[],
  extra: { speaker?: string; words?: { text: string; fromMs: number; toMs: number }[] } = {}
): string[] {
  const caption = resolveCaption(choice, style, 1920)!
  return buildAss({
    width: 1080,
    height: 1920,
    locale: 'en',
    style,
    safeZone: SAFE,
    caption,
    cues: [{ startMs: 0, endMs: 3000, text, marks, ...extra }]
  })
    .split('\n')
    .filter((l) => l.startsWith('Dialogue:'))
    .map((l) => l.split(',').slice(9).join(','))
}

describe('inline marks in caption styles', () => {
  it.each<[string, CaptionChoice, CueMark[], string]>([
    ['italic in Boxed', { preset: 'boxed' }, [{ from: 4, to: 8, kind: 'italic' }], 'Say {\\i1}this{\\i0} twice'],
    // Boxed is Bold (700): a bold mark changes nothing, and its end must not switch bold off.
    ['bold in a Bold style', { preset: 'boxed' }, [{ from: 4, to: 8, kind: 'bold' }], 'Say this twice'],
    [
      'bold in a regular style',
      { preset: 'classic', options: { outlinePct: 5 } },
      [{ from: 4, to: 8, kind: 'bold' }],
      'Say {\\b1}this{\\b0} twice'
    ],
    [
      'underline + strike',
      { preset: 'boxed' },
      [
        { from: 0, to: 3, kind: 'underline' },
        { from: 9, to: 14, kind: 'strike' }
      ],
      '{\\u1}Say{\\u0} this {\\s1}twice'
    ],
    [
      'colour, back to the text colour',
      { preset: 'boxed' },
      [{ from: 4, to: 8, kind: 'color', value: '#FF0000' }],
      'Say {\\1c&H0000FF&}this{\\1c&HFFFFFF&} twice'
    ],
    ['user braces still escaped', { preset: 'boxed' }, [{ from: 0, to: 3, kind: 'italic' }], '{\\i1}\\{a\\}{\\i0} b']
  ])('%s', (_name, choice, marks, expected) => {
    const text = expected.includes('\\{a') ? '{a} b' : 'Say this twice'
    expect(events(choice, text, marks)).toEqual([expected])
  })

  it('a colour mark in Speaker colours returns to the speaker colour, not white', () => {
    const [line] = events(
      { preset: 'speaker-colors', options: { speakerColors: { Ana: '#4DD2FF' } } },
      'Say this twice',
      [{ from: 4, to: 8, kind: 'color', value: '#FF0000' }],
      { speaker: 'Ana' }
    )
    expect(line).toBe('{\\1c&HFFD24D&}Say {\\1c&H0000FF&}this{\\1c&HFFD24D&} twice')
  })

  it('Highlight: the current word keeps the highlight colour under a colour mark; the box twin takes the slant, not the colour', () => {
    const words = [
      { text: 'Say', fromMs: 0, toMs: 1000 },
      { text: 'this', fromMs: 1000, toMs: 2000 },
      { text: 'twice', fromMs: 2000, toMs: 3000 }
    ]
    const lines = events(
      { preset: 'highlight', options: { highlightBox: true } },
      'Say this twice',
      [
        { from: 4, to: 8, kind: 'color', value: '#FF0000' },
        { from: 4, to: 8, kind: 'italic' }
      ],
      { words }
    )
    expect(lines[0]).toBe('{\\1c&H4DE1FF&}Say{\\1c&HD9D9D9&} {\\1c&H0000FF&\\i1}this{\\1c&HD9D9D9&\\i0} twice')
    expect(lines[2]).toBe('{\\1c&HFFFFFF&}Say {\\1c&H4DE1FF&\\i1}this{\\1c&HD9D9D9&\\i0} twice')
    expect(lines[3]).toContain('{\\1a&HFF&\\3a&H00&\\i1}this{\\1a&HFF&\\3a&HFF&\\4a&HFF&\\i0}')
    expect(lines.join('')).not.toMatch(/\\1c&H0000FF&\}this\{[^}]*\}[^{]*$/)
  })

  it('marks follow the text through line breaks inserted between unspaced words', () => {
    expect(marksForDrawnText('ab', 'a\nb', [{ from: 1, to: 2, kind: 'italic' }])).toEqual([
      { from: 2, to: 3, kind: 'italic' }
    ])
    expect(marksForDrawnText('ab', 'ab', [{ from: 0, to: 1, kind: 'lang', value: 'en' }])).toBeUndefined()
  })

  it('no marks: the pieces are unchanged', () => {
    const pieces = [{ text: 'a b', tags: '', scale: 100, color: '#FFFFFF' }]
    expect(markPieces(pieces, undefined, { colors: true, styleBold: false, textColor: '#FFFFFF' })).toEqual(pieces)
  })
})
