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

describe('harm wished on a group: a disease, a bullet, lightning; burning (wishes.ts)', () => {
  it.each([
    ['en', 'Praying for a disease that only hits Muslims'],
    ['en', 'I hope the lightning hits the gays'],
    ['es-MX', 'Ojalá que a los judíos les caiga un rayo a todos'],
    ['es-MX', 'Ojalá un día amanezcan todos los judíos tiesos'],
    ['pt-BR', 'Queria ver os judeus queimando numa fogueira'],
    ['pt-BR', 'Tomara que um raio caia na cabeça dos gays'],
    ['id', 'Semoga orang Cina kena penyakit']
  ])('flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([['en', 'I pray for the Muslims who died in the attack']])('not flagged: %s: %s', (locale, text) =>
    expect(flags(text, locale)).toBe(false)
  )
  it.each([
    ['en', "I hope the virus doesn't hit Muslims"],
    ['en', 'I hope the earthquake victims, many of them Muslims, recover'],
    ['en', 'Praying for the earthquake victims and their families'],
    ['en', 'Hoping for a vaccine that protects women from the virus']
  ])('still not flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('a harm noun in a scene is an event, not a threat (harm-noun.ts isEventNoun)', () => {
  it.each([
    ['en', 'My uncle died in the attack'],
    ['en', 'Three Muslims died in the attack'],
    ['en', 'Women survived the attack']
  ])('not flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
  it.each([
    ['en', 'You deserve a beating'],
    ['pt-BR', 'Os gays merecem uma surra'],
    ['es-MX', 'Te voy a dar una paliza']
  ])('still: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
})

describe('a group put below an animal or a child, or made the measure of a fault (comparative.ts)', () => {
  it.each([
    ['en', 'Rats have more dignity than Muslims'],
    ['en', 'Even a toddler could do it better than Mexicans'],
    ['es-MX', 'Mi perro tiene mejores modales que los indígenas.'],
    ['es-MX', 'No conozco gente más hipócrita que los judíos.'],
    ['es-MX', 'No hay nada más patético que los gays, la neta.'],
    ['pt-BR', 'Nunca vi gente tão ignorante quanto os nordestinos.'],
    ['en', "I've never met anyone as lazy as Mexicans"]
  ])('flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([['en', 'Nothing is more beautiful than Filipino women']])('not flagged: %s: %s', (locale, text) =>
    expect(flags(text, locale)).toBe(false)
  )
  it.each([
    ['en', 'Muslims are no more violent than Christians'],
    ['en', 'Muslims are not more violent than Christians'],
    ['en', 'Poor kids are just as smart as rich kids.'],
    ['en', 'Women are smarter than men'],
    ['en', 'Kids are more honest than adults'],
    ['en', 'No one is more loyal than Filipinos'],
    ['en', 'Nobody is as kind as my Muslim neighbours']
  ])('still not flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('a negated "why" suggests the act (rhetorical.ts suggestingNegators)', () => {
  it.each([
    ['en', "Why can't you just die?"],
    ['en', "Why don't you just die?"],
    ['en', "Why can't Muslims just die?"]
  ])('flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', "Why didn't they kill him?"],
    ['en', "Why don't we kill time at the mall?"],
    ['en', "Why can't you be nice?"]
  ])('still not flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('idioms and fillers', () => {
  it.each([
    ['en', 'Muslims are mentally defective, end of story.'],
    ['en', 'Muslims are straight up trash fr fr.'],
    ['en', "Muslims are not worth anyone's respect."]
  ])('flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', 'In my story the villain says Muslims are vermin'],
    ['en', 'This phone is defective'],
    ['en', 'They are straight up geniuses']
  ])('still not flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('review fixes: words that are also everyday words', () => {
  it.each([
    ['pt-BR', 'A competição foi ótima'],
    ['pt-BR', 'Ganhei a competição de natação'],
    ['es-MX', 'Cuidado, el piso está mojado.'],
    ['es-MX', 'La ropa está mojada']
  ])('not flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
  it.each([
    ['pt-BR', 'Proibida a entrada após as 22h.'],
    ['es-MX', 'Prohibida la entrada a mascotas.'],
    ['pt-BR', 'É proibida a entrada com bebidas.'],
    ['en', 'Keep the guns out of our schools.']
  ])('still not flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
  it.each([
    ['es-MX', 'Eres un mojado'],
    ['es-MX', 'Pinches mojados, regrésense a su país'],
    ['pt-BR', 'Proibida a entrada de nordestinos neste estabelecimento.']
  ])('still: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
})

describe('a chain of nouns ending in the group is a noun phrase about its thing (topic-of.ts chainHead)', () => {
  it.each([
    ['pt-BR', 'O som do encontro de gays tava horrível, mas as falas foram ótimas.'],
    ['pt-BR', 'O site da associação de apoio aos gays é uma porcaria, nunca carrega.'],
    ['pt-BR', 'O calor no evento com os gays tava insuportável, derreti.'],
    ['es-MX', 'El clima en el festival de los gays estuvo horrible, llovió todo el día.']
  ])('not flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
  it.each([
    ['en', 'The smell of Indians is disgusting.'],
    ['pt-BR', 'Os gays da minha rua são nojentos'],
    ['es-MX', 'Los migrantes del barrio son unas ratas'],
    ['fil', 'Ayan na si Madam Pabida, palakpakan natin hahaha.']
  ])('still: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
})

describe('the speaker as the one a threat verb is done to (pt-BR, es-MX)', () => {
  it.each([
    ['pt-BR', 'O stand-up com os gays me matou de rir.'],
    ['pt-BR', 'Esse trabalho da faculdade sobre os gays tá me matando, entrego amanhã.'],
    ['es-MX', 'Los gays del gym me están matando con las rutinas.']
  ])('not flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
  it.each([
    ['pt-BR', 'Eu vou te matar'],
    ['es-MX', 'Te voy a matar'],
    ['pt-BR', 'Os gays tão me matando de raiva, vou matar todos']
  ])('still: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
})

describe('hearsay and "stop insulting"', () => {
  it.each([
    ['fil', 'Sabi ng tito ko sa handaan, tamad daw ang mga bakla. Sinabi kong mali siya.'],
    ['fil', 'May lalaking sumisigaw sa jeep na dapat daw ikulong ang mga bakla. Buti walang pumansin sa kanya.'],
    ['ms', 'Berhenti la hina orang India, tak dapat apa pun.'],
    ['id', 'Stop menghina orang Papua']
  ])('not flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
  it.each([
    ['fil', 'Tamad ang mga bakla'],
    ['fil', 'Ang bobo mo']
  ])('still: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
})

describe('comparisons: a lexicon phrase that takes in "tão", and a fault measured on anyone (comparative.ts)', () => {
  it.each([
    ['pt-BR', 'Nunca vi gente tão burra quanto os venezuelanos.'],
    ['pt-BR', 'Nunca vi gente tão burra quanto os crioulos.'],
    ['es-MX', 'No hay gente más hipócrita que los gordos.'],
    ['en', "I've never met anyone as lazy as you"]
  ])('flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', 'My dog is smarter than my brother'],
    ['en', 'Kids are more honest than adults'],
    ['en', 'Nobody is as kind as my Muslim neighbours']
  ])('still not flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})
