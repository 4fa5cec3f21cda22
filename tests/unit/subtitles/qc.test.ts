import { describe, expect, it } from 'vitest'
import type { Cue } from '../../../src/shared/project/schema'
import {
  applyQcFix,
  applyQcFixToTrack,
  fillTemplate,
  limitsFor,
  QC_MESSAGES_EN,
  QC_RULES,
  runQc
} from '../../../src/shared/subtitles/qc'
import { setTranslation, translationStatus } from '../../../src/shared/subtitles/translations'

const cue = (id: string, startMs: number, endMs: number, text: string): Cue => ({ id, startMs, endMs, text })
const summary = (cues: Cue[], opts: Parameters<typeof runQc>[1]) =>
  runQc(cues, opts).map((i) => `${i.cueId} ${i.ruleId} ${i.severity}`)

describe('QC rules (netflix profile: 42 cpl, 2 lines, 17 cps, 833–7000 ms, 2-frame gap)', () => {
  const opts = { profile: 'netflix', fps: 30, clipDurationMs: 20_000, endCardStartMs: 19_500 }

  it('a clean track has no issues', () => {
    expect(runQc([cue('a', 0, 2000, 'Hello there.'), cue('b', 2100, 4000, 'How are you?')], opts)).toEqual([])
  })

  it('reports each rule with exact messages, params and fixes', () => {
    const cues = [
      cue('long', 0, 4000, 'This line is definitely much longer than forty-two characters'),
      cue('three', 4100, 8000, 'one\ntwo\nthree'),
      cue('fast', 8100, 9000, 'Far too many words for such a short time'),
      cue('short', 9100, 9500, 'Hi'),
      cue('slow', 10000, 17500, 'Long'),
      cue('gap', 17550, 18000, 'Gap'),
      cue('touch', 18010, 18900, 'Next'),
      cue('over', 18800, 19800, 'Overlap'),
      cue('empty', 19900, 19950, ' \u200b '),
      cue('out', 21000, 22000, 'After the clip')
    ]
    const issues = runQc(cues, opts)
    expect(issues.map((i) => `${i.cueId} ${i.ruleId} ${i.severity}`)).toEqual([
      'long max-cpl error',
      'three max-lines error',
      'fast reading-speed warning',
      'short min-duration warning',
      'slow max-duration warning',
      'slow min-gap warning',
      'gap min-duration warning',
      'gap min-gap warning',
      'touch overlap error',
      'over under-end-card warning',
      'empty empty-cue error',
      'empty under-end-card warning',
      'out outside-clip error'
    ])
    const by = (id: string, rule: string) => issues.find((i) => i.cueId === id && i.ruleId === rule)!
    expect(by('long', 'max-cpl')).toEqual({
      ruleId: 'max-cpl',
      cueId: 'long',
      severity: 'error',
      messageKey: 'qc.maxCpl',
      params: { width: 61, max: 42 },
      message: 'Line is 61 characters wide; the limit is 42.',
      fix: { kind: 'rebreakLines', cueId: 'long', maxCpl: 42, maxLines: 2, locale: 'en' }
    })
    expect(applyQcFix(cues, by('long', 'max-cpl').fix!)[0].text).toBe(
      'This line is definitely much\nlonger than forty-two characters'
    )
    expect(by('three', 'max-lines').fix).toEqual({
      kind: 'rebreakLines',
      cueId: 'three',
      maxCpl: 42,
      maxLines: 2,
      locale: 'en'
    })
    expect(applyQcFix(cues, by('three', 'max-lines').fix!)[1].text).toBe('one two three')
    expect(by('fast', 'reading-speed')).toMatchObject({
      params: { cps: 44.4, max: 17 },
      message: 'Reading speed is 44.4 characters per second; the limit is 17.'
    })
    expect(by('fast', 'reading-speed').fix).toBeUndefined() // the next cue leaves no room
    expect(by('short', 'min-duration').fix).toEqual({ kind: 'setTiming', cueId: 'short', startMs: 9100, endMs: 9933 })
    expect(by('slow', 'max-duration').fix).toEqual({ kind: 'setTiming', cueId: 'slow', startMs: 10000, endMs: 17000 })
    expect(by('gap', 'min-gap')).toMatchObject({
      params: { gapMs: 10, min: 67, frames: 2 },
      fix: { kind: 'setTiming', cueId: 'gap', startMs: 17550, endMs: 17943 }
    })
    expect(by('touch', 'overlap')).toMatchObject({
      params: { otherCueId: 'over', overlapMs: 100 },
      message: 'Cue overlaps the next cue by 100 ms.',
      fix: { kind: 'setTiming', cueId: 'touch', startMs: 18010, endMs: 18733 }
    })
    expect(by('over', 'under-end-card').fix).toEqual({ kind: 'setTiming', cueId: 'over', startMs: 18800, endMs: 19500 })
    expect(by('out', 'outside-clip').fix).toEqual({ kind: 'deleteCue', cueId: 'out' })
    expect(by('empty', 'empty-cue').fix).toEqual({ kind: 'deleteCue', cueId: 'empty' })
    // The English message is the i18n template filled with the params, for every rule.
    for (const i of [
      ...issues,
      ...runQc([cue('x', 19_000, 21_000, 'x')], { profile: 'netflix', clipDurationMs: 20_000, rules: ['outside-clip'] })
    ]) {
      expect(fillTemplate(QC_MESSAGES_EN[i.messageKey], i.params)).toBe(i.message)
    }
    expect(Object.keys(QC_MESSAGES_EN).sort()).toEqual(QC_RULES.map((r) => r.messageKey).sort())
  })

  it('overlap and min-gap fixes end the cue a gap before the next', () => {
    const issues = runQc([cue('a', 0, 2000, 'One'), cue('b', 1500, 3000, 'Two'), cue('c', 3020, 4500, 'Three')], {
      ...opts,
      rules: ['overlap', 'min-gap']
    })
    expect(issues.map((i) => [i.cueId, i.ruleId, i.fix])).toEqual([
      ['a', 'overlap', { kind: 'setTiming', cueId: 'a', startMs: 0, endMs: 1433 }],
      ['b', 'min-gap', { kind: 'setTiming', cueId: 'b', startMs: 1500, endMs: 2953 }]
    ])
  })

  it('trims a cue that runs past the clip end', () => {
    expect(
      runQc([cue('a', 19_000, 21_000, 'End')], {
        profile: 'netflix',
        clipDurationMs: 20_000,
        rules: ['outside-clip']
      })[0].fix
    ).toEqual({ kind: 'setTiming', cueId: 'a', startMs: 19_000, endMs: 20_000 })
  })

  it('uses the frame rate for the minimum gap', () => {
    const cues = [cue('a', 0, 1000, 'One'), cue('b', 1050, 2000, 'Two')]
    expect(summary(cues, { profile: 'netflix', fps: 30, rules: ['min-gap'] })).toEqual(['a min-gap warning'])
    expect(summary(cues, { profile: 'netflix', fps: 60, rules: ['min-gap'] })).toEqual([])
  })
})

describe('profiles and locales', () => {
  const text = 'Sometimes the bravest thing is to sit down' // 42 wide
  it('social is narrower and allows three lines and faster reading', () => {
    expect(limitsFor('social')).toEqual({
      maxCpl: 32,
      maxLines: 3,
      maxCps: 21,
      minDurationMs: 700,
      maxDurationMs: 6000,
      minGapFrames: 1
    })
    expect(summary([cue('a', 0, 3000, text)], { profile: 'netflix' })).toEqual([])
    expect(summary([cue('a', 0, 3000, text)], { profile: 'social' })).toEqual(['a max-cpl error'])
    expect(summary([cue('a', 0, 3000, 'one\ntwo\nthree')], { profile: 'social' })).toEqual([])
    expect(summary([cue('a', 0, 2000, 'x'.repeat(40))], { profile: 'social', rules: ['reading-speed'] })).toEqual([])
    expect(summary([cue('a', 0, 2000, 'x'.repeat(40))], { profile: 'bbc', rules: ['reading-speed'] })).toEqual([
      'a reading-speed warning'
    ])
  })

  it('counts CJK full-width characters as 2 and uses the locale override', () => {
    const ja = '今日はみんなで一緒に帰ろうね' // 14 chars, width 28
    expect(limitsFor('netflix', 'ja-JP')).toMatchObject({ maxCpl: 26, maxCps: 4 })
    expect(runQc([cue('a', 0, 5000, ja)], { profile: 'netflix', locale: 'ja', rules: ['max-cpl'] })[0].params).toEqual({
      width: 28,
      max: 26
    })
    expect(summary([cue('a', 0, 5000, ja)], { profile: 'netflix', locale: 'en', rules: ['max-cpl'] })).toEqual([])
  })

  it('unknown profile ids fall back to social; every rule has its own file and id', () => {
    expect(limitsFor('nope')).toEqual(limitsFor('social'))
    expect(QC_RULES.map((r) => r.id)).toEqual([
      'empty-cue',
      'outside-clip',
      'overlap',
      'max-lines',
      'max-cpl',
      'reading-speed',
      'min-duration',
      'max-duration',
      'min-gap',
      'under-end-card'
    ])
    expect(new Set(QC_RULES.map((r) => r.messageKey)).size).toBe(QC_RULES.length)
  })
})

describe('applying fixes', () => {
  it('offers a re-break only when the text can fit', () => {
    const tooMuch = runQc([cue('a', 0, 9000, 'word '.repeat(20).trim())], { profile: 'netflix', rules: ['max-cpl'] })
    expect(tooMuch[0].fix).toBeUndefined()
    const noSpaces = runQc([cue('a', 0, 9000, 'x'.repeat(50))], { profile: 'netflix', rules: ['max-cpl'] })
    expect(noSpaces[0].fix).toBeUndefined()
  })

  it('applies each kind of fix purely and clears the issue', () => {
    const cues = [cue('a', 0, 300, 'Hi'), cue('b', 2000, 3000, ''), cue('c', 4000, 5000, 'one\ntwo\nthree')]
    let fixed = cues
    for (const issue of runQc(cues, { profile: 'netflix' })) if (issue.fix) fixed = applyQcFix(fixed, issue.fix)
    expect(fixed).toEqual([cue('a', 0, 833, 'Hi'), cue('c', 4000, 5000, 'one two three')])
    expect(runQc(fixed, { profile: 'netflix' })).toEqual([])
    expect(cues[0].endMs).toBe(300)
  })

  it('on a track: text fixes go to the translation, timing fixes to the source (marking translations outdated)', () => {
    let track = { cues: [cue('a', 0, 300, 'Hi'), cue('b', 1000, 3000, 'Okay')], translations: {} }
    track = setTranslation(track, 'ms', 'a', 'Hai', 'done')
    track = setTranslation(track, 'ms', 'b', 'satu\ndua\ntiga\nempat', 'done')
    const textFix = { kind: 'setText', cueId: 'b', text: 'satu dua tiga empat' } as const
    const t1 = applyQcFixToTrack(track, textFix, 'ms')
    expect(t1.cues).toEqual(track.cues)
    expect(t1.translations.ms.b.text).toBe('satu dua tiga empat')
    expect(translationStatus(t1, 'ms', 'b')).toBe('done')
    const t2 = applyQcFixToTrack(track, { kind: 'setTiming', cueId: 'a', startMs: 0, endMs: 833 }, 'ms')
    expect(t2.cues[0].endMs).toBe(833)
    expect(translationStatus(t2, 'ms', 'a')).toBe('outdated')
  })
})
