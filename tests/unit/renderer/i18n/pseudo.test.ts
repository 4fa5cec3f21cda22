import { describe, expect, it } from 'vitest'
import { pseudoLocalize, pseudoLocalizeTree } from '../../../../src/renderer/src/i18n/pseudo'

describe('pseudo-locale en-XA', () => {
  it.each([
    ['Save', '[Šáṽé ~~]'],
    ['Import {{count}} files', '[Íɱþöŕţ {{count}} ƒíļéš ~~~~]'],
    ['Hi <0>there</0>', '[Ĥí <0>ţĥéŕé</0> ~~~]'],
    ['', '[ ~]']
  ])('%s → %s', (input, expected) => {
    expect(pseudoLocalize(input)).toBe(expected)
  })

  it('grows text by about 40% and keeps nesting', () => {
    const text = 'Export the current project for every locale'
    expect(pseudoLocalize(text).length / text.length).toBeGreaterThanOrEqual(1.35)
    expect(pseudoLocalizeTree({ a: { b: 'Go' } })).toEqual({ a: { b: '[Ĝö ~]' } })
  })
})
