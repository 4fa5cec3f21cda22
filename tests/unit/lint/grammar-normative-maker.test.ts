import { describe, expect, it } from 'vitest'
import { lintText } from '../../../src/shared/lint'

/** Whether the lint raises a warning or an error (info is an explanation, not a flag). */
const flags = (text: string, locale = 'en') => lintText(text, { locale }).some((i) => i.severity !== 'info')

describe('normative harm: a person or group, a modal of obligation and a verb of violence or expulsion', () => {
  it.each([
    ['en', 'Atheists deserve to burn, honestly.'],
    ['en', 'Immigrants should go back where they came from.'],
    ['en', 'Autistic kids should be locked away.'],
    ['es-MX', 'Los ateos merecen arder vivos.'],
    ['es-MX', 'A las personas trans habría que encerrarlas.'],
    ['pt-BR', 'Refugiado tem que voltar pro país dele.'],
    ['fil', 'Ang mga adik dapat binabaril na lang sa kalye.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', 'Refugees should not be deported.'],
    ['en', 'Nobody should be locked up for being gay.'],
    ['en', 'She should go back to school.'],
    ['en', 'Immigrants should go back to school to get certified.'],
    ['en', 'My brother must die of boredom in that class lol.'],
    ['en', 'Women must suffer a lot during labour.'],
    ['en', 'Anyone who thinks gay people should burn needs to log off.'],
    ['en', 'The comments should be removed.']
  ])("negated, advice, idiom, someone else's belief or a thing — %s: %s", (locale, text) =>
    expect(flags(text, locale)).toBe(false)
  )
})

describe('a thing insulted, then the one who made or owns it', () => {
  it.each([
    ['en', 'Your song is garbage, just like whoever made it.'],
    ['pt-BR', 'Esse desenho é um lixo, igual a quem desenhou.'],
    ['id', 'Motor butut, yang punya lebih butut.'],
    ['ms', 'Kereta buruk, tuan lagi buruk.'],
    ['fil', 'Pangit na kotse, mas pangit ang may-ari.'],
    ['fil', "Ang panget ng kanta, walang kwenta rin 'yung kumanta."]
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', 'This pizza is awful, just like the one I had yesterday.'],
    ['en', "The song is trash but the singer isn't."],
    ['id', 'Gambar ini jelek, sama kayak yang kemarin.'],
    ['ms', 'Cuaca buruk hari ni.']
  ])('another thing, a negated echo or no maker — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})
