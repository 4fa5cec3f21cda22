import { describe, expect, it } from 'vitest'
import { lintText } from '../../../src/shared/lint'

/** Whether the lint raises a warning or an error (info is an explanation, not a flag). */
const flags = (text: string, locale = 'en') => lintText(text, { locale }).some((i) => i.severity !== 'info')

// Each "not flagged" case here was flagged before the change it tests, and each "flagged" case was
// missed (checked against the session-start engine).

describe('a thing inside a phrase about people is only skipped when a preposition governs it', () => {
  it.each([
    ['en', 'The Hindus in my class all agreed the cafeteria pizza was trash.'],
    ['en', 'Me and two Somalis from work decided the new break room chairs are garbage.']
  ])('what they said of a thing is about the thing — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
  it.each([['en', 'Fans of that singer are trash.']])('still: %s: %s', (locale, text) =>
    expect(flags(text, locale)).toBe(true)
  )
})

describe('filler words inside a phrase ("are all trash")', () => {
  it.each([
    ['en', 'Those migrants are all garbage.'],
    ['en', 'Those refugees are literally garbage.'],
    ['en', "I met a few Sikhs last week. They're all garbage."]
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', 'The kids are all right.'],
    ['ms', 'Wanita bertudung atau tidak, semua layak dihormati.'],
    ['en', 'It actually hurts to see you cry, come here.']
  ])('not across a comma, not a phrase of its own — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('denouncing hate: negators, counter phrases with fillers, acts described in a relative clause', () => {
  it.each([
    ['en', 'I have never once thought that trans people are inferior.'],
    ['es-MX', 'Los memes que se burlan de los indígenas no dan risa.'],
    ['id', 'Aku kesal sama orang yang merendahkan orang Papua.'],
    ['en', 'Hate has no place in our school.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
  it.each([
    ['en', 'Anyone who defends gay people should be beaten.'],
    ['en', 'They are people who hate Jews.']
  ])('a threat against those people, or an act said of someone, stays — %s: %s', (locale, text) =>
    expect(flags(text, locale)).toBe(true)
  )
})
