import { describe, expect, it } from 'vitest'
import { lintText } from '../../../src/shared/lint'

/** Whether the lint raises a warning or an error (info is an explanation, not a flag). */
const flags = (text: string, locale = 'en') => lintText(text, { locale }).some((i) => i.severity !== 'info')

describe('a copula says something of its subject, not of a word inside a relative clause', () => {
  it.each([
    ['en', 'The girl who sits behind me in class is a pig.'],
    ['es-MX', 'El chavo que se sienta junto a mí es un cerdo.'],
    ['pt-BR', 'O menino que senta do meu lado é um porco.'],
    ['id', 'Cowok yang duduk di sebelah gue itu jelek banget.'],
    ['ms', 'Budak yang duduk sebelah aku tu hodoh gila.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', 'The film that you made is trash.'],
    ['es-MX', 'La canción que escribiste es una basura.'],
    ['en', 'The guy who helped me is amazing.']
  ])('a thing or praise stays unflagged — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe("a noun phrase after a copula is said of the copula's subject", () => {
  it('"he\'s a disgusting pig" is about him, "this phone is a disgusting brick" about the phone', () => {
    expect(flags("Honestly he's a disgusting pig.")).toBe(true)
    expect(flags('This phone is a disgusting brick.')).toBe(false)
    expect(flags('He has a disgusting car.')).toBe(false)
  })
})

describe('a thing noun right before an insult noun only says which one', () => {
  it.each([
    ['en', "See the girl in the red hoodie? She's the class slut."],
    ['en', "He's the office idiot."]
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', 'She is the class president.'],
    ['en', 'This is the class garbage can.']
  ])('no insult said of a person — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('Portuguese "e" before a person and an echo word is "and", not an unaccented "é"', () => {
  it.each([
    ['pt-BR', 'Tua música é um lixo e você também.'],
    ['pt-BR', 'Esse desenho é feio e você também.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['pt-BR', 'Ela é linda e você também.'],
    ['pt-BR', 'O filme é chato e eu também acho.']
  ])('praise, or the speaker agreeing — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('an adverb between a group and a stereotype adjective ("always so violent")', () => {
  it.each([
    ['en', 'Why are Muslims always so violent?'],
    ['en', 'Immigrants are inherently dangerous.'],
    ['en', 'Muslims are so violent.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', 'That storm was so violent.'],
    ['en', 'The game is way too violent for kids.'],
    ['en', 'Muslims are not violent.']
  ])('a thing, or a negation — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('"nothing but" is said with a negator and still asserts', () => {
  it.each([
    ['es-MX', 'Los gays no son más que basura.'],
    ['pt-BR', 'Os gays não passam de lixo.'],
    ['ms', 'Orang Cina tak lain tak bukan sampah.'],
    ['fil', 'Walang iba kundi basura ang mga bakla.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['es-MX', 'Los gays no son basura.'],
    ['es-MX', 'No es más que un juego.'],
    ['ms', 'Dia bukan sampah.']
  ])('a plain negation, or no person — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe("groups called a burden, animals, a disease, or shut out, in each market's words", () => {
  it.each([
    ['es-MX', 'Los migrantes son una carga para la sociedad.'],
    ['es-MX', 'Los indígenas deberían estar en un zoológico.'],
    ['es-MX', 'Los venezolanos no merecen vivir aquí.'],
    ['pt-BR', 'Os haitianos são um peso pra sociedade.'],
    ['pt-BR', 'Temos que nos livrar dos nordestinos.'],
    ['id', 'Orang Papua itu binatang.'],
    ['id', 'Imigran harusnya pulang ke negaranya.'],
    ['ms', 'Pendatang asing ni barah.'],
    ['ms', 'Orang Bangladesh buat aku jijik.'],
    ['fil', 'Pabigat lang sa bansa ang mga dayuhan.'],
    ['fil', 'Hindi dapat tumira dito ang mga Muslim.'],
    ['es-MX', 'A los gays deberían humillarlos en público.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['es-MX', 'Amo a los gordos.'],
    ['es-MX', 'Hoy voy a una fiesta con los gordos.'],
    ['id', 'Orang gendut itu hebat.'],
    ['id', 'Korupsi itu merugikan negara.'],
    ['es-MX', 'No deberían humillar a nadie.']
  ])('a group named, or no one — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('"está mal hecha" (badly done) is not the counter-speech "está mal" (that is wrong)', () => {
  it('es-MX', () => {
    expect(flags('esa tarea está mal hecha, eres un inútil', 'es-MX')).toBe(true)
    expect(flags('Eso está mal, nadie merece que le digan inútil.', 'es-MX')).toBe(false)
  })
})

describe('a place phrase between a person or group and what is said of them', () => {
  it.each([
    ['pt-BR', 'mulher no volante é tudo burra'],
    ['en', 'Gay couples in cartoons turn my stomach.'],
    ['es-MX', 'ellos no tienen cerebro, nomás hacen ruido']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['fil', 'si Bantay ang pinakatamad na aso sa buong kalye 🐶'],
    ['pt-BR', 'mano, tu matou a pau no show ontem'],
    ['en', 'The food at the cafeteria is disgusting.'],
    ['es-MX', 'El clima en la ciudad da asco.']
  ])('said of a thing, or praise — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('someone said to be dead in a sentence that sets a condition is threatened', () => {
  it.each([
    ['en', "If Maya talks to my boyfriend again, she's dead."],
    ['en', "She's dead if she comes here again."]
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', "Grandma? She's dead."],
    ['en', 'If the battery is dead, charge it.'],
    ['en', 'If you ask me, the old printer is dead.']
  ])('news, or a thing — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('es/pt: an object clitic stands for the thing named before it; "soy la persona más…" is the speaker', () => {
  it.each([
    ['es-MX', 'esa canción es un asco, no la soporto'],
    ['pt-BR', 'esse filme é um lixo, não o suporto'],
    ['es-MX', 'Soy la persona más floja del mundo los domingos.'],
    ['pt-BR', 'Sou a pessoa mais preguiçosa do mundo.'],
    ['es-MX', 'Soy pésimo para las mate, qué oso.']
  ])('no one else — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
  it.each([
    ['es-MX', 'Esa vieja es un asco, no la soporto.'],
    ['es-MX', 'Si ese haitiano entra a la tienda, lo golpeamos'],
    ['es-MX', 'La Brenda no va a la fiesta, nadie la soporta'],
    ['es-MX', 'tu canción está de la verga, igual que tú'],
    ['es-MX', 'Eres la persona más floja del mundo.']
  ])('a person — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
})

describe('a subject the previous sentence named and this one drops', () => {
  it.each([
    ['es-MX', 'Ayer conocí a unos de los migrantes. Son asquerosos.'],
    ['pt-BR', 'Conheci uns dos nordestinos ontem. São nojentos.'],
    ['ms', 'Orang Bangladesh? Semua penipu.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['es-MX', 'Fui al cine con mis primos. Son muy divertidos.'],
    ['pt-BR', 'Conheci uns gays ontem. São ótimos.'],
    ['ms', 'Aku jumpa orang India semalam. Baik sangat.'],
    ['es-MX', 'Hablé con los vecinos. Qué asco de clima.'],
    // a thing named after the group is what the next sentence describes
    ['es-MX', 'Vinieron los migrantes a la junta. Aburrida, como siempre.'],
    ['fil', 'Maraming Muslim sa palengke kanina. Ang dumi.'],
    ['ms', 'Orang Indon ramai kat pasar malam tadi. Kotor gila.']
  ])('praise, or a thing — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe("threats, curses and implicit derogation of groups in each market's words", () => {
  it.each([
    ['en', 'Gay people can go to hell.'],
    ['en', 'Death to all Muslims.'],
    ['en', "I'd rather die than be friends with immigrants."],
    ['es-MX', 'Que se vayan al infierno los judíos.'],
    ['es-MX', 'Muerte a todos los indígenas.'],
    ['es-MX', 'Nunca confíes en los venezolanos.'],
    ['pt-BR', 'Morte a todos os imigrantes.'],
    ['pt-BR', 'Prefiro morrer a ser amigo dos gays.'],
    ['id', 'Persetan sama orang Yahudi.'],
    ['id', 'Orang Papua itu penyebab negara ini hancur.'],
    ['ms', 'Baik aku mati daripada berkawan dengan orang India.'],
    ['ms', 'Pergi mampus.'],
    ['fil', 'Kamatayan sa lahat ng mga Muslim.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', 'Never trust a stranger online.'],
    ['en', 'Death to the patriarchy!'],
    ['en', 'The hate against immigrants must stop.'],
    ['pt-BR', 'Eles vão pagar por isso amanhã no caixa.'],
    ['fil', 'Magbabayad siya ng utang bukas.'],
    ['id', 'Dia takut masuk neraka.'],
    ['es-MX', 'Muerte a los zancudos!'],
    ['en', 'Kids will never feel safe if we keep cutting school nurses.'],
    ['en', 'Keep the guns out of our schools.'],
    ['fil', 'Huwag kang magtitiwala sa kahit sino online.'],
    ['id', 'Dia takut masuk neraka aja kok.']
  ])('no one threatened or insulted — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
  it.each([
    ['pt-BR', 'Tenho ódio contra os gays.'],
    ['en', 'I have so much hate against Muslims.'],
    ['id', 'Orang yang menghina Islam harus dibunuh.'],
    ['es-MX', 'La invasión de migrantes tiene que parar, son una plaga.'],
    ['id', 'Aku punya kebencian terhadap orang Cina, mereka sampah.']
  ])('words that often condemn do not hide hate said with them — %s: %s', (locale, text) =>
    expect(flags(text, locale)).toBe(true)
  )
  it('a one-word curse used as an intensifier is not aimed across a modal', () => {
    expect(flags('You guys should fucking come to the party tonight!')).toBe(false)
  })
})

describe('pile-ons: a harassing act at a person with a call on others or an "until" goal', () => {
  it.each([
    ['en', "Everybody report Liam's account until it gets deleted."],
    ['es-MX', 'Reporten la cuenta de Diego todos, hasta que la borren.'],
    ['pt-BR', 'Galera, vamos denunciar o perfil do Caio até cair.'],
    ['id', 'Ayo semua spam akun Dimas sampai dia tutup akun.'],
    ['ms', 'Jom semua report akaun Aiman sampai kena ban.'],
    ['fil', 'Guys, i-report natin account ni Bea hanggang ma-ban.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it("says what a pile-on is, in the line's language, under its own rule id", () => {
    const [issue] = lintText('Ayo semua report akun Putri sampai di-banned.', { locale: 'id' })
    expect(issue.ruleId).toBe('kind/threat/pile-on')
    expect(issue.explanation).toMatch(/keroyokan/)
    expect(issue.suggestions?.[0]).toMatch(/laporkan sekali/)
  })
  it.each([
    ['en', 'I reported the bug until they fixed it.'],
    ['en', 'Stop reporting her account, everyone, that is bullying.'],
    ['pt-BR', 'Denunciei o golpe até resolverem.']
  ])('no person, or a call to stop, is not a pile-on — %s: %s', (locale, text) =>
    expect(flags(text, locale)).toBe(false)
  )
})

describe('sentences typed together or letter by letter are read as words', () => {
  it.each([
    ['en', 'youareapatheticloser'],
    ['en', 'ur a u g l y c o w'],
    ['es-MX', 'eresunabasuradepersona'],
    ['pt-BR', 'vocêéumlixodepessoa'],
    ['id', 'kamuitusampahbanget'],
    ['ms', 'kaumemanghodohgila']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each(['dumbbell', 'deadline', 'I like a b c d e', 'Thisisawesome', 'youareamazing'])(
    'a compound word or a kind sentence is not cut into an insult: %s',
    (text) => expect(flags(text)).toBe(false)
  )
})

describe('a negative question that asks for agreement asserts what it says of someone', () => {
  it.each([
    ['en', "Isn't he the laziest guy you know?"],
    ['es-MX', '¿No es él el más tonto del salón?'],
    ['ms', 'Dia ni bukan ke budak paling bodoh dalam kelas?'],
    ['fil', 'Di ba siya ang pinakabobo sa klase?']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', "You're not stupid, ok?"],
    ['en', "Aren't you tired of being called stupid?"],
    ['es-MX', '¿No crees que decirle tonto es feo?']
  ])('a denial or a sympathetic question stays unflagged — %s: %s', (locale, text) =>
    expect(flags(text, locale)).toBe(false)
  )
})

describe('barring a named person or group from a place', () => {
  it.each([
    ['id', 'Cowok dilarang masuk grup ini.'],
    ['ms', 'Orang Cina tak dibenarkan masuk kedai ni.'],
    ['pt-BR', 'Gay não entra no meu time.'],
    ['es-MX', 'Los indígenas no entran a este antro.'],
    ['fil', 'Bawal bakla sa team namin.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['id', 'Dilarang masuk, lagi rapat.'],
    ['en', 'No dogs allowed.'],
    ['es-MX', 'No entran bebidas al cine.']
  ])('signage with no one named is not — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('threats the lexicon does not list word for word', () => {
  it.each([
    ['en', 'if u snitch to the coach im gonna hurt u'],
    ['pt-BR', 'Se tu contar pra alguém, eu quebro teu braço.'],
    ['es-MX', 'Te parto la cara si vuelves a hablarle.'],
    ['en', "Say that again and you'll regret it for the rest of your life."],
    ['id', 'Gue pastiin lo nyesel udah ngomong gitu.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', 'If he said he would hurt you, tell me.'],
    ['en', "You'll regret not coming to the concert, it's amazing."],
    ['en', 'She broke her leg skiing.'],
    ['en', "You won't regret it!"]
  ])('a reported threat, missing out or an accident is not — %s: %s', (locale, text) =>
    expect(flags(text, locale)).toBe(false)
  )
})

describe('contempt: the one who "makes me" feel it is the target', () => {
  it.each([
    ['id', 'Orang Batak tuh bikin gue muak.'],
    ['ms', 'Budak-budak Bangla ni buat aku meluat.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it('weather that makes me sick is not a person', () => expect(flags('Hujan terus bikin gue muak.', 'id')).toBe(false))
})

describe('mockery: laughing at what someone thinks they can do', () => {
  it('the person after the verb of believing', () => expect(flags('Liam seriously thinks he can rap 😂😂')).toBe(true))
  it('no laughter, no mockery', () => expect(flags('I think he can win this.')).toBe(false))
})

describe('talking about the act of mocking people, and asking for a scene, are not mockery', () => {
  it.each([
    ['en', 'Making fun of someone for their weight is cowardly.'],
    ['pt-BR', 'Zoar a aparência dos outros não te faz melhor.'],
    ['id', 'Ngeledek orang karena logatnya itu nggak lucu.'],
    ['en', 'Write a scene where the bully mocks her drawing and she walks away.'],
    ['es-MX', 'Escribe una escena donde el bully se burla del nuevo y sus amigos lo defienden.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
  it('laughing at "people like you" is aimed at you', () =>
    expect(flags('Laughing at people like you is my favourite hobby.')).toBe(true))
})

describe('"imagine being …" with an unkind word is ridicule, not a hypothetical', () => {
  it.each([
    ['en', 'Imagine being this dumb at your age lol'],
    ['pt-BR', 'Imagina ser tão burro assim na frente da turma toda.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it.each([
    ['en', "Imagine being told you're worthless every day. How would that feel?"],
    ['en', 'Imagine being the new kid at school with no friends.'],
    ['en', 'Imagine being me and failing the driving test four times 💀'],
    ['es-MX', 'Imagínate que te digan gorda todos los días, qué horrible.']
  ])('empathy, the speaker or a scene is not — %s: %s', (locale, text) => expect(flags(text, locale)).toBe(false))
})

describe('groups as targets in more sentence shapes', () => {
  it.each([
    ['id', 'Orang Madura harus diusir dari kota ini.'],
    ['ms', 'Pendatang asing patut dihalau dari negeri ni.'],
    ['pt-BR', 'Odeio gordos.'],
    ['fil', 'Salot ang mga mataba sa lipunan.']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))
  it('a normative passive about a thing is not', () =>
    expect(flags('Sampah harus dibuang dari rumah ini.', 'id')).toBe(false))
})

describe('profanity exclamations with an article are not aimed at "her"', () => {
  it('"A la verga, se me cayó el helado" is an exclamation; "Vete a la verga" is still aimed', () => {
    expect(flags('A la verga, se me cayó el helado.', 'es-MX')).toBe(false)
    expect(flags('Vete a la verga.', 'es-MX')).toBe(true)
  })
})
