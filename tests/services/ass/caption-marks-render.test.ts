import { afterAll, describe, expect, it } from 'vitest'
import { buildAss, type AssCue } from '../../../src/shared/ass/build-ass'
import { resolveCaption } from '../../../src/shared/captions/resolve-style'
import type { CaptionChoice } from '../../../src/shared/captions/style-schema'
import { SubtitleStyle } from '../../../src/shared/project/schema'
import { cleanupRenders, inkBox, renderAss } from './render-ass'
import { boxWhere, cleanupRgb, renderRgb } from './render-rgb'

/*
 * Inline marks in the caption styles, on frames burned by ffmpeg's `ass` filter with the shipped fonts:
 * an italic mark slants the glyphs of a Bold outline caption, a colour mark paints its word in a Boxed
 * caption (and only that word), and in Highlight a colour mark colours a word that is not being spoken
 * while the word being spoken stays in the highlight colour.
 */

afterAll(() => {
  cleanupRenders()
  cleanupRgb()
})

const W = 540
const H = 960
const SAFE = { top: 75, bottom: 210, left: 0, right: 70 }
const style = SubtitleStyle.parse({})
const RED = '#FF2020'
const isRed = (r: number, g: number, b: number) => r > 180 && g < 90 && b < 90

function ass(choice: CaptionChoice, cue: AssCue): string {
  const caption = resolveCaption(choice, style, H)!
  return buildAss({ width: W, height: H, locale: 'en', style, safeZone: SAFE, caption, cues: [cue] })
}

/** Least-squares slope of the ink's horizontal centre per row against the row (x per y): < 0 leans right. */
function slant(f: Buffer): number {
  const rows: [number, number][] = []
  for (let y = 0; y < H; y++) {
    let sum = 0
    let n = 0
    for (let x = 0; x < W; x++) {
      if (f[y * W + x]! > 160) {
        sum += x
        n++
      }
    }
    if (n > 0) rows.push([y, sum / n])
  }
  const my = rows.reduce((a, r) => a + r[0], 0) / rows.length
  const mx = rows.reduce((a, r) => a + r[1], 0) / rows.length
  const cov = rows.reduce((a, r) => a + (r[0] - my) * (r[1] - mx), 0)
  const vy = rows.reduce((a, r) => a + (r[0] - my) ** 2, 0)
  return cov / vy
}

describe('inline marks drawn in caption styles (real ffmpeg + libass)', () => {
  it('Bold outline: an italic mark slants the glyphs; the same caption without it stands upright', async () => {
    const text = 'IIIII IIIII'
    const choice: CaptionChoice = { preset: 'bold-outline', options: { shadowPct: 0 } }
    const [[upright], [italic]] = await Promise.all([
      renderAss(ass(choice, { startMs: 0, endMs: 1000, text }), { width: W, height: H }),
      renderAss(ass(choice, { startMs: 0, endMs: 1000, text, marks: [{ from: 0, to: text.length, kind: 'italic' }] }), {
        width: W,
        height: H
      })
    ])
    expect(Math.abs(slant(upright!))).toBeLessThan(0.03)
    expect(slant(italic!)).toBeLessThan(-0.1)
    // Still the style's look: the same height of ink (size, outline) as the upright caption.
    const [a, b] = [inkBox(upright!, W)!, inkBox(italic!, W)!]
    expect(Math.abs(a.bottom - a.top - (b.bottom - b.top))).toBeLessThanOrEqual(3)
  })

  it('Boxed: a colour mark paints its word red, and no other word', async () => {
    const text = 'one two three'
    const marked = ass(
      { preset: 'boxed' },
      { startMs: 0, endMs: 1000, text, marks: [{ from: 4, to: 7, kind: 'color', value: RED }] }
    )
    const plain = ass({ preset: 'boxed' }, { startMs: 0, endMs: 1000, text })
    const [[f], [p]] = await Promise.all([renderRgb(marked, W, H, [0.5]), renderRgb(plain, W, H, [0.5])])
    const red = boxWhere(f!, isRed)
    expect(red, 'red ink').toBeDefined()
    expect(boxWhere(p!, isRed)).toBeUndefined()
    // The white words are left and right of the red one ("one" before it, "three" after it).
    const white = (r: number, g: number, b: number) => r > 200 && g > 200 && b > 200
    const left = boxWhere(f!, white, { left: 0, right: red!.left - 1, top: red!.top, bottom: red!.bottom, pixels: 0 })
    const right = boxWhere(f!, white, {
      left: red!.right + 1,
      right: W - 1,
      top: red!.top,
      bottom: red!.bottom,
      pixels: 0
    })
    expect(left?.pixels ?? 0).toBeGreaterThan(100)
    expect(right?.pixels ?? 0).toBeGreaterThan(100)
  })

  it('Highlight: a coloured word that is not being spoken is red; while it is spoken it is in the highlight colour', async () => {
    const text = 'Be kind today'
    const words = [
      { text: 'Be', fromMs: 0, toMs: 1000 },
      { text: 'kind', fromMs: 1000, toMs: 2000 },
      { text: 'today', fromMs: 2000, toMs: 3000 }
    ]
    const file = ass(
      { preset: 'highlight' },
      { startMs: 0, endMs: 3000, text, words, marks: [{ from: 3, to: 7, kind: 'color', value: RED }] }
    )
    const [before, during] = await renderRgb(file, W, H, [0.5, 1.5])
    expect(boxWhere(before!, isRed)?.pixels ?? 0, 'red "kind" before it is spoken').toBeGreaterThan(200)
    expect(boxWhere(during!, isRed)?.pixels ?? 0, 'no red while "kind" is the current word').toBeLessThan(20)
  })
})
