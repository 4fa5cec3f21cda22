import { afterAll, describe, expect, it } from 'vitest'
import { buildAss } from '../../../src/shared/ass/build-ass'
import { resolveCaption } from '../../../src/shared/captions/resolve-style'
import type { CaptionOverrides } from '../../../src/shared/captions/style-schema'
import { SubtitleStyle } from '../../../src/shared/project/schema'
import { boxWhere, cleanupRgb, notBackground, renderRgb, type PixelBox } from './render-rgb'

afterAll(cleanupRgb)

/*
 * The Highlight style on real frames (ffmpeg's ass filter + the shipped fonts): at each word's time the
 * highlight colour covers that word and no other, and it moves in reading order — left to right in
 * English, right to left in Arabic (where libass's own \kf would sweep the wrong way).
 */

const W = 540
const H = 960
const BG: [number, number, number] = [0x20, 0x30, 0x40]
const SAFE = { top: 75, bottom: 210, left: 0, right: 70 }
const style = SubtitleStyle.parse({})
const HIGHLIGHT = '#FFE14D'
const isHighlight = (r: number, g: number, b: number) => r > 150 && g > 120 && b < 110 && r - b > 80

function highlightAss(
  locale: string,
  text: string,
  words: { text: string; fromMs: number; toMs: number }[],
  options: CaptionOverrides = {}
): string {
  const caption = resolveCaption({ preset: 'highlight', options: { highlightColor: HIGHLIGHT, ...options } }, style, H)!
  return buildAss({
    width: W,
    height: H,
    locale,
    style,
    safeZone: SAFE,
    caption,
    cues: [{ startMs: 0, endMs: 4000, text, words }]
  })
}

/**
 * The same file with only the current word's fill visible (every other piece and all outlines and
 * shadows transparent): the reference box of the word that should be highlighted, laid out by libass
 * exactly as in the real file because the text and sizes are the same.
 */
function onlyCurrentWord(ass: string): string {
  const hidden = '\\1a&HFF&\\3a&HFF&\\4a&HFF&'
  const hl = '\\1c&H4DE1FF&'
  return ass
    .split('\n')
    .map((line) => {
      if (!line.startsWith('Dialogue:') || !line.includes(',Caption,')) return line
      return line.replace(/\\1c&H[0-9A-F]{6}&/g, (tag) =>
        tag === hl ? '\\1c&HFFFFFF&\\1a&H00&\\3a&HFF&\\4a&HFF&' : hidden
      )
    })
    .join('\n')
}

const centreX = (b: PixelBox) => (b.left + b.right) / 2
const inside = (a: PixelBox, b: PixelBox, slack = 2) =>
  a.left >= b.left - slack && a.right <= b.right + slack && a.top >= b.top - slack && a.bottom <= b.bottom + slack

async function checkHighlight(locale: string, text: string, words: { text: string; fromMs: number; toMs: number }[]) {
  const ass = highlightAss(locale, text, words)
  const times = words.map((w) => (w.fromMs + w.toMs) / 2000)
  const [frames, refs] = await Promise.all([renderRgb(ass, W, H, times), renderRgb(onlyCurrentWord(ass), W, H, times)])
  const wordBoxes = refs.map((f) => boxWhere(f, notBackground(BG, 30))!)
  words.forEach((w, i) => {
    expect(wordBoxes[i], `reference box of "${w.text}"`).toBeDefined()
    const hl = boxWhere(frames[i]!, isHighlight)
    expect(hl, `highlight at "${w.text}"`).toBeDefined()
    // The highlight covers this word's box…
    expect(
      inside(hl!, wordBoxes[i]!),
      `highlight of "${w.text}" ${JSON.stringify(hl)} inside ${JSON.stringify(wordBoxes[i])}`
    ).toBe(true)
    expect(hl!.pixels).toBeGreaterThan(wordBoxes[i]!.pixels * 0.6)
    // …and no other word's.
    wordBoxes.forEach((other, j) => {
      if (j === i) return
      const stray = boxWhere(frames[i]!, isHighlight, other)
      expect(stray?.pixels ?? 0, `highlight of "${w.text}" spills onto "${words[j]!.text}"`).toBeLessThan(
        other.pixels * 0.03
      )
    })
  })
  return wordBoxes
}

describe('Highlight: the current word in the accent colour, on exported frames', () => {
  it('English: covers each word in turn, left to right', async () => {
    const text = 'Be kind to everyone'
    const words = [
      { text: 'Be', fromMs: 0, toMs: 600 },
      { text: 'kind', fromMs: 600, toMs: 1400 },
      { text: 'to', fromMs: 1400, toMs: 1900 },
      { text: 'everyone', fromMs: 1900, toMs: 3000 }
    ]
    const boxes = await checkHighlight('en', text, words)
    const xs = boxes.map(centreX)
    expect(xs).toEqual([...xs].sort((a, b) => a - b))
  }, 60_000)

  it('Latin with diacritics: "Ça" and "très" are highlighted whole (accents included)', async () => {
    await checkHighlight('fr', 'Ça va très bien', [
      { text: 'Ça', fromMs: 0, toMs: 700 },
      { text: 'va', fromMs: 700, toMs: 1400 },
      { text: 'très', fromMs: 1400, toMs: 2200 },
      { text: 'bien', fromMs: 2200, toMs: 3000 }
    ])
  }, 60_000)

  it('Arabic: covers the right word and moves right to left', async () => {
    const text = 'كن لطيفا مع الجميع'
    const words = [
      { text: 'كن', fromMs: 0, toMs: 600 },
      { text: 'لطيفا', fromMs: 600, toMs: 1400 },
      { text: 'مع', fromMs: 1400, toMs: 1900 },
      { text: 'الجميع', fromMs: 1900, toMs: 3000 }
    ]
    const boxes = await checkHighlight('ar', text, words)
    const xs = boxes.map(centreX)
    expect(xs).toEqual([...xs].sort((a, b) => b - a))
  }, 60_000)

  it("Arabic: the current-word box fits the glyphs (no taller than the Latin box of the same style), not the font's line height, and covers the word", async () => {
    const isBox = (r: number, g: number, b: number) => b > 170 && g < 110 && r > 70 && r < 170
    /** Each word's box and the word's own glyphs (the same file with only that word's fill visible). */
    async function boxes(locale: string, text: string, list: string[]) {
      const words = list.map((w, i) => ({ text: w, fromMs: i * 700, toMs: (i + 1) * 700 }))
      const ass = highlightAss(locale, text, words, { highlightBox: true, highlightBoxColor: '#7C3AED' })
      const textOnly = ass
        .split('\n')
        .filter((l) => !l.includes(',CaptionBox,'))
        .join('\n')
      const times = words.map((w) => (w.fromMs + w.toMs) / 2000)
      const [frames, refs] = await Promise.all([
        renderRgb(ass, W, H, times),
        renderRgb(onlyCurrentWord(textOnly), W, H, times)
      ])
      return words.map((w, i) => ({
        word: w.text,
        box: boxWhere(frames[i]!, isBox)!,
        ink: boxWhere(refs[i]!, notBackground(BG, 30))!
      }))
    }
    const latin = await boxes('en', 'Be kind to everyone', ['Be', 'kind', 'to', 'everyone'])
    const latinHeight = Math.max(...latin.map((b) => b.box.bottom - b.box.top + 1))
    // Tall letters with marks above (أ, ً) and letters reaching below the line (ي, ج, م).
    const arabic = [
      ...(await boxes('ar', 'كن لطيفا مع الجميع', ['كن', 'لطيفا', 'مع', 'الجميع'])),
      ...(await boxes('ar', 'أيضًا في يوم جميل', ['أيضًا', 'في', 'يوم', 'جميل']))
    ]
    for (const { word, box, ink } of arabic) {
      expect(box, `box at "${word}"`).toBeDefined()
      // Covers the word's glyphs (the text's outline may cover a pixel or two of the box edge)…
      expect(box.left, `"${word}" left`).toBeLessThanOrEqual(ink.left + 2)
      expect(box.right, `"${word}" right`).toBeGreaterThanOrEqual(ink.right - 2)
      expect(box.top, `"${word}" box top ${box.top} vs glyphs ${ink.top}`).toBeLessThanOrEqual(ink.top + 2)
      expect(box.bottom, `"${word}" box bottom ${box.bottom} vs glyphs ${ink.bottom}`).toBeGreaterThanOrEqual(
        ink.bottom - 2
      )
      // …and is no taller than a Latin word's box (before the fit: 124 px against Latin's 66 at this size).
      expect(box.bottom - box.top + 1, `"${word}" box height vs Latin ${latinHeight}`).toBeLessThanOrEqual(
        latinHeight + 3
      )
    }
  }, 60_000)

  it('before the first word starts nothing is highlighted; spoken and upcoming words differ', async () => {
    const ass = highlightAss(
      'en',
      'Be kind',
      [
        { text: 'Be', fromMs: 1000, toMs: 1500 },
        { text: 'kind', fromMs: 1500, toMs: 3000 }
      ],
      { spokenColor: '#FFFFFF', upcomingColor: '#808080' }
    )
    const [before, during] = await renderRgb(ass, W, H, [0.5, 2])
    expect(boxWhere(before!, isHighlight)).toBeUndefined()
    expect(boxWhere(during!, isHighlight)).toBeDefined()
    const white = (r: number, g: number, b: number) => r > 230 && g > 230 && b > 230
    expect(boxWhere(before!, white)).toBeUndefined() // all upcoming (grey)
    expect(boxWhere(during!, white)).toBeDefined() // "Be" spoken (white)
  }, 60_000)
})
