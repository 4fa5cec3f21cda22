import { afterAll, describe, expect, it } from 'vitest'
import { buildAss } from '../../../src/shared/ass/build-ass'
import { resolveCaption } from '../../../src/shared/captions/resolve-style'
import type { CaptionOverrides, CaptionPresetName } from '../../../src/shared/captions/style-schema'
import { SafeZone, SubtitleStyle } from '../../../src/shared/project/schema'
import { boxWhere, cleanupRgb, notBackground, renderRgb } from './render-rgb'

afterAll(cleanupRgb)

/* Every preset on real 1080×1920 frames: text, outline, shadow and boxes stay inside the safe zone. */

const W = 1080
const H = 1920
const BG: [number, number, number] = [0x20, 0x30, 0x40]
const safe = SafeZone.parse({}) // top 150, bottom 420, right 140, left 0
const style = SubtitleStyle.parse({})
const LONG =
  'Everyone deserves kindness, online and offline. Think before you post, and choose words you would say face to face.'

function ass(preset: CaptionPresetName, options: CaptionOverrides, locale: string, text: string) {
  const caption = resolveCaption({ preset, options }, style, H)!
  return buildAss({
    width: W,
    height: H,
    locale,
    style,
    safeZone: safe,
    caption,
    cues: [{ startMs: 0, endMs: 3000, text, speaker: 'Mira' }]
  })
}

async function inkOf(preset: CaptionPresetName, options: CaptionOverrides = {}, locale = 'en', text = LONG) {
  const [frame] = await renderRgb(ass(preset, options, locale, text), W, H, [1.5], '0x203040')
  return boxWhere(frame!, notBackground(BG, 12))!
}

describe('caption styles stay inside the safe zone (1080×1920, TikTok insets)', () => {
  const presets: CaptionPresetName[] = ['boxed', 'bold-outline', 'highlight', 'speaker-colors']
  for (const preset of presets) {
    for (const position of ['lower', 'middle', 'upper'] as const) {
      it(`${preset}, ${position}`, async () => {
        const box = await inkOf(preset, {
          position,
          ...(preset === 'highlight' ? { highlightBox: true, highlightScale: 120 } : {})
        })
        expect(box.top).toBeGreaterThan(safe.top)
        expect(box.bottom).toBeLessThan(H - safe.bottom)
        expect(box.left).toBeGreaterThanOrEqual(safe.left)
        expect(box.right).toBeLessThan(W - safe.right)
        if (position === 'lower') expect(box.bottom).toBeGreaterThan(H - safe.bottom - 60)
        if (position === 'upper') expect(box.top).toBeLessThan(safe.top + 60)
      }, 60_000)
    }
  }

  it('right-to-left: the insets are mirrored and start alignment goes to the right', async () => {
    const arabic = 'كل شخص يستحق اللطف على الإنترنت وخارجه. فكّر قبل أن تنشر.'
    const box = await inkOf('boxed', { align: 'start' }, 'ar', arabic)
    expect(box.left).toBeGreaterThan(safe.right)
    expect(box.right).toBeLessThan(W - safe.left)
    expect(box.right).toBeGreaterThan(W - safe.left - 120) // pushed to the right edge (start in RTL)
    const ltr = await inkOf('boxed', { align: 'start' }, 'en', 'Be kind online.')
    expect(ltr.left).toBeLessThan(120)
  }, 60_000)
})

describe('weights: bold and black faces are really used', () => {
  const width = async (weight: 400 | 700 | 900, text: string, locale: string) => {
    const options: CaptionOverrides = {
      fontWeight: weight,
      outlinePct: 0,
      shadowPct: 0,
      uppercase: false,
      maxCharsPerLine: 80
    }
    const box = await inkOf('bold-outline', options, locale, text)
    return box.right - box.left
  }

  it.each([
    ['en', 'Kindness wins'],
    ['ar', 'اللطف يفوز دائما'],
    ['th', 'ความใจดีชนะเสมอ'],
    ['hi', 'दयालुता जीतती है']
  ])(
    '%s: 400 < 700 < 900 in glyph width (the Bold and Black files, not synthetic emboldening)',
    async (locale, text) => {
      const [regular, bold, black] = await Promise.all([
        width(400, text, locale),
        width(700, text, locale),
        width(900, text, locale)
      ])
      // libass's synthetic emboldening (font file missing) widens a line by well under 1 %; the real
      // faces are several percent wider at each step.
      expect(bold).toBeGreaterThan(regular * 1.025)
      expect(black).toBeGreaterThan(bold * 1.015)
    },
    60_000
  )
})

describe('speaker colours', () => {
  it('each speaker gets their colour', async () => {
    const caption = resolveCaption(
      { preset: 'speaker-colors', options: { speakerColors: { Mira: '#4DD2FF' }, speakerPalette: ['#FF8A65'] } },
      style,
      H
    )!
    const text = buildAss({
      width: W,
      height: H,
      locale: 'en',
      style,
      safeZone: safe,
      caption,
      cues: [
        { startMs: 0, endMs: 1000, text: 'Hi Jo', speaker: 'Mira' },
        { startMs: 1000, endMs: 2000, text: 'Hi Mira', speaker: 'Jo' }
      ]
    })
    const [a, b] = await renderRgb(text, W, H, [0.5, 1.5])
    const cyan = (r: number, g: number, bl: number) => r < 120 && g > 170 && bl > 200
    const orange = (r: number, g: number, bl: number) => r > 220 && g > 110 && g < 170 && bl < 130
    expect(boxWhere(a!, cyan)).toBeDefined()
    expect(boxWhere(a!, orange)).toBeUndefined()
    expect(boxWhere(b!, orange)).toBeDefined()
    expect(boxWhere(b!, cyan)).toBeUndefined()
  }, 60_000)
})
