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

describe('normative harm with the subject after the modal, and deserved beatings', () => {
  it.each([
    ['ms', 'patutnya atheis ni dipenjara je'],
    ['fil', 'dapat ibitay mga bakla, kasalanan sila'],
    ['id', 'waria di lampu merah itu harus ditangkepin semua'],
    ['pt-BR', 'esse professor tinha que ser demitido e preso'],
    ['es-MX', 'a la Dayana deberían darle una buena madriza para que aprenda']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['fil', 'Dapat patayin mo ang ilaw.'],
    ['ms', 'Kau patut tangkap peluang ni.']
  ])('an agent clitic or a thing is not the one harmed — %s: %s', (locale, text) =>
    expect(flags(text, locale)).toBe(false)
  )
})

describe('exclusion in ordinary words: refusing people, no place for them, not one of us', () => {
  it.each([
    ['en', "We don't want Black kids on our team."],
    ['es-MX', 'en el equipo no queremos niñas, que se vayan'],
    ['pt-BR', 'esse condomínio não é lugar pra gente da tua laia'],
    ['id', 'kamu bukan bagian dari keluarga ini lagi'],
    ['fil', 'hindi ka parte ng pamilyang to, kahit kailan'],
    ['ms', 'kami tak nak kau kat sini']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', "We don't want war."],
    ['en', 'This is no place for hate.'],
    ['en', "I don't want you to leave."],
    ['es-MX', 'no quiero que te vayas'],
    ['id', 'gue ga mau lo pergi'],
    ['ms', 'aku tak nak kau sedih'],
    ['id', 'Kita nggak mau ngusir siapa pun dari kelas ini.']
  ])('a thing, a wish about someone, or no one in particular — %s: %s', (locale, text) =>
    expect(flags(text, locale)).toBe(false)
  )
})

describe('hopelessness: no one would notice you gone, better without you, never going to make it', () => {
  it.each([
    ['en', 'no one would come to your funeral lol'],
    ['id', 'ga ada yang bakal kangen kalo kamu ilang'],
    ['fil', 'mas magiging masaya lahat kung wala ka na'],
    ['pt-BR', 'Todos estariam melhor sem você.'],
    ['pt-BR', 'desiste do vestibular, tu não passa nem em mil anos'],
    ['id', 'lo ga bakal pernah jadi apa-apa, terima aja']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', "Don't worry, nobody will notice if you leave early."],
    ['en', "One day you'll miss me when I'm gone."],
    ['en', "You'll never be forgotten."],
    ['en', "You won't pass if you don't study."],
    ['pt-BR', 'Você não vai passar frio com esse casaco.'],
    ['es-MX', 'La fiesta no es igual sin ti, todos estaríamos más felices si vinieras.']
  ])('reassurance, advice or missing someone — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('threats by outcome: not getting home in one piece', () => {
  it.each([
    ['es-MX', 'cuídate mucho, Fer, porque no vas a llegar entero a tu casa'],
    ['fil', 'hindi ka na makakauwi nang buo bukas, Rhea'],
    ['id', 'berani lewat gang sini lagi, jangan harap pulang utuh'],
    ['pt-BR', 'se o juiz apitar contra a gente de novo, ele não sai inteiro do estádio']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', "I won't make it out alive from this exam lol"],
    ['en', "The cake didn't come out whole, it broke."],
    ['es-MX', 'No llegué vivo al viernes, qué semana.']
  ])('the speaker or a thing — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('asking leave to say something says it; a name before "itu" is the subject; illness labels', () => {
  it.each([
    ['id', 'ga salah kan kalo gue bilang Siti itu murahan?'],
    ['ms', 'salah ke kalau aku cakap orang Cina ni semua kedekut?'],
    ['fil', 'mali ba ako kung sabihin kong salot ang mga Chinese dito?'],
    ['id', 'Rina itu murahan banget.'],
    ['id', 'kenapa sih cewek selalu bego kalo soal nyetir?'],
    ['en', 'is it bad that i think trans people are mentally ill? just asking']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['id', 'HP itu jelek banget.'],
    ['pt-BR', 'Muitos idosos são surdos e precisam de legenda.'],
    ['pt-BR', 'Algumas mulheres são autistas e só descobrem tarde.'],
    ['en', 'Trans people are not mentally ill.'],
    ['pt-BR', 'Dizer que gays são doentes é homofobia.']
  ])('a thing, a description, a negation or counter-speech — %s: %s', (locale, text) =>
    expect(flags(text, locale)).toBe(false)
  )
})
