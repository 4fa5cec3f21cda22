import { afterAll, describe, expect, it } from 'vitest'
import { buildAss } from '../../../src/shared/ass/build-ass'
import { DEFAULT_PAGE_OPTIONS, splitIntoPages } from '../../../src/shared/captions/pages'
import { resolveCaption } from '../../../src/shared/captions/resolve-style'
import { SafeZone, SubtitleStyle } from '../../../src/shared/project/schema'
import { boxWhere, cleanupRgb, notBackground, renderRgb } from './render-rgb'

afterAll(cleanupRgb)

/* Short pages on real 1080×1920 frames: one page at a time, each at most two lines, in the safe zone. */

const W = 1080
const H = 1920
const BG: [number, number, number] = [0x20, 0x30, 0x40]
const safe = SafeZone.parse({})
const style = SubtitleStyle.parse({})

describe('short caption pages, exported frames', () => {
  it('a long cue becomes pages shown one after another, each at most two lines', async () => {
    const caption = resolveCaption({ preset: 'bold-outline' }, style, H)!
    const cue = {
      id: 'a',
      startMs: 0,
      endMs: 6000,
      text: 'Everyone deserves kindness, online and offline. Think before you post, and choose words you would say face to face.'
    }
    const pages = splitIntoPages(cue, { ...DEFAULT_PAGE_OPTIONS, maxChars: caption.options.maxCharsPerLine }, new Set())
    expect(pages.length).toBeGreaterThan(3)
    const ass = buildAss({ width: W, height: H, locale: 'en', style, safeZone: safe, caption, cues: pages })
    const mids = pages.map((p) => (p.startMs + p.endMs) / 2000)
    const frames = await renderRgb(ass, W, H, mids)
    // The font's line height at this size: two lines of capitals fit in 2.2 of them, three do not.
    const size = Math.round((caption.options.sizePct / 100) * H)
    const boxes = frames.map((f) => boxWhere(f, notBackground(BG, 12))!)
    boxes.forEach((b, i) => {
      expect(b, `page ${i + 1} drawn`).toBeDefined()
      expect(b.bottom - b.top, `page ${i + 1} "${pages[i]!.text}" height`).toBeLessThan(size * 2.2)
      expect(b.top).toBeGreaterThan(safe.top)
      expect(b.bottom).toBeLessThan(H - safe.bottom)
      expect(b.right).toBeLessThan(W - safe.right)
    })
    // Each page shows different words (different ink), never two pages at once.
    for (let i = 1; i < frames.length; i++) expect(frames[i]!.data.equals(frames[i - 1]!.data)).toBe(false)
    const unsplit = await renderRgb(
      buildAss({ width: W, height: H, locale: 'en', style, safeZone: safe, caption, cues: [cue] }),
      W,
      H,
      [3]
    )
    const whole = boxWhere(unsplit[0]!, notBackground(BG, 12))!
    expect(whole.bottom - whole.top).toBeGreaterThan(size * 3) // the same cue unsplit: many lines
  }, 60_000)
})
