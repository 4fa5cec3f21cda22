import { afterAll, describe, expect, it } from 'vitest'
import { buildAss, type AssCue } from '../../../src/shared/ass/build-ass'
import { SafeZone, SubtitleStyle } from '../../../src/shared/project/schema'
import { parseSubtitles } from '../../../src/shared/subtitles/formats'
import { cleanupRenders, inkBox, renderAss } from './render-ass'

/*
 * Formatting and placement burned in by ffmpeg's `ass` filter (libass), measured in pixels: an italic
 * cue is slanted (the centre of each row of ink moves right as it goes up), bold is heavier, a colour
 * changes the brightness, and `\an8` puts a cue at the top of the safe zone even when the project's
 * subtitles sit at the bottom.
 */

afterAll(cleanupRenders)

const W = 1080
const H = 1920
const safe = SafeZone.parse({}) // top 150, bottom 420
const style = SubtitleStyle.parse({ fontSizePx: 96, outlinePx: 0 })

async function frame(cues: AssCue[]): Promise<Buffer> {
  const ass = buildAss({ width: W, height: H, locale: 'en', style, safeZone: safe, cues })
  return (await renderAss(ass, { width: W, height: H }))[0]
}

/** Least-squares slope of the ink's horizontal centre per row against the row (x per y). */
function slant(f: Buffer): number {
  const rows: [number, number][] = []
  for (let y = 0; y < H; y++) {
    let sum = 0
    let n = 0
    for (let x = 0; x < W; x++) {
      if (f[y * W + x] > 96) {
        sum += x
        n++
      }
    }
    if (n > 0) rows.push([y, sum / n])
  }
  const my = rows.reduce((a, r) => a + r[0], 0) / rows.length
  const mx = rows.reduce((a, r) => a + r[1], 0) / rows.length
  let num = 0
  let den = 0
  for (const [y, x] of rows) {
    num += (y - my) * (x - mx)
    den += (y - my) ** 2
  }
  return num / den
}

const ink = (f: Buffer) => f.reduce((n, v) => n + (v > 96 ? 1 : 0), 0)
const brightest = (f: Buffer) => f.reduce((m, v) => Math.max(m, v), 0)

describe('formatting burned in by libass', () => {
  // Tall straight strokes: an upright rendering has its centre on one column per stroke.
  const text = 'IIII llll IIII'

  it('an italic cue is slanted: the ink leans right going up; the upright one does not', async () => {
    const [upright, italic] = await Promise.all([
      frame([{ startMs: 0, endMs: 1000, text }]),
      frame([{ startMs: 0, endMs: 1000, text, marks: [{ from: 0, to: text.length, kind: 'italic' }] }])
    ])
    expect(Math.abs(slant(upright))).toBeLessThan(0.02)
    // Rows further up (smaller y) are further right: a negative x-per-y slope of a typical 10–20° slant.
    expect(slant(italic)).toBeLessThan(-0.12)
    expect(slant(italic)).toBeGreaterThan(-0.45)
    const [a, b] = [inkBox(upright, W)!, inkBox(italic, W)!]
    expect(b.top).toBeGreaterThan(H / 2) // still at the bottom
    expect(Math.abs(b.bottom - a.bottom)).toBeLessThanOrEqual(8)
  })

  it('bold is heavier, a colour is a colour (red is darker than white in luma)', async () => {
    const [plain, bold, red] = await Promise.all([
      frame([{ startMs: 0, endMs: 1000, text }]),
      frame([{ startMs: 0, endMs: 1000, text, marks: [{ from: 0, to: text.length, kind: 'bold' }] }]),
      frame([{ startMs: 0, endMs: 1000, text, marks: [{ from: 0, to: text.length, kind: 'color', value: '#FF0000' }] }])
    ])
    expect(ink(bold)).toBeGreaterThan(ink(plain) * 1.2)
    expect(brightest(plain)).toBeGreaterThan(240)
    expect(brightest(red)).toBeLessThan(100) // luma of pure red ≈ 76–82
  })
})

describe('placement burned in by libass', () => {
  it('an \\an8 cue lands at the top of the safe zone; its neighbour stays at the bottom', async () => {
    const [top, bottom] = await Promise.all([
      frame([{ startMs: 0, endMs: 1000, text: 'At the top', place: { an: 8 } }]),
      frame([{ startMs: 0, endMs: 1000, text: 'At the top' }])
    ])
    const t = inkBox(top, W)!
    const b = inkBox(bottom, W)!
    expect(t.top).toBeGreaterThan(safe.top)
    expect(t.top).toBeLessThan(safe.top + 60)
    expect(b.bottom).toBeLessThan(H - safe.bottom)
    expect(b.bottom).toBeGreaterThan(H - safe.bottom - 60)
    expect(Math.abs((t.left + t.right) / 2 - (b.left + b.right) / 2)).toBeLessThanOrEqual(2)
  })

  it('an explicit position is kept inside the safe zone', async () => {
    const f = await frame([{ startMs: 0, endMs: 1000, text: 'Corner', place: { an: 3, x: 100, y: 100 } }])
    const box = inkBox(f, W)!
    expect(box.bottom).toBeLessThan(H - safe.bottom)
    expect(box.right).toBeLessThan(W - safe.right)
  })

  it('an SRT with {\\an8}<i>…</i> burns in at the top, in italics, without showing the tags', async () => {
    const srt = parseSubtitles('1\n00:00:00,000 --> 00:00:01,000\n{\\an8}<i>IIII llll IIII</i>\n', 'srt')
    const [c] = srt.cues
    const [fromFile, plainTop] = await Promise.all([
      frame([{ startMs: 0, endMs: 1000, text: c.text, marks: c.marks, place: c.place }]),
      frame([{ startMs: 0, endMs: 1000, text: 'IIII llll IIII', place: { an: 8 } }])
    ])
    const box = inkBox(fromFile, W)!
    const plain = inkBox(plainTop, W)!
    expect(box.top).toBeLessThan(safe.top + 60)
    expect(slant(fromFile)).toBeLessThan(-0.12)
    // The same text as the plain cue (no "{\an8}" or "<i>" drawn): the widths match within the slant.
    expect(Math.abs(box.right - box.left - (plain.right - plain.left))).toBeLessThan(60)
  })
})
