import { describe, expect, it } from 'vitest'
import { cleanUserText, escapeAssText, MAX_CUE_GRAPHEMES, sanitizeAssField } from '../../../src/shared/ass/escape-text'

const WJ = '\u2060'
const NB = '\u00A0'

describe('escapeAssText: user text renders literally in libass', () => {
  it.each([
    ['plain', 'Hello, world', 'Hello, world'],
    ['override block', 'a{\\b1}b', `a\\{\\${WJ}b1\\}b`],
    ['lone braces', '{ } }{', '\\{ \\} \\}\\{'],
    ['typed \\N', 'line\\Nbreak', `line\\${WJ}Nbreak`],
    ['typed \\n and \\h', '\\n \\h', `\\${WJ}n \\${WJ}h`],
    ['typed \\{', '\\{', `\\${WJ}\\{`],
    ['double backslash', 'C:\\\\dir', `C:\\${WJ}\\${WJ}dir`],
    ['trailing backslash', 'end\\', `end\\${WJ}`],
    ['real newline', 'one\ntwo', 'one\\Ntwo'],
    ['CRLF and CR', 'a\r\nb\rc', 'a\\Nb\\Nc'],
    ['unicode line separators', 'a\u2028b\u2029c\u0085d', 'a\\Nb\\Nc\\Nd'],
    ['tab', 'a\tb', 'a b'],
    ['C0 and C1 controls and DEL removed', 'a\u0000b\u0007c\u001Bd\u007Fe\u0090f', 'abcdef'],
    ['leading/trailing spaces kept as NBSP', '  hi  ', `${NB}${NB}hi${NB}${NB}`],
    ['edge spaces per line', ' a \n b', `${NB}a${NB}\\N${NB}b`],
    ['inner spaces untouched', 'a  b', 'a  b'],
    ['bidi marks kept', '\u200Fمرحبا\u200E!', '\u200Fمرحبا\u200E!'],
    ['isolates kept', '\u2067abc\u2069', '\u2067abc\u2069'],
    ['ZWJ emoji kept', '👩‍👩‍👧 ok', '👩‍👩‍👧 ok'],
    ['ZWNJ kept', 'می\u200Cخواهم', 'می\u200Cخواهم'],
    ['lone surrogate replaced', 'a\uD800b', 'a\uFFFDb'],
    ['empty', '', '']
  ])('%s', (_label, input, expected) => {
    expect(escapeAssText(input)).toBe(expected)
  })

  it('caps very long text at MAX_CUE_GRAPHEMES with an ellipsis, without splitting a grapheme', () => {
    const long = 'ab '.repeat(700) // 2,100 characters
    const out = escapeAssText(long)
    expect(Array.from(out).length).toBeLessThanOrEqual(MAX_CUE_GRAPHEMES)
    expect(out.endsWith('…')).toBe(true)
    const emoji = '👩‍👩‍👧'.repeat(600)
    const capped = cleanUserText(emoji, 10)
    expect(capped).toBe(`${'👩‍👩‍👧'.repeat(9)}…`)
  })

  it('leaves text at the cap untouched', () => {
    const exact = 'x'.repeat(MAX_CUE_GRAPHEMES)
    expect(escapeAssText(exact)).toBe(exact)
  })
})

describe('sanitizeAssField', () => {
  it.each([
    ['Noto Sans', 'Noto Sans'],
    ['Evil,Font', 'Evil Font'],
    ['Bad}\\fnX{', 'Bad fnX'],
    ['two\nlines', 'two lines'],
    ['  pad  ', 'pad'],
    ['', '']
  ])('%j → %j', (input, expected) => {
    expect(sanitizeAssField(input)).toBe(expected)
  })
})
