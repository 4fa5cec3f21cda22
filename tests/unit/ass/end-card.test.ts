import { describe, expect, it } from 'vitest'
import { endCardLayout } from '../../../src/shared/ass/end-card-layout'
import { defaultEndCardMessage, normalizeHandle } from '../../../src/shared/ass/end-card-messages'

describe('endCardLayout', () => {
  it('1080×1920 photo-top', () => {
    expect(endCardLayout(1080, 1920, 'photo-top')).toEqual({
      photo: { x: 340, y: 288, size: 400 },
      name: { x: 540, y: 732 },
      handle: { x: 540, y: 836 },
      message: { x: 540, y: 928, width: 821 },
      fontSize: { name: 72, handle: 48, message: 52 }
    })
  })
  it('1080×1920 photo-center: photo centred slightly above the middle', () => {
    expect(endCardLayout(1080, 1920, 'photo-center')).toEqual({
      photo: { x: 340, y: 670, size: 400 },
      name: { x: 540, y: 1114 },
      handle: { x: 540, y: 1218 },
      message: { x: 540, y: 1310, width: 821 },
      fontSize: { name: 72, handle: 48, message: 52 }
    })
  })
  it('1080×1350 (4:5) scales by height', () => {
    // s = min(1, 1350/1920 = 0.703125)
    expect(endCardLayout(1080, 1350, 'photo-top')).toEqual({
      photo: { x: 400, y: 203, size: 281 },
      name: { x: 540, y: 515 },
      handle: { x: 540, y: 588 },
      message: { x: 540, y: 653, width: 821 },
      fontSize: { name: 51, handle: 34, message: 37 }
    })
  })
  it('720×1280 is exactly 2/3 of 1080×1920', () => {
    const small = endCardLayout(720, 1280, 'photo-center')
    const big = endCardLayout(1080, 1920, 'photo-center')
    expect(small.photo.size).toBe(Math.round((big.photo.size * 2) / 3))
    expect(small.photo.x).toBe(Math.round((big.photo.x * 2) / 3))
    expect(Math.abs(small.photo.y - (big.photo.y * 2) / 3)).toBeLessThanOrEqual(1)
    expect(Math.abs(small.message.y - (big.message.y * 2) / 3)).toBeLessThanOrEqual(2)
  })
  it.each([
    [1080, 1920],
    [1080, 1350],
    [720, 1280],
    [1920, 1080]
  ])('%d×%d: text below the photo, everything inside the frame', (w, h) => {
    for (const kind of ['photo-top', 'photo-center'] as const) {
      const l = endCardLayout(w, h, kind)
      expect(l.photo.x).toBeGreaterThanOrEqual(0)
      expect(l.photo.x + l.photo.size).toBeLessThanOrEqual(w)
      expect(l.name.y).toBeGreaterThan(l.photo.y + l.photo.size)
      expect(l.handle.y).toBeGreaterThan(l.name.y)
      expect(l.message.y).toBeGreaterThan(l.handle.y)
      expect(l.message.x - l.message.width / 2).toBeGreaterThanOrEqual(0)
      expect(l.message.x + l.message.width / 2).toBeLessThanOrEqual(w)
      // room for three message lines below the anchor
      expect(l.message.y + 3 * 1.4 * (l.fontSize?.message ?? 0)).toBeLessThan(h)
    }
  })
})

describe('defaultEndCardMessage', () => {
  it.each([
    ['en', 'Behind every account is a real human.'],
    ['en-GB', 'Behind every account is a real human.'],
    ['ms', 'Di sebalik setiap akaun ada manusia sebenar.'],
    ['ms-MY', 'Di sebalik setiap akaun ada manusia sebenar.'],
    ['id', 'Di balik setiap akun ada manusia sungguhan.'],
    ['fil', 'Sa likod ng bawat account ay may totoong tao.'],
    ['tl', 'Sa likod ng bawat account ay may totoong tao.'],
    ['pt-BR', 'Por trás de cada conta existe um ser humano de verdade.'],
    ['pt-br', 'Por trás de cada conta existe um ser humano de verdade.'],
    ['pt-PT', 'Por trás de cada conta existe um ser humano de verdade.'],
    ['es-MX', 'Detrás de cada cuenta hay un ser humano real.'],
    ['es', 'Detrás de cada cuenta hay un ser humano real.'],
    ['ar', 'خلف كل حساب إنسان حقيقي.'],
    ['ar-EG', 'خلف كل حساب إنسان حقيقي.'],
    ['th', 'Behind every account is a real human.'],
    ['', 'Behind every account is a real human.']
  ])('%s', (locale, message) => expect(defaultEndCardMessage(locale)).toBe(message))
})

describe('normalizeHandle', () => {
  it.each([
    ['aisyah', '@aisyah'],
    ['@aisyah', '@aisyah'],
    ['  aisyah.draws ', '@aisyah.draws'],
    ['', ''],
    ['   ', '']
  ])('%j → %j', (input, expected) => expect(normalizeHandle(input)).toBe(expected))
})
