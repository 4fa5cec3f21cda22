import { afterAll, describe, expect, it } from 'vitest'
import { escapeAssText } from '../../../src/shared/ass/escape-text'
import { eventText } from '../../../src/shared/ass/event-text'
import { cleanupRenders, diffPixels, inkBox, inkColumnRuns, rawAss, renderAss } from './render-ass'

const W = 640
const H = 160
afterAll(cleanupRenders)

const render = (eventTextField: string) =>
  renderAss(rawAss(W, H, eventTextField, { size: 40 }), { width: W, height: H, fonts: 'isolated' }).then((f) => f[0])

describe('escaped user text renders literally in libass', () => {
  it('"a{\\b1}b" shows the braces and the tag text instead of making "b" bold', async () => {
    const [escaped, interpreted, plainAb] = await Promise.all([
      render(escapeAssText('a{\\b1}b')),
      render('a{\\b1}b'),
      render('ab')
    ])
    const box = inkBox(escaped, W)!
    const abBox = inkBox(plainAb, W)!
    expect(diffPixels(escaped, interpreted)).toBeGreaterThan(300)
    // seven visible glyphs: a { \ b 1 } b
    expect(inkColumnRuns(escaped, W)).toBe(7)
    expect(box.right - box.left).toBeGreaterThan(2.5 * (abBox.right - abBox.left))
    // the interpreted control really is "a" + bold "b": two glyphs, wider than plain "ab"
    expect(inkColumnRuns(interpreted, W)).toBe(2)
  })

  it('typed "\\N" stays one line with a visible backslash and N', async () => {
    const [escaped, lineBreak, one] = await Promise.all([render(escapeAssText('x\\Ny')), render('x\\Ny'), render('xy')])
    const box = inkBox(escaped, W)!
    const oneBox = inkBox(one, W)!
    expect(box.bottom - box.top).toBeLessThan(1.3 * (oneBox.bottom - oneBox.top))
    expect(inkBox(lineBreak, W)!.bottom - inkBox(lineBreak, W)!.top).toBeGreaterThan(1.6 * (oneBox.bottom - oneBox.top))
    expect(inkColumnRuns(escaped, W)).toBe(4) // x \ N y
  })

  it('typed "\\h" and "\\n" show as text, not as spaces', async () => {
    const [escaped, asSpaces] = await Promise.all([render(escapeAssText('p\\hq\\nr')), render('p\\hq\\nr')])
    expect(inkColumnRuns(escaped, W)).toBe(7) // p \ h q \ n r
    expect(inkColumnRuns(asSpaces, W)).toBe(3) // p q r
  })

  it('the WORD JOINER after a backslash is invisible, even in a font that lacks it (Noto Sans Thai)', async () => {
    // "\b" is not a libass escape, so the raw text is a faithful reference for the escaped one.
    const [escapedLatin, rawLatin] = await Promise.all([render(escapeAssText('a\\b')), render('a\\b')])
    expect(diffPixels(escapedLatin, rawLatin)).toBe(0)
    const [escapedThai, rawThai] = await Promise.all([
      render(eventText('ก\\ข', 'Noto Sans', 'th')),
      render('{\\fnNoto Sans Thai}ก\\ข')
    ])
    expect(diffPixels(escapedThai, rawThai)).toBe(0)
  })

  it('leading spaces are kept (text shifts), and controls vanish without tofu', async () => {
    const [spaced, plain, controls] = await Promise.all([
      render(escapeAssText('      ab')),
      render('ab'),
      render(escapeAssText('a\u0007\u001bb'))
    ])
    expect(inkBox(spaced, W)!.left).toBeGreaterThan(inkBox(plain, W)!.left + 10)
    expect(diffPixels(controls, plain)).toBe(0)
  })

  it('a 2,000-character cue renders (capped and wrapped) without failing', async () => {
    const frame = await render(escapeAssText('kindness '.repeat(230)))
    const box = inkBox(frame, W)!
    // wrapped within the 10 px style margins; one endless line would cover the frame edge to edge
    expect(box.left).toBeGreaterThanOrEqual(8)
    expect(box.right).toBeLessThanOrEqual(W - 8)
    expect(box.bottom - box.top).toBeGreaterThan(100) // many lines (one line is about 30 px)
  })
})
