import { describe, expect, it } from 'vitest'
import { lintText } from '../../../src/shared/lint'
import { getLexicon } from '../../../src/shared/lint/analysis/lexicon'
import { corrections, splitRunTogether } from '../../../src/shared/lint/analysis/spelling'
import { mergeSplitWords } from '../../../src/shared/lint/analysis/split-words'
import { tokenize } from '../../../src/shared/lint/tokenize'

/** Whether the lint raises a warning or an error (info is an explanation, not a flag). */
const flags = (text: string, locale = 'en') => lintText(text, { locale }).some((i) => i.severity !== 'info')

describe('spelling variation on the words a finding is built from, not only on insult words', () => {
  it.each([
    ['en', 'I hate wmoen.'],
    ['en', 'Muslims are a plauge.'],
    ['en', 'refugees are a parastie on this town'],
    ['en', 'Immigrants are a v i r u s.'],
    ['en', 'Trans people are disgustng.'],
    ['en', 'Lesbians are disgus ting.'],
    ['en', 'I cant standyou'],
    ['pt-BR', 'mulhernão presta pra nada'],
    ['es-MX', 'Odio a los mexicansos'],
    ['id', 'Gue be nci banget sama dia'],
    ['ms', 'Aku beci orang macam kau'],
    // a whole sentence typed together about a group, with or without a hot word
    ['en', 'refugeesareparasites'],
    ['en', 'ihatelesbians'],
    ['es-MX', 'losgayssonratas'],
    // a plural insult the dictionaries know is still read through its singular
    ['es-MX', 'Esos vecinos son unos estafadores'],
    // a letter missing from a four-letter hurtful word leaves three letters that are no word
    ['en', 'I hte women.'],
    ['es-MX', 'Odo a los chilangos, punto'],
    ['fil', 'Ang bbo mo talaga, kahit simpleng tanong di mo masagot'],
    // a word of a hurtful phrase run into its neighbour
    ['en', 'Those people breed likerats'],
    ['en', 'honestly sickof seeing her face in every video'],
    ['en', 'Jews are a canceron this world.'],
    ['en', 'gonna smashur face in tmrw'],
    // one space inside a hurtful word, next to a real word or at a sentence's start
    ['id', 'Udah gen dut pake legging ketat, kasian mata yang liat'],
    ['fil', 'Mal andi naman talaga siya diba?'],
    // a reduplicated plural written with a 2 (Malay, Indonesian)
    ['id', 'pengemis2 itu mending ditembak aja'],
    ['ms', 'muak aku tengok pondan2 ni'],
    // chat spellings of function words ("aq" ako, "s" sa, "sm" sama)
    ['fil', 'galit aq s mga bakla'],
    ['id', 'gw benci sm org gay']
  ])('%s: %s', (locale, text) => expect(flags(text, locale)).toBe(true))

  it.each([
    ['en', 'My therapist is great.'],
    ['en', 'Women are a blessing.'],
    ['en', 'The w i f i is a disaster today.'],
    ['fil', 'Nagluto si Kat ng adobo para sa lahat.'],
    ['id', 'anjay mabar sampe subuh'],
    ['pt-BR', 'o burro de carga ainda é usado na roça'],
    // an agglutinated word is not cut into letters and particles ("nag t u t ur o")
    ['fil', 'Salamat sa mga guro na nagtuturo kahit maliit ang sahod.'],
    // two real words are not one misspelt word ("mari con", "mon yet")
    ['es-MX', 'fui al cine, mari con juan'],
    ['id', 'kamu mon yet?'],
    // spaced letters keep their own last letter
    ['en', 'you are my F A T E'],
    ['en', 'Thebestnursesarewomen'],
    // three-letter real words are not a hurtful word missing a letter ("hug" thug, "rap" crap)
    ['en', 'Sending you a hug.'],
    ['fil', 'Ang lupit mo mag-rap, idol!'],
    ['en', 'Hey Lucas, your drawing is amazing, keep going!'],
    ['ms', 'Kawan-kawan dia berhenti balas mesej satu per satu'],
    // two real words stay two words, and a word's own ending is not a second word
    ['en', 'I use less sugar in my coffee now.'],
    ['en', 'my cousin brandon is visiting this weekend'],
    ['fil', 'Salot sa palayan ang mga daga ngayong taon.'],
    ['id', 'Aku pastiin kamu dapat tempat duduk, tenang aja'],
    // names, honorifics and abbreviations of three letters are not a hurtful word missing a letter
    ['en', 'Paz and I went to the beach.'],
    ['es-MX', 'Mao, ya llegué'],
    ['id', 'Kamu dmn sekarang?'],
    ['pt-BR', 'Vou pagar a fatura no SAP'],
    ['fil', 'Naging abo ang bahay nila'],
    ['id', 'Ban ci Lina bocor lagi.'],
    // a Tagalog word is not a Tagalog piece and an English one
    ['fil', 'Ang ganda ng langit ngayon.'],
    ['id', 'anak2 lagi main bola di lapangan'],
    ['ms', 'kawan2 aku semua baik'],
    ['id', 'Maling itu lari ke gang sebelah.'],
    ['fil', 'Ang ganda mo, s totoo lang.']
  ])('no person attacked, or a real word that is not a slip — %s: %s', (locale, text) =>
    expect(flags(text, locale)).toBe(false)
  )
})

describe('corrections', () => {
  const en = getLexicon('en')
  it('finds a target one swap, missing letter or doubled letter away', () => {
    expect(corrections('wmoen', en.spell)).toContain('women')
    expect(corrections('stpid', en.spell)).toContain('stupid')
    expect(corrections('stuppid', en.spell)).toContain('stupid')
  })
  it('adds a letter at an edge, or to a four-letter word, only towards a word that flags on its own', () => {
    expect(corrections('womn', en.spell)).not.toContain('women')
    expect(corrections('idio', en.spell)).toContain('idiot')
    const pt = getLexicon('pt-BR')
    expect(corrections('vota', pt.spell)).not.toContain('votar')
  })
  it('mends a three-letter non-word only towards a four-letter word that flags on its own', () => {
    expect(corrections('hte', en.spell)).toContain('hate')
    expect(corrections('ugy', en.spell)).toContain('ugly')
    // "hae" is in the English dictionary (Scots "have"): the guard keeps it as it is
    expect(getLexicon('en').guard.has('hae')).toBe(true)
  })
  it('does not drop an edge letter that is more often an affix than a slip', () => {
    const fil = getLexicon('fil')
    expect(corrections('nireport', fil.spell)).not.toContain('ireport')
  })
})

describe('mergeSplitWords', () => {
  const merged = (text: string, locale: string) => {
    const lex = getLexicon(locale)
    const tokens = tokenize(text)
    return (mergeSplitWords(tokens, lex, text) ?? tokens).map((t) => t.norm)
  }
  it('joins a word typed with one space inside it', () => {
    expect(merged('gue be nci dia', 'id')).toEqual(['gue', 'benci', 'dia'])
    expect(merged('so stu pid', 'en')).toEqual(['so', 'stupid'])
  })
  it('joins a real word and a non-word when together they spell a hurtful word of five letters or more', () => {
    expect(merged('udah gen dut', 'id')).toEqual(['udah', 'gendut'])
    expect(merged('Mal andi siya', 'fil')).toEqual(['malandi', 'siya'])
    // a name or fragment before a real word stays itself
    expect(merged('mari con juan', 'es-MX')).toEqual(['mari', 'con', 'juan'])
  })
  it('splits two words run together when one belongs to a hurtful phrase, not a word and its ending', () => {
    const en = getLexicon('en')
    expect(splitRunTogether('sickof', en)).toEqual(['sick', 'of'])
    expect(splitRunTogether('selfish', en)).toBeNull()
    const id = getLexicon('id')
    expect(splitRunTogether('pastiin', id)).toBeNull()
  })
  it('keeps two real words, and a capitalised name, apart', () => {
    expect(merged('no body', 'en')).toEqual(['no', 'body'])
    expect(merged('si Kat', 'fil')).toEqual(['si', 'kat'])
  })
})
