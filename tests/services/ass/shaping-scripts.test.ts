import { afterAll, describe, expect, it } from 'vitest'
import { eventText } from '../../../src/shared/ass/event-text'
import { escapeAssText } from '../../../src/shared/ass/escape-text'
import { cleanupRenders, diffPixels, inkBox, rawAss, renderAss } from './render-ass'

const W = 480
const H = 120
afterAll(cleanupRenders)

/** Renders user text the way buildAss writes it (per-script font runs), with only shipped fonts visible. */
const renderUser = (text: string, shaping: 'complex' | 'simple' = 'complex', locale = 'en') =>
  renderAss(rawAss(W, H, eventText(text, 'Noto Sans', locale)), {
    width: W,
    height: H,
    shaping,
    fonts: 'isolated'
  }).then((f) => f[0])

// Words whose correct rendering needs OpenType shaping (reordering, conjuncts, mark stacking, joining).
const SAMPLES = {
  thai: { text: 'ที่นี่น้ำใจ', reordered: 'ใจน้ำนี่ที่' },
  devanagari: { text: 'क्षत्रिय किताब', reordered: 'किताब क्षत्रिय' },
  // each word reversed letter by letter: same tofu pattern (same word lengths), different real glyphs
  arabic: { text: 'لا تتنمر على أحد', reordered: 'ال رمنتت ىلع دحأ' }
}

describe('complex shaping is active in the ass filter', () => {
  for (const [script, { text }] of Object.entries(SAMPLES)) {
    it(`${script}: shaping=complex differs from shaping=simple`, async () => {
      const [complex, simple] = await Promise.all([renderUser(text, 'complex'), renderUser(text, 'simple')])
      expect(inkBox(complex, W)).toBeDefined()
      expect(diffPixels(complex, simple)).toBeGreaterThan(100)
    })
  }
})

describe('every script renders real glyphs from the shipped fonts (no tofu)', () => {
  // Tofu boxes all look the same, so a text and its reordering render IDENTICALLY as tofu and
  // differently as real glyphs. The control proves the detector: the same text forced into
  // Noto Sans (which lacks Thai/Arabic) with no system fonts is tofu — libass does not fall back
  // to fontsdir fonts, which is why buildAss switches families per script run.
  for (const [script, { text, reordered }] of Object.entries(SAMPLES)) {
    it(`${script}`, async () => {
      const [a, b] = await Promise.all([renderUser(text), renderUser(reordered)])
      expect(diffPixels(a, b)).toBeGreaterThan(200)
      if (script !== 'devanagari') {
        // (Noto Sans itself contains Devanagari, so it has no tofu control.)
        const [tofuA, tofuB] = await Promise.all(
          [text, reordered].map((t) =>
            renderAss(rawAss(W, H, escapeAssText(t)), { width: W, height: H, fonts: 'isolated' }).then((f) => f[0])
          )
        )
        expect(inkBox(tofuA, W)).toBeDefined()
        expect(diffPixels(tofuA, tofuB)).toBe(0)
      }
    })
  }

  it('emoji render as glyphs from the shipped (cmap-patched) Noto Emoji', async () => {
    const [a, b] = await Promise.all([renderUser('💛👍🏽🇲🇾'), renderUser('🇲🇾💛👍🏽')])
    expect(diffPixels(a, b)).toBeGreaterThan(200)
    // control: the same emoji in Noto Sans (no emoji glyphs, no system fonts) are identical tofu
    const tofu = await Promise.all(
      ['💛👍🇲', '🇲💛👍'].map((t) =>
        renderAss(rawAss(W, H, escapeAssText(t)), { width: W, height: H, fonts: 'isolated' }).then((f) => f[0])
      )
    )
    expect(inkBox(tofu[0], W)).toBeDefined()
    expect(diffPixels(tofu[0], tofu[1])).toBe(0)
  })

  it('Latin with diacritics differs from its undecorated letters', async () => {
    const [marked, plain] = await Promise.all([renderUser('Ação não é ñandú'), renderUser('Acao nao e nandu')])
    expect(diffPixels(marked, plain)).toBeGreaterThan(100)
  })

  it('CJK uses the system Noto Sans CJK through fontconfig (not shipped)', async () => {
    const render = (t: string) =>
      renderAss(rawAss(W, H, eventText(t, 'Noto Sans', 'ja')), { width: W, height: H, fonts: 'system' }).then(
        (f) => f[0]
      )
    const [a, b] = await Promise.all([render('思いやりを'), render('をりやい思')])
    expect(diffPixels(a, b)).toBeGreaterThan(200)
  })

  it('the four scripts produce four different renderings', async () => {
    const frames = await Promise.all(['Kindness', 'น้ำใจ', 'दया', 'لطف'].map((t) => renderUser(t)))
    for (let i = 0; i < frames.length; i++)
      for (let j = i + 1; j < frames.length; j++) expect(diffPixels(frames[i], frames[j])).toBeGreaterThan(100)
  })
})

describe('right-to-left paragraphs', () => {
  it('Encoding -1 (what buildAss writes for RTL locales) lays "مرحبا!" out right-to-left: the "!" ends up on the left', async () => {
    // Oracle: in a left-to-right paragraph, "!مرحبا" displays as "!" then the Arabic word — exactly
    // what the right-to-left paragraph "مرحبا!" must look like.
    const render = (text: string, encoding: number) =>
      renderAss(rawAss(W, H, eventText(text, 'Noto Sans', 'ar'), { encoding }), {
        width: W,
        height: H,
        fonts: 'isolated'
      }).then((f) => f[0])
    const [rtl, ltr, expected] = await Promise.all([render('مرحبا!', -1), render('مرحبا!', 1), render('!مرحبا', 1)])
    expect(diffPixels(rtl, ltr)).toBeGreaterThan(50)
    // Glyph placement is identical up to sub-pixel antialiasing (the "!" sits in a different
    // shaping run), so count only strong differences.
    expect(diffPixels(rtl, ltr, 96)).toBeGreaterThan(150)
    expect(diffPixels(rtl, expected, 96)).toBe(0)
  })
})
