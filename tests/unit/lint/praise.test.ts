import { describe, expect, it } from 'vitest'
import { lintText } from '../../../src/shared/lint'

/** Whether the lint raises a warning or an error (info is an explanation, not a flag). */
const flags = (text: string, locale = 'en') => lintText(text, { locale }).some((i) => i.severity !== 'info')

describe('praise slang about a performance, a group word in a compliment, a group named neutrally', () => {
  it.each([
    ['en', 'my cousin is a beast on the court, so proud'],
    ['es-MX', 'eres una bestia en la cancha, qué golazo'],
    ['ms', 'savage gila rap kau semalam, padu'],
    ['fil', 'halimaw ka sa galing kumanta'],
    ['es-MX', 'la gente gorda también es hermosa'],
    ['en', 'fat girls are gorgeous'],
    // a group's name with nothing said of it
    ['ms', 'orang gemuk pun boleh bersukan']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
  it.each([
    ['en', "you're an animal"],
    ['es-MX', 'Eres una bestia, no tienes respeto'],
    ['en', "You're an animal, get out of my class"],
    ['en', 'I crushed it at the game, ur dead'],
    ['en', 'I will kill you on the court tomorrow'],
    ['en', 'fat girls are disgusting'],
    ['ms', 'orang gemuk memang menjijikkan']
  ])('still unkind — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
})
