import { describe, expect, it } from 'vitest'
import { lintText } from '../../../src/shared/lint'

/** Whether the lint raises a warning or an error (info is an explanation, not a flag). */
const flags = (text: string, locale = 'en') => lintText(text, { locale }).some((i) => i.severity !== 'info')

// Ninth session. Checked against the session-start engine (6d175b3): each "flagged" case was missed
// there and each "not flagged" case flagged, except those marked "still" (guards).

describe('a call for more harm done to a group (call-for-harm.ts)', () => {
  it.each([
    ['en', 'We need more violence against gays'],
    ['pt-BR', 'Precisamos de mais violência contra os gays'],
    ['es-MX', 'Necesitamos más redadas contra los migrantes'],
    ['id', 'Perlu lebih banyak razia terhadap orang Papua'],
    ['ms', 'Kita perlukan lebih banyak keganasan terhadap orang India'],
    ['fil', 'Kailangan ng mas maraming karahasan laban sa mga bakla']
  ])('flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', 'We need less violence against gays'],
    ['en', "We don't need more violence against Muslims"],
    ['en', 'More violence against trans people was reported this year'],
    ['en', 'Studies show more attacks on Muslims after the election'],
    ['en', 'Calling for more violence against gays is disgusting'],
    ['en', 'We need more protection against violence'],
    ['en', 'Why is there more violence against trans women?']
  ])('still not flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('Tagalog humanity denied with the group last (humanity.ts)', () => {
  it.each([['fil', 'Hindi ko itinuturing na tao ang mga bakla']])('flagged: %s: %s', (locale, text) =>
    expect(flags(text, locale)).toBe(true)
  )
  it.each([
    ['fil', 'Itinuturing kong tao ang mga bakla'],
    ['fil', 'Hindi ko itinuturing na kaaway ang mga Muslim'],
    ['fil', 'Tao rin ang mga bakla']
  ])('still not flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('"I don\'t need a reason to hate …" does not negate the hate', () => {
  it.each([
    ['en', "I don't need a reason to hate Muslims"],
    ['pt-BR', 'Não preciso de motivo pra odiar os gays'],
    ['es-MX', 'No necesito razón para odiar a los indígenas'],
    ['id', 'Gak perlu alasan buat benci orang Cina'],
    ['fil', 'Hindi ko kailangan ng dahilan para kamuhian ang mga bakla']
  ])('flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', "You don't need a reason to be kind"],
    ['en', "I don't hate Muslims"]
  ])('still not flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})
