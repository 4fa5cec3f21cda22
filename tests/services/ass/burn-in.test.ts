import { afterAll, describe, expect, it } from 'vitest'
import { buildAss } from '../../../src/shared/ass/build-ass'
import { SafeZone, SubtitleStyle } from '../../../src/shared/project/schema'
import { cleanupRenders, inkBox, renderAss } from './render-ass'

afterAll(cleanupRenders)

describe('subtitle timing', () => {
  it('a cue is drawn exactly on the frames inside its time range', async () => {
    const ass = buildAss({
      width: 320,
      height: 240,
      locale: 'en',
      style: SubtitleStyle.parse({ fontSizePx: 24 }),
      safeZone: { top: 10, bottom: 20, left: 0, right: 0 },
      cues: [
        { startMs: 500, endMs: 1000, text: 'first' },
        { startMs: 1234, endMs: 1567, text: 'second' }
      ]
    })
    const frames = await renderAss(ass, { width: 320, height: 240, frames: 20, fps: 10 })
    const shown = frames.flatMap((f, i) => (inkBox(f, 320) ? [i] : []))
    // frame i is at i/10 s; a cue shows when start <= t < end (1.23 s … 1.57 s → 1.3, 1.4, 1.5)
    expect(shown).toEqual([5, 6, 7, 8, 9, 13, 14, 15])
  })
})

describe('safe zone at 1080×1920', () => {
  const W = 1080
  const H = 1920
  const safe = SafeZone.parse({}) // top 150, bottom 420, right 140, left 0
  const text =
    'Everyone deserves kindness, online and offline. Think before you post, and choose words you would say face to face.'
  const render = (locale: string, style: Partial<SubtitleStyle>, cueText = text) =>
    renderAss(
      buildAss({
        width: W,
        height: H,
        locale,
        style: SubtitleStyle.parse(style),
        safeZone: safe,
        cues: [{ startMs: 0, endMs: 1000, text: cueText }]
      }),
      { width: W, height: H }
    ).then((f) => inkBox(f[0], W)!)

  it('bottom, outline: every painted pixel is inside the safe zone, centred between the margins', async () => {
    const box = await render('en', { position: 'bottom' })
    expect(box.bottom).toBeLessThan(H - safe.bottom)
    expect(box.right).toBeLessThan(W - safe.right)
    expect(box.left).toBeGreaterThanOrEqual(safe.left)
    expect(box.bottom).toBeGreaterThan(H - safe.bottom - 40) // sits on the safe line, not far above it
    expect(Math.abs((box.left + box.right) / 2 - (49 + (W - 189)) / 2)).toBeLessThanOrEqual(4)
    expect(box.top).toBeLessThan(box.bottom - 120) // wrapped onto at least two lines
  })

  it('top, opaque box: the box too stays inside the safe zone', async () => {
    const box = await render('en', { position: 'top', box: true, boxColor: '#808080' })
    expect(box.top).toBeGreaterThan(safe.top)
    expect(box.top).toBeLessThan(safe.top + 40)
    expect(box.right).toBeLessThan(W - safe.right)
  })

  it('right-to-left locale (ar): the safe zone is mirrored', async () => {
    const [ltr, rtl] = await Promise.all([render('en', { position: 'bottom' }), render('ar', { position: 'bottom' })])
    expect(rtl.left).toBeGreaterThan(safe.right)
    expect(rtl.bottom).toBeLessThan(H - safe.bottom)
    // same text, mirrored margins: the boxes are mirror images around the frame centre
    expect(Math.abs(rtl.left - (W - 1 - ltr.right))).toBeLessThanOrEqual(3)
    expect(Math.abs(rtl.right - (W - 1 - ltr.left))).toBeLessThanOrEqual(3)
  })

  it('a long Arabic cue in ar wraps inside the mirrored safe zone', async () => {
    const arabic = 'كل شخص يستحق اللطف على الإنترنت وخارجه. فكّر قبل أن تنشر، واختر كلمات تقولها وجهاً لوجه.'
    const box = await render('ar', { position: 'bottom' }, arabic)
    expect(box.left).toBeGreaterThan(safe.right)
    expect(box.right).toBeLessThan(W - safe.left)
    expect(box.bottom).toBeLessThan(H - safe.bottom)
    expect(box.top).toBeLessThan(box.bottom - 120)
  })
})
