import { describe, expect, it } from 'vitest'
import { lintText, type LintIssue } from '../../../src/shared/lint'

/** [ruleId, severity, actual, context flags] of each finding: exact, in order. */
const brief = (issues: LintIssue[]) => issues.map((i) => [i.ruleId, i.severity, i.actual, (i.context ?? []).join(',')])
const lint = (text: string, locale = 'en') => brief(lintText(text, { locale }))

describe('second-person targeting raises severity', () => {
  it.each([
    ['Loser.', [['kind/insult/loser', 'warning', 'Loser', '']]],
    ['You are such a loser.', [['kind/insult/loser', 'error', 'loser', 'targeted']]],
    ["you're a loser", [['kind/insult/loser', 'error', 'loser', 'targeted']]],
    ['Kamu bodoh.', [['kind/insult/bodoh', 'error', 'bodoh', 'targeted']]]
  ])('%s', (text, expected) => {
    expect(lint(text, /Kamu/.test(text) ? 'ms' : 'en')).toEqual(expected)
  })
  it('fil: the pronoun after the word ("ang bobo mo") also targets', () => {
    expect(lint('Ang bobo mo.', 'fil')).toEqual([['kind/insult/bobo', 'error', 'bobo', 'targeted']])
  })
  it('pt-BR: "Você é um idiota" is an error', () => {
    expect(lint('Você é um idiota.', 'pt-BR')).toEqual([['kind/insult/idiota', 'error', 'idiota', 'targeted']])
  })
})

describe('negation and counter-speech lower to info', () => {
  it.each([
    ['You are not a loser.', 'kind/insult/loser', 'negated'],
    ["I don't think you're stupid.", 'kind/insult/stupid', 'negated'],
    ['Calling someone ugly is cruel.', 'kind/body/ugly', 'counter-speech'],
    ["It's not okay to call people ugly.", 'kind/body/ugly', 'counter-speech']
  ])('%s', (text, ruleId, flag) => {
    const issues = lintText(text, { locale: 'en' })
    expect(issues.map((i) => [i.ruleId, i.severity])).toEqual([[ruleId, 'info']])
    expect(issues[0].context).toContain(flag)
  })
  it('a negator inside the phrase counts ("I would never hurt you")', () => {
    expect(lint('I would never hurt you.')).toEqual([
      ['kind/threat/kill-you', 'info', 'I would never hurt you', 'targeted,negated']
    ])
  })
  it('"don\'t be such a …" forbids, it does not negate', () => {
    expect(lint("Don't be such a retard.")).toEqual([['kind/ableist/r-word', 'error', 'retard', '']])
  })
  it('negation stops at a clause boundary', () => {
    expect(lint("I don't care, you're stupid.")).toEqual([['kind/insult/stupid', 'error', 'stupid', 'targeted']])
  })
  it('ms: "jangan panggil dia bodoh" is counter-speech, not an insult', () => {
    expect(lint('Jangan panggil dia bodoh.', 'ms')).toEqual([
      ['kind/insult/bodoh', 'info', 'bodoh', 'negated,quoted,counter-speech']
    ])
  })
  // Lint v2 (issue 9): profanity that is aimed at nobody is shown but not flagged ("Tangina coffee
  // shop"), while profanity aimed at a person is; negation still does not excuse aimed profanity.
  it('profanity aimed at nobody is info (untargeted); aimed at a person it is flagged, negated or not', () => {
    expect(lint("I don't give a fuck.")).toEqual([['kind/profanity/f-word', 'info', 'fuck', 'untargeted']])
    expect(lint('Fuck you.').map(([, sev]) => sev)).toEqual(['error'])
  })
  // Lint v2 (issue 9): a slur inside reported speech or counter-speech is not flagged ("I never said
  // you were …", "calling someone … is not okay"); it is still shown at info with its context.
  it('a quoted or reported slur is info, not a flag', () => {
    expect(lint('He called me a faggot.')).toEqual([['kind/identity/f-slur', 'info', 'faggot', 'quoted']])
  })
})

describe('quotation and reported speech', () => {
  it('quoted insult is info and marked quoted', () => {
    expect(lint(`He said 'you're a loser' and left.`)).toEqual([
      ['kind/insult/loser', 'info', 'loser', 'targeted,quoted']
    ])
    expect(lint('She wrote “nobody likes you” on my desk.')).toEqual([
      ['kind/exclusion/nobody-likes-you', 'info', 'nobody likes you', 'targeted,quoted']
    ])
  })
  it('an apostrophe is not a quote', () => {
    expect(lint("you're stupid and you're mean")).toEqual([['kind/insult/stupid', 'error', 'stupid', 'targeted']])
  })
})

describe('obfuscation', () => {
  it.each([
    ['l.o.s.e.r', 'kind/insult/loser', 'l.o.s.e.r'],
    ['s t u p i d', 'kind/insult/stupid', 's t u p i d'],
    ['loooooser', 'kind/insult/loser', 'loooooser'],
    ['l0s3r', 'kind/insult/loser', 'l0s3r'],
    ['$tupid', 'kind/insult/stupid', '$tupid'],
    ['id10t', 'kind/insult/idiot', 'id10t'],
    ['f*ck', 'kind/profanity/f-word', 'f*ck'],
    ['sh!t', 'kind/profanity/s-word', 'sh!t'],
    ['l*o*s*e*r', 'kind/insult/loser', 'l*o*s*e*r']
  ])('%s', (text, ruleId, actual) => {
    const [issue] = lintText(text, { locale: 'en' })
    expect([issue.ruleId, issue.actual, issue.context?.filter((c) => c !== 'untargeted')]).toEqual([
      ruleId,
      actual,
      ['obfuscated']
    ])
  })
  it('joins spaced letters after a real one-letter word ("a s t u p i d kid")', () => {
    const [issue] = lintText('you are a s t u p i d kid', { locale: 'en' })
    expect([issue.actual, issue.range.start, issue.range.end]).toEqual(['s t u p i d', 10, 21])
  })
  it('does not join letters that spell nothing, and does not guess trailing masks', () => {
    expect(lintText('a b c d e', { locale: 'en' })).toEqual([])
    expect(lintText('what the f***', { locale: 'en' })).toEqual([])
    expect(lintText('wow!great a*b', { locale: 'en' })).toEqual([])
  })
})

describe('no substring hits', () => {
  it.each([
    'class',
    'assess',
    'Scunthorpe',
    'cocktail',
    'hello',
    'assassin',
    'Sussex',
    'shitake? no: Matsushita',
    'grapes',
    'therapist',
    'dumbbell',
    'Dick Van Dyke starred in it',
    'I love Dick Van Dyke'
  ])('%s', (text) => {
    expect(lintText(text, { locale: 'en' }).filter((i) => i.severity !== 'info')).toEqual([])
  })
  it('a curated insult in Title Case at the start of a sentence is still an insult', () => {
    expect(lint('Stupid Kevin.')).toEqual([['kind/insult/stupid', 'warning', 'Stupid', '']])
  })
  it('non-Latin scripts: word boundaries hold, Thai is segmented, nothing leaks across', () => {
    expect(lintText('Привет, loserовый мир — مرحبا loser', { locale: 'en' }).map((i) => i.actual)).toEqual(['loser'])
    // Thai has no spaces: Intl.Segmenter splits "ฉันชอบแมว" into ฉัน|ชอบ|แมว, so a deny-listed word matches as a word.
    const thai = lintText('ฉันชอบแมว loser', { locale: 'en', settings: { deny: ['แมว'] } })
    expect(thai.map((i) => [i.ruleId, i.range.start, i.actual])).toEqual([
      ['kind/deny/แมว', 6, 'แมว'],
      ['kind/insult/loser', 10, 'loser']
    ])
    expect(lintText('ฉันชอบแมวมาก', { locale: 'en', settings: { deny: ['ชอบแม'] } })).toEqual([])
  })
})
