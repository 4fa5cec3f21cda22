import { afterAll, describe, expect, it } from 'vitest'
import { buildAss, type AssEndCard } from '../../../src/shared/ass/build-ass'
import { endCardLayout } from '../../../src/shared/ass/end-card-layout'
import { SafeZone, SubtitleStyle } from '../../../src/shared/project/schema'
import { cleanupRenders, inkBox, renderAss } from './render-ass'

const W = 720
const H = 1280
afterAll(cleanupRenders)

const card = (layout: AssEndCard['layout'], over: Partial<AssEndCard> = {}): AssEndCard => ({
  startMs: 1000,
  durationMs: 1000,
  displayName: 'Aisyah Rahman',
  handle: 'aisyah.draws',
  message: 'Behind every account is a real human, with a real day and real feelings. Be kind.',
  layout,
  fadeInMs: 0,
  ...over
})
const ass = (c: AssEndCard, locale = 'en', width = W, height = H) =>
  buildAss({
    width,
    height,
    locale,
    style: SubtitleStyle.parse({}),
    safeZone: SafeZone.parse({}),
    cues: [],
    endCard: c
  })

function inkInRect(frame: Buffer, r: { x: number; y: number; w: number; h: number }, width = W): number {
  let n = 0
  for (let y = r.y; y < r.y + r.h; y++) for (let x = r.x; x < r.x + r.w; x++) if (frame[y * width + x] > 24) n++
  return n
}

describe('end-card text', () => {
  const cases = [
    [720, 1280, 'photo-top'],
    [720, 1280, 'photo-center'],
    [1080, 1350, 'photo-top'],
    [1080, 1350, 'photo-center']
  ] as const
  for (const [w, h, layout] of cases) {
    it(`${w}×${h} ${layout}: appears only from startMs, never over the photo, message wrapped within its width`, async () => {
      const frames = await renderAss(ass(card(layout), 'en', w, h), { width: w, height: h, frames: 16, fps: 10 })
      expect(frames.flatMap((f, i) => (inkBox(f, w) ? [i] : []))).toEqual([10, 11, 12, 13, 14, 15])
      const l = endCardLayout(w, h, layout)
      const frame = frames[15]
      expect(inkInRect(frame, { x: l.photo.x, y: l.photo.y, w: l.photo.size, h: l.photo.size }, w)).toBe(0)
      const all = inkBox(frame, w)!
      expect(all.top).toBeGreaterThan(l.photo.y + l.photo.size)
      expect(all.top).toBeLessThan(l.name.y + 20)
      // the message (everything below its anchor) wraps inside message.width (+ outline)
      const below = Buffer.from(frame)
      below.fill(0, 0, l.message.y * w)
      const msg = inkBox(below, w)!
      expect(msg.left).toBeGreaterThanOrEqual(l.message.x - l.message.width / 2 - 3)
      expect(msg.right).toBeLessThanOrEqual(l.message.x + l.message.width / 2 + 3)
      expect(msg.bottom - msg.top).toBeGreaterThan(1.4 * (l.fontSize?.message ?? 0)) // the long message really wrapped (2+ lines)
      expect(msg.bottom).toBeLessThan(h - 20)
    })
  }

  it('fades in with \\fad: dimmer at the start of the card than after the fade', async () => {
    const frames = await renderAss(ass(card('photo-top', { fadeInMs: 600 })), {
      width: W,
      height: H,
      frames: 19,
      fps: 10
    })
    const brightest = (f: Buffer) => f.reduce((m, v) => (v > m ? v : m), 0)
    expect(brightest(frames[11])).toBeLessThan(brightest(frames[18]) - 60)
  })

  it('shaped scripts on the card (Arabic name in ar) render between photo and frame bottom', async () => {
    const frames = await renderAss(ass(card('photo-center', { displayName: 'عائشة رحمن', message: '' }), 'ar'), {
      width: W,
      height: H,
      frames: 16,
      fps: 10
    })
    const l = endCardLayout(W, H, 'photo-center')
    const box = inkBox(frames[15], W)!
    expect(inkInRect(frames[15], { x: l.photo.x, y: l.photo.y, w: l.photo.size, h: l.photo.size })).toBe(0)
    expect(box.top).toBeGreaterThan(l.photo.y + l.photo.size)
    expect(box.bottom).toBeGreaterThan(l.message.y) // the default Arabic message was drawn too
  })
})
