import { describe, expect, it } from 'vitest'
import { lintText } from '../../../src/shared/lint'

/** Whether the lint raises a warning or an error (info is an explanation, not a flag). */
const flags = (text: string, locale = 'en') => lintText(text, { locale }).some((i) => i.severity !== 'info')

// Checked against the session-start engine: each "flagged" case was missed before, except the two
// marked "still"; each "not flagged" case was flagged before, except the guards that keep a new
// phrase from reaching too far ("people in general…", "at a thing", "not across a comma…").

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
  it.each([['en', 'Memes that make fun of disabled people are not funny.']])(
    'a negated praise judging the act — %s: %s',
    (locale, text) => expect(flags(text, locale)).toBe(false)
  )
  it.each([
    ['en', 'Anyone who defends gay people should be beaten.'],
    ['en', 'They are people who hate Jews.']
  ])('still: a threat against those people, or an act said of someone — %s: %s', (locale, text) =>
    expect(flags(text, locale)).toBe(true)
  )
})

describe('a curse spoken to a group, or taking it with "with"', () => {
  it.each([
    ['pt-BR', 'Vão tomar no cu, argentinos.'],
    ['es-MX', 'Chinguen a su madre, chilangos.'],
    ['es-MX', 'A la verga con los venezolanos.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([['es-MX', 'A la verga con la tarea, ya me voy a dormir.']])('at a thing — %s: %s', (locale, text) =>
    expect(flags(text, locale)).toBe(false)
  )
})

describe('implicit derogation and denied rights in each market (lexicon, 2026-12-07)', () => {
  it.each([
    ['pt-BR', 'Conheci uns ciganos na feira. Eu os detesto.'],
    ['en', 'There are far too many Somalis in this town.'],
    ['en', "We don't hire Roma here."],
    ['id', 'Orang Madura itu kelas rendahan.'],
    ['ms', 'Pendatang asing ni punca segala masalah.'],
    ['fil', 'Hindi dapat pinapayagang bumoto ang mga katutubo.'],
    ['es-MX', 'Ya hay demasiados venezolanos en esta ciudad.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', "We don't hire anyone under 18."],
    ['en', "There are too many people in this queue, let's come back later."],
    ['id', 'Sudah terlalu banyak orang di sini, ayo pindah.'],
    ['es-MX', 'Hay demasiadas personas en la fila, mejor regresamos mañana.'],
    ['pt-BR', 'Sou o pior jogador de xadrez da escola.'],
    ['en', 'Does Santa even exist?'],
    ['fil', 'Kung wala ang tulong ng mga kaibigan ko, hindi ko kakayanin.']
  ])('people in general, the speaker, a thing — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('what is said of a thing or a game stays there', () => {
  it.each([
    ['pt-BR', 'Saí com os baianos da faculdade e a festa estava um lixo.'],
    ['id', 'Tim basket orang Ambon membantai lawannya 90-40.'],
    ['es-MX', 'Me tropecé enfrente de los chilangos de la oficina, soy lo peor jaja.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
  it.each([
    ['id', 'Gue bantai lo besok.'],
    ['en', 'Your poem is garbage and honestly so are you.'],
    ['es-MX', 'Son lo peor, los chilangos.']
  ])('still: a threat, an echo, a subject after the comma — %s: %s', (locale, text) =>
    expect(flags(text, locale)).toBe(true)
  )
})

describe('news of an attack, hatred as a noun, protecting someone from harsh treatment', () => {
  it.each([
    ['ms', 'Berita tentang serangan terhadap orang Asli tu buat aku sedih dengan penyerangnya.'],
    ['id', 'Orang Batak tidak pantas diperlakukan dengan kasar.'],
    ['en', 'Hatred against Sikhs has no place in this city.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
  it.each([
    ['en', "Gay people don't deserve to be treated like humans."],
    ['ms', 'Dorang tu tak layak dilayan macam manusia.']
  ])('still: denying someone is human — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
})

describe('a hurtful phrase typed without spaces, a hot word spaced into three pieces', () => {
  it.each([
    ['es-MX', 'Los venezolanos sonunabasura.'],
    ['en', 'Refugees shouldbedeported.'],
    ['pt-BR', 'Os baianos sãoumlixo.'],
    ['en', 'You are so stu pi d.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', "I'm at the bar now, come."],
    ['en', 'My therapist is so kind.'],
    ['pt-BR', 'Eu vou ao bar com ele.']
  ])('real words stay words — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe("another language's word is not an English slur; praise and affirmation stay unflagged", () => {
  it.each([
    ['fil', 'Ang galing mong kumanta!'],
    ['ms', 'Sayur pakis goreng sedap.'],
    ['en', 'You are enough, exactly as you are.'],
    ['pt-BR', 'Vc é demais, sério.'],
    ['es-MX', 'Ese pasito tuyo está que mata, me encantó.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
  it.each([
    ['en', 'Those pakis are ruining the neighborhood.'],
    ['en', 'You are not enough.'],
    ['fil', 'Babasagin ko mukha mo.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
})

describe('threats and exclusions standing around the group (analysis/around-group.ts)', () => {
  it.each([
    ['en', "I'm going to make gay people suffer."],
    ['en', "Don't let women become leaders."],
    ['en', "Let's run the new kid out of school."],
    ['ms', 'Aku nak pastikan hidup pendatang asing merana.'],
    ['es-MX', 'No dejen que los migrantes entren.'],
    ['id', 'Jangan biarkan orang Cina jadi pemimpin.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', "Don't make women suffer."],
    ['en', 'Keep old people away from scams.'],
    ['en', "Don't let disabled people become targets of scams."],
    ['id', 'Jangan kasih orang tua kerja berat.'],
    ['en', 'Drive the kids out of town this weekend.']
  ])('negated, or care for them — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

// An independent reviewer's probes against this session's first versions (2026-12-07): each of
// these had changed the wrong way, and each change was narrowed.
describe("review: this session's shapes and phrases do not reach too far", () => {
  it.each([
    ['en', 'The new tax will make poor families suffer.'],
    ['id', 'Harga beras naik bikin rakyat kecil menderita.'],
    ['en', "I'll teach the kids a lesson about sharing tomorrow."],
    ['en', 'There are too many kids in the pool right now.'],
    ['en', "We don't hire interns during the summer."],
    ['es-MX', 'Voy a sacar a las niñas de la escuela a las dos.'],
    ['pt-BR', 'O ladrão foi pra cadeia ontem.'],
    ['en', 'Women were treated as second class citizens for centuries.'],
    ['id', 'Guru memberi pelajaran pada murid kelas tiga.'],
    ['es-MX', 'El mejor paseo del domingo es el zoológico.'],
    ['es-MX', 'Los lunes me caen como patada en el estómago.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
  it.each([
    ['en', 'Share the memes that mock gay people, gays are disgusting.'],
    ['en', "It's wrong to let immigrants in, they are rats."],
    ['id', 'Orang Madura pantas diperlakukan dengan kasar.'],
    ['en', 'Muslims are not welcome here, treat them badly.'],
    ['en', 'Someone needs to go teach those Somalis a lesson.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
})

describe("a kind phrase of the lexicon running through a phrase rule's last word lowers it", () => {
  it.each([
    ['pt-BR', 'Cê é foda demais, mano!'],
    ['pt-BR', 'Você tá morto de cansaço, vai dormir.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
  it.each([
    ['pt-BR', 'Você tá morto.'],
    ['pt-BR', 'Você é foda, vai se foder.']
  ])('still: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
})
