import { describe, expect, it } from 'vitest'
import { lintText } from '../../../src/shared/lint'

/** Whether the lint raises a warning or an error (info is an explanation, not a flag). */
const flags = (text: string, locale = 'en') => lintText(text, { locale }).some((i) => i.severity !== 'info')

describe('story narration of mockery is not mockery', () => {
  it.each([
    ['en', 'they laughed at him in the hallway and he never told anyone'],
    ['en', 'Slowly, the boy they once teased became the one who stood up for others.'],
    ['fil', 'pinagtawanan siya ng buong canteen nang matapunan siya ng sabaw'],
    ['id', 'Bertahun-tahun ia diejek karena logatnya'],
    ['ms', 'Mereka ketawakan dia di koridor sampai dia lari ke tandas.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
  it.each([
    ['en', 'Everyone laughs at you behind your back.'],
    ['en', "Let's all laugh at Mia."],
    ['en', 'lol we laughed at him so hard'],
    ['id', 'Ayo kita ketawain si Dimas rame-rame'],
    ['ms', 'Hahaha tengok muka dia menangis, lawak gila.'],
    ['id', 'Semua orang ketawain lo.'],
    ['fil', 'Tingnan mo yung tiyan niya, ang laki.']
  ])('said to someone, with a call to join in, or laughing along — %s: %s', (locale, text) =>
    expect(flags(text, locale)).toBe(true)
  )
})

describe('what a character does to other characters in a story attacks no real person', () => {
  it.each([
    ['id', 'di cerpenku, raja jahat menyebut rakyatnya "tikus" sebelum akhirnya digulingkan'],
    ['ms', 'watak ibu tiri dalam cerita Bawang Putih Bawang Merah memang kejam'],
    ['pt-BR', 'no roteiro da peça, o ditador do planeta Zork quer expulsar todos os terráqueos']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
  it.each([
    ['id', 'cerpen dia ngebosenin, dianya apalagi'],
    ['ms', 'Orang ateis patut ditembak je, senang cerita.'],
    ['pt-BR', 'Que asco ver dois caras se beijando na novela.'],
    ['es-MX', 'En el taller no queremos mujeres, aquí es trabajo de hombres']
  ])("someone's own work, an idiom, the speaker's disgust or a workshop — %s: %s", (locale, text) =>
    expect(flags(text, locale)).toBe(true)
  )
})

describe('pile-ons: doxxing and more harassing platform acts', () => {
  it.each([
    ['en', "drop her address in the gc, we're going over there"],
    ['es-MX', 'pásenme la dirección de ese wey, le caemos todos'],
    ['id', 'sebarin alamat rumahnya biar semua orang tau'],
    ['en', 'everybody unfollow olivia and tell her why in the comments'],
    ['fil', 'sabay-sabay nating i-unfriend si Lovely tapos i-shade natin sa my day']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', 'Can you share your address so I can send the invite?'],
    ['en', 'Who has the address of the new bakery?'],
    ['id', 'Kalau kamu di-bully, kamu bakal cerita ke siapa?'],
    ['en', 'Someone DM\'d my sister "hideous cow" and she cried all night.']
  ])('their own details, a place, or a question about being bullied — %s: %s', (locale, text) =>
    expect(flags(text, locale)).toBe(false)
  )
})

describe('sarcastic praise with an eye-roll, a clown or an upside-down face', () => {
  it.each([
    ['en', "wow so talented. truly. nobody's ever done this before. 🙄"],
    ['fil', 'edi wow, ikaw na magaling 🙄'],
    ['pt-BR', 'nossa, que profundo teu textão no face, ganhou o Nobel? 🙄'],
    ['id', 'pinter banget sih kamu, sampe 2+2 aja nanya google 🙃'],
    ['pt-BR', 'Nossa, como você é inteligente, doutor de boteco 🤡']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', 'Wow this traffic 🙄'],
    ['en', 'Wow. Just wow. Another Monday. 🙄'],
    ['en', 'Congrats Mia!! so proud 😂❤️']
  ])('rolled at a thing, or praise with laughter — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('an apology that takes nothing back, and Tagalog "yang si …"', () => {
  it.each([
    ['fil', 'ang pangit mo, sorry pero totoo'],
    ['en', "fat people disgust me and i'm not sorry"],
    ['en', "Sorry but you're ugly."],
    ['fil', 'sinungaling yang si Andrea, wag kayo maniniwala']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', 'Sorry I laughed at you, that was mean.'],
    ['en', "I'm sorry I called you stupid."],
    ['fil', 'iyan si Bea, ang bait niya']
  ])('a real apology, or praise — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('threats to leak pictures or chats', () => {
  it.each([
    ['en', "block me again and i'm leaking those pics"],
    ['es-MX', 'si mañana no borras esa foto, subo tus nudes a todos los grupos'],
    ['id', 'kalo lu ga transfer sampe jam 9, foto lu gue sebar'],
    ['fil', 'pag di mo binura yung video, ilalabas ko yung mga pics mo']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', "I'll post the pics from the party tomorrow!"],
    ['en', 'If you want, I can send you the photos.'],
    ['ms', 'kalau nak, aku hantar gambar tu esok']
  ])('sharing as a favour — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe("threats to someone's things, and weapons posted at someone", () => {
  it.each([
    ['ms', 'aku simbah cat merah kat pagar rumah kau malam ni'],
    ['en', 'i know which bus you take. see you monday 🔪'],
    ['pt-BR', 'sábado no baile a gente se encontra, fica esperto 🔪']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', "I'm gonna smash this workout 💪"],
    ['en', 'Chef Marco with his new knife set 🔪 so cool'],
    ['en', 'Love you, see you at dinner! 🔪🍕']
  ])('my own things, a chef, or warmth — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('an expletive opening a sentence about the speaker is an exclamation', () => {
  it.each([
    ['ms', 'Sial, kita menang betul-betul!'],
    ['ms', 'Celaka, aku terlupa bawa dompet.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
  it.each([
    ['ms', 'Sial, kau memang bodoh.'],
    ['en', "Idiot, I'm the one who pays here."]
  ])('aimed at someone, or an insult noun used as a vocative — %s: %s', (locale, text) =>
    expect(flags(text, locale)).toBe(true)
  )
})

describe('a stereotype asked as a question', () => {
  it.each([
    ['en', 'Why do women drive so badly?'],
    ['es-MX', '¿por qué las mujeres manejan tan mal?'],
    ['id', 'kenapa orang India selalu bau?'],
    ['en', 'Why are Mexicans always late?']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', 'Why do women always get paid less?'],
    ['en', 'Why are refugees always blamed for everything?'],
    ['en', 'Why do people treat Muslims like that?']
  ])('no judgement of the group, or a question about how others treat it — %s: %s', (locale, text) =>
    expect(flags(text, locale)).toBe(false)
  )
})
