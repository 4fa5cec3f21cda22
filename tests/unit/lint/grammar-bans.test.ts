import { describe, expect, it } from 'vitest'
import { lintText } from '../../../src/shared/lint'

/** Whether the lint raises a warning or an error (info is an explanation, not a flag). */
const flags = (text: string, locale = 'en') => lintText(text, { locale }).some((i) => i.severity !== 'info')

describe('barring a group in ordinary words', () => {
  it.each([
    ['en', 'this chat is for locals only, immigrants can leave'],
    ['es-MX', 'no se admiten haitianos en este edificio'],
    ['es-MX', 'fuera los indígenas de la plaza'],
    ['pt-BR', 'nordestino aqui não'],
    ['pt-BR', 'cigano não tem vez nesse bairro'],
    ['id', 'orang Papua gak usah daftar di sini'],
    ['ms', 'orang Indon tak payah masuk kedai aku']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['es-MX', 'no se admiten mascotas en el edificio'],
    ['id', 'anak kecil gak boleh main api ya'],
    ['pt-BR', 'fora de brincadeira, o show foi ótimo'],
    ['es-MX', 'En esta escuela aceptan niños con discapacidad'],
    ['es-MX', 'Si fuera mujer me gustaría ser como tú'],
    ['pt-BR', 'Lá fora as crianças brincam'],
    ['id', 'Orang Cina jangan lupa rayakan Imlek ya'],
    ['ms', 'Warga emas tak payah beratur, terus masuk'],
    ['pt-BR', 'Os idosos não podem ficar sozinhos'],
    ['en', 'Kids stay out of the sun at noon']
  ])('a rule about things or plain advice — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('normative harm: more verbs and modals', () => {
  it.each([
    ['en', 'disabled people should be institutionalized'],
    ['en', 'gypsies should be wiped off the map'],
    ['id', 'waria itu mending ditembak aja'],
    ['ms', 'budak gay tu patut kena belasah'],
    ['es-MX', 'los migrantes deberían tener prohibida la entrada']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', 'kids should burn some energy at the park'],
    ['en', 'Kids should burn off some energy'],
    ['en', 'Kids should go to summer camps'],
    ['es-MX', 'Los niños deben jugar en la azotea'],
    ['ms', 'Pelajar mesti datang pukul 8 pagi'],
    ['id', 'mending kamu istirahat aja dulu']
  ])('no harm — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('a negated condition does not negate the threat', () => {
  it.each([
    ['en', "if u don't take that post down by friday ur dead"],
    ['en', "if you don't pay me back I will hurt you"]
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', "I won't hurt you"],
    ['en', "I don't think you're dead, just asleep"],
    ['en', 'is ur phone dead?'],
    ['en', "if you lose I won't hurt you"],
    ['pt-BR', 'Se acalma, não vou te matar'],
    ['es-MX', 'si pierdes no te voy a pegar']
  ])('still negated, or no threat — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('an insult word before a verb that speaks to someone (es, pt say "you" in the verb)', () => {
  it.each([
    ['es-MX', 'pendejo, me rompiste el celular'],
    ['es-MX', 'ojete, devuélveme mis audífonos']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['es-MX', 'puta madre, se me olvidó la cartera'],
    ['es-MX', 'pinche tráfico, ¿viste cómo está?'],
    ['pt-BR', 'caralho, esqueci a chave de novo']
  ])('an exclamation — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})
