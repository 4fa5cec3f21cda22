import { describe, expect, it } from 'vitest'
import { lintText } from '../../../src/shared/lint'

/** Whether the lint raises a warning or an error (info is an explanation, not a flag). */
const flags = (text: string, locale = 'en') => lintText(text, { locale }).some((i) => i.severity !== 'info')

// Eighth session. Checked against the session-start engine (87c90cf): each "not flagged" case was
// flagged there and each "flagged" case missed, except those marked "still" (guards).

describe('what is said of a thing about a group is said of the thing', () => {
  it.each([
    ['en', "Jokes about gay people aren't funny."],
    ['es-MX', 'Los chistes sobre los gays no son graciosos, son crueles.'],
    ['pt-BR', 'As piadas sobre os gays não são engraçadas.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
  it.each([
    ['en', 'Violence against women is disgusting.'],
    ['id', 'Lelucon tentang orang Cina itu nggak lucu.'],
    ['fil', 'Ang mga biro tungkol sa mga bakla ay hindi nakakatawa.']
  ])('still not flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
  it.each([
    ['en', 'The smell of Indians is disgusting.'],
    ['en', 'Everything about gay people is disgusting.'],
    ['en', 'Women are disgusting.']
  ])('still: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
})

describe('a plural pronoun taking up a thing as the subject', () => {
  it.each([['en', "Jokes that mock Muslims aren't funny, they're cruel."]])('%s: %s', (locale, text) =>
    expect(flags(text, locale)).toBe(false)
  )
  it.each([['en', 'Jokes about Muslims are not funny, they are cruel.']])('still not flagged: %s: %s', (locale, text) =>
    expect(flags(text, locale)).toBe(false)
  )
  it.each([
    ['en', "Muslims make jokes, they're cruel."],
    ['en', 'I met some Muslims today, and they are disgusting.'],
    ['en', "Nice shoes — shame they're on a loser."]
  ])('still: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
})

describe('regard refused to a group, or said not to be deserved (refused-regard.ts)', () => {
  it.each([
    ['en', 'I will never respect women.'],
    ['en', "Don't trust Mexicans."],
    ['en', "Wouldn't trust Muslims to look after my dog."],
    ['en', "Muslims don't deserve an ounce of kindness."],
    ['pt-BR', 'Eu não gosto de gays.'],
    ['es-MX', 'No me gustan los gays.'],
    ['es-MX', 'Nunca voy a aceptar a los gays.'],
    ['id', 'Aku nggak percaya sama orang Cina.'],
    ['fil', 'Hindi ko igagalang ang mga bakla.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', "I don't trust him."],
    ['en', "I don't like Muslims' food."],
    ['en', "My mom doesn't like Chinese people."],
    ['en', "You don't deserve this."],
    ['en', "You don't deserve to be treated like that."],
    ['en', "I don't hate women."]
  ])('still not flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('spelling and intensifiers', () => {
  it.each([
    ['en', 'Women should be ki11ed.'],
    ['en', 'Women are complete trash.'],
    ['en', 'Women are utter garbage.'],
    ['en', 'Women are total pieces of shit.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', 'The movie is complete trash.'],
    ['en', 'bro this beat is so fucking good']
  ])('still not flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('a good quality denied to every member of a group (none-good.ts)', () => {
  it.each([
    ['es-MX', 'No existen gays decentes.'],
    ['pt-BR', 'Não existem gays decentes.'],
    ['pt-BR', 'Nunca conheci ciganos que prestassem.'],
    ['id', 'Gk ada orang Cina yg bisa dipercaya.'],
    ['ms', 'Tak ada orang Cina yang jujur.'],
    ['en', 'Not a single one of those Muslims is worth saving.'],
    ['es-MX', 'Nunca he conocido gays que valgan la pena.'],
    ['fil', 'Walang Muslim na mapagkakatiwalaan.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['ms', 'tak ada siapa cakap orang OKU tak boleh bekerja'],
    ['en', 'No Muslim deserves to be treated badly.'],
    ['en', 'No women were hurt, and the good news is everyone is safe.']
  ])('still not flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('humanity denied to a group: said, held or asked (humanity.ts)', () => {
  it.each([
    ['en', 'Gays are not people.'],
    ['en', "I don't consider Muslims human."],
    ['id', 'Gue gak nganggep orang Cina manusia.'],
    ['ms', 'Aku tak anggap orang India manusia.'],
    ['pt-BR', 'Desde quando gays são gente?'],
    ['en', 'Since when are Muslims people?'],
    ['es-MX', '¿Desde cuándo los gays son personas?'],
    ['es-MX', 'No considero a los gays personas.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', 'Refugees are not people to be feared.'],
    ['en', 'Refugees are people, not numbers.'],
    ['en', 'Gay people are people too.'],
    ['en', 'I never said Muslims are not people.'],
    ['en', 'Saying Muslims are not people is disgusting.']
  ])('still not flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('blaming those who harm a group defends it (against-harmers.ts)', () => {
  it.each([
    ['en', 'People who threaten Muslims should be ashamed of themselves.'],
    ['en', "Can't stand people who bully Muslims."],
    ['fil', 'Ayoko sa mga taong nambu-bully sa mga bakla.'],
    ['ms', 'Aplikasi ni sampah, tapi orang India pun guna.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
  it.each([
    ['en', 'People who bully Muslims should be shot.'],
    ['en', 'People who hate Muslims are right, Muslims are trash.'],
    ['fil', 'Ayoko sa mga bakla.'],
    ['en', 'Your drawings are trash and so are you.'],
    ['id', 'Gambarmu jelek, kamu juga.']
  ])('still: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
})

describe('a harm word used as a noun aimed at a group names harm done (harm-noun.ts)', () => {
  it.each([
    ['en', 'Police are investigating a string of attacks on Muslims.'],
    ['en', 'Hate crimes against Muslims rose last year, according to the annual report.'],
    ['es-MX', 'La ONG lanzó una campaña contra el odio hacia los gays.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
  it.each([
    ['en', "I'll attack on sight any Muslim."],
    ['es-MX', 'Odio hacia los gays, eso siento.'],
    ['en', 'I hate Muslims.']
  ])('still: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
})

describe('a counter phrase someone else is said to believe; a denied reason', () => {
  it.each([
    ['en', 'Muslims think they deserve respect, but they are just animals.'],
    ['en', "There's nothing good about Muslims. Nothing."],
    ['pt-BR', 'Não tem nada de bom nos gays.'],
    ['es-MX', 'No hay nada de bueno en los gays.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', 'I hate gays for no reason.'],
    ['en', 'Gays are no good.']
  ])('still: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', 'There is no good reason to hate gays.'],
    ['ms', 'Takde sebab pun nak benci orang India.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
  it.each([
    ['en', 'I think everyone deserves respect, and calling them animals is wrong.'],
    ['en', 'Nothing good about Mondays.'],
    ['es-MX', 'No hay razón para odiar a los gays.']
  ])('still not flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('Tagalog: intensive reduplication, the "ang" patient, "all" before a cursed group, negated counter phrases', () => {
  it.each([
    ['fil', 'Ang tatanga ng mga bakla, grabe.'],
    ['fil', 'Ang tatanga nila.'],
    ['fil', 'Pakyu sa lahat ng mga Muslim.'],
    ['fil', 'Dapat ipatapon palabas ng bansa ang mga Muslim.'],
    ['fil', 'Hinding-hindi ko rerespetuhin ang mga Muslim.'],
    ['en', 'Fuck all of the Muslims.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['fil', 'Dapat ipatapon ang basura.'],
    ['fil', 'Respetuhin natin ang mga bakla.'],
    ['en', 'Fuck this, all of you are great']
  ])('still not flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
  it('"tatanga-tanga" stays one phrase (one issue)', () =>
    expect(lintText('Tatanga-tanga ka.', { locale: 'fil' }).filter((i) => i.severity !== 'info')).toHaveLength(1))
})

describe('a place said to have got worse because a group came (arrival-blame.ts)', () => {
  it.each([
    ['en', 'This neighbourhood was nice before the Muslims showed up.'],
    ['en', 'Property values drop the minute Muslims show up.'],
    ['es-MX', 'La colonia era tranquila antes de que llegaran los gays.'],
    ['id', 'Sejak orang Papua pindah ke sini, kompleks jadi bau.'],
    ['fil', 'Bumaba ang presyo ng lupa mula nang dumating ang mga Muslim.'],
    ['pt-BR', 'O bairro era tranquilo antes dos gays chegarem.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', 'Since the refugees arrived, the town got livelier.'],
    ['en', 'Before the refugees arrived we had a quiet meeting to plan the welcome.'],
    ['en', 'The refugees arrived before the storm made things worse.']
  ])('still not flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('Brazilian and Mexican comments switching into English for the insult', () => {
  it.each([
    ['pt-BR', 'Kill all gays, tô falando sério.'],
    ['es-MX', 'I hate los gays, wey, neta.'],
    ['pt-BR', 'Os gays são subhuman, fato.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['pt-BR', 'Fuck os gays kkkk'],
    ['en', 'Gays are the worst, sorry not sorry.']
  ])('still (now by the rules, before by the model or as before): %s: %s', (locale, text) =>
    expect(flags(text, locale)).toBe(true)
  )
  it.each([
    ['pt-BR', 'Sou gay e moro em Recife'],
    ['es-MX', '¿Hacemos el corto en blanco y negro?'],
    ['en', 'Sorry I laughed at you.']
  ])('still not flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('a group spoken of as pests (pests.ts)', () => {
  it.each([
    ['pt-BR', 'Esse país tá infestado de gays.'],
    ['es-MX', 'Hay que fumigar la colonia, está llena de gays.'],
    ['pt-BR', 'O Brasil tá precisando de uma dedetização de gays.'],
    ['en', 'This city is overrun with Muslims.'],
    ['fil', 'Pinamumugaran na ng mga Muslim ang lugar na ito.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', 'The kitchen is infested with ants, the Muslims next door told us.'],
    ['es-MX', 'Fumigaron la casa de los gays ayer por las cucarachas.'],
    ['en', 'Calling Muslims an infestation is disgusting.']
  ])('still not flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('a thing the group uses, makes or is for: what is said is said of the thing (topic-of.ts)', () => {
  it.each([
    ['pt-BR', 'O ônibus que os gays pegam é uma merda, sempre atrasado.'],
    ['es-MX', 'El camión que toman los gays es una mierda, siempre llega tarde.'],
    ['pt-BR', 'O site de vagas pra gays é uma porcaria, vive caindo.'],
    ['es-MX', 'La página de empleos para gays es una basura.'],
    ['pt-BR', 'A comida do evento dos gays tava nojenta, mas o povo era ótimo.'],
    ['es-MX', 'La comida del evento de los gays estaba asquerosa, pero la gente fue lindísima.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
  it.each([
    ['pt-BR', 'Se prepara, semana que vem tu morre'],
    ['pt-BR', 'Os gays que moram aqui são nojentos.'],
    ['pt-BR', 'Os gays são uma merda.'],
    ['en', 'The smell of Indians is disgusting.']
  ])('still: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
})

describe("someone else's act or view, reported (others-views.ts)", () => {
  it.each([
    ['pt-BR', 'Que vergonha esse vídeo tratando os gays como animais.'],
    ['pt-BR', 'O governo trata os gays como lixo, isso é revoltante.'],
    ['es-MX', 'Si crees que los gays no deberían votar, el problema eres tú.'],
    ['pt-BR', 'Se vc acha que os gays não deviam votar, o problema é vc.'],
    ['pt-BR', 'Cansei de ver gente xingando os gays nos comentários.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
  it.each([
    ['en', 'Treat Muslims like animals.'],
    ['en', 'We treat Muslims like animals, as they deserve.'],
    ['en', 'If Muslims come here, they are animals.']
  ])('still: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
})

// Written from an independent review's probes of this session's first versions (631 probes, 141
// regressions reported; these pin a sample of the fixes)
describe('review fixes', () => {
  it.each([
    ['en', 'Crime dropped after the Syrians moved in, police say'],
    ['en', "Before the Koreans came, the town was quiet; now it's lively and fun"],
    ['en', "I don't want Muslims to feel unsafe in this city"],
    ['pt-BR', 'Quem não respeita os gays não é meu amigo'],
    ['en', "I don't date men, I'm a lesbian lol"],
    ['pt-BR', 'As mulheres não merecem nada disso'],
    ['es-MX', 'Las mujeres no merecen vivir con miedo'],
    ['en', "I've never met a Muslim who wasn't kind to me"],
    ['en', 'No gay person is worth less than anyone else'],
    ['pt-BR', 'A casa dos meus avós tem cheiro de mofo'],
    ['pt-BR', 'Execute o comando como administrador, pessoal'],
    ['en', 'Muslims are not people you need to fear'],
    ['en', 'You are honestly so so fucking talented']
  ])('not flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
  it.each([
    ['en', 'At the mall I saw some Mexicans, they were filthy'],
    ['pt-BR', 'Essa cidade tá cheia de haitianos, eles são uns porcos'],
    ['en', 'This movie is trash and so are you lol'],
    ['en', 'There should be more attacks on Muslims'],
    ['es-MX', 'Los migrantes que acosan a nuestras mujeres son unas bestias'],
    ['en', "Anyone who hates Jews is right, they're parasites"],
    ['ms', 'Tak perlu sebab nak benci orang India'],
    ['ms', 'OKU tak patut dibiarkan hidup.']
  ])('flagged: %s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
})
