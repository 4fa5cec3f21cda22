import { describe, expect, it } from 'vitest'
import { lintText } from '../../../src/shared/lint'
import { getLexicon } from '../../../src/shared/lint/analysis/lexicon'
import { corrections } from '../../../src/shared/lint/analysis/spelling'
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
    ['es-MX', 'Esos vecinos son unos estafadores']
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
    ['en', 'Thebestnursesarewomen']
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
  it('keeps two real words, and a capitalised name, apart', () => {
    expect(merged('no body', 'en')).toEqual(['no', 'body'])
    expect(merged('si Kat', 'fil')).toEqual(['si', 'kat'])
  })
})
