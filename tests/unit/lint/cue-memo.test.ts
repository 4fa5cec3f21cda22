import { describe, expect, it } from 'vitest'
import { lintCues, type LintCueInput } from '../../../src/shared/lint'

/*
 * lintCues memoizes each cue's scan per engine under its text (and whether its speaker is a
 * depiction speaker). These tests edit a track the way the studio does and compare every answer
 * with a fresh engine's: `settings: {}` compiles a separate engine (its cache key differs) with
 * the same rules, so it has never seen the track.
 */
const fresh = (cues: LintCueInput[], locale = 'en') => lintCues(cues, { locale, settings: {} })
const memoized = (cues: LintCueInput[], locale = 'en') => lintCues(cues, { locale })

const TRACK: LintCueInput[] = [
  { id: 'a', startMs: 0, endMs: 900, text: 'Hey, are you okay?' },
  { id: 'b', startMs: 1000, endMs: 1900, text: 'You are such a loser.', speaker: 'bully' },
  { id: 'c', startMs: 2000, endMs: 2900, text: 'Everyone laughs.' },
  { id: 'd', startMs: 3000, endMs: 3900, text: 'Shut up, idiot.', speaker: 'Sam' },
  { id: 'e', startMs: 4000, endMs: 4900, text: 'Hey, are you okay?' }
]

const edit = (cues: LintCueInput[], id: string, change: Partial<LintCueInput>) =>
  cues.map((c) => (c.id === id ? { ...c, ...change } : c))

describe('lintCues memo', () => {
  it('a repeat lint of the same track gives the same issues', () => {
    const first = memoized(TRACK)
    expect(memoized(TRACK)).toEqual(first)
    expect(first).toEqual(fresh(TRACK))
    expect(first.map((i) => `${i.range.cueId}:${i.ruleId}:${i.severity}`)).toEqual([
      'b:kind/insult/loser:info',
      'd:kind/insult/shut-up:warning',
      'd:kind/insult/idiot:warning'
    ])
  })

  it('follows every kind of edit: text, speaker, timing and order, duplicates', () => {
    memoized(TRACK)
    const edits: LintCueInput[][] = [
      edit(TRACK, 'c', { text: 'That is not okay. You matter.' }), // a counter-message now answers the bully
      edit(TRACK, 'd', { speaker: 'bully' }), // same text, now depicted
      edit(TRACK, 'b', { speaker: undefined }), // same text, no longer depicted
      edit(TRACK, 'e', { startMs: 500, endMs: 800 }), // re-ordered by time, same text as "a"
      edit(TRACK, 'a', { text: 'Shut up, idiot.' }), // the text of another cue
      edit(TRACK, 'a', { text: '' })
    ]
    for (const cues of edits) expect(memoized(cues)).toEqual(fresh(cues))
  })

  it('keeps per-cue positions: the same text in two cues gets each cue id and start', () => {
    const twice = [TRACK[1], { ...TRACK[1], id: 'z', startMs: 9000, endMs: 9500 }]
    const issues = memoized(twice)
    expect(issues.filter((i) => i.ruleId === 'kind/insult/loser').map((i) => [i.range.cueId, i.range.startMs])).toEqual(
      [
        ['b', 1000],
        ['z', 9000]
      ]
    )
  })

  it('keeps locales apart', () => {
    const cues: LintCueInput[] = [{ id: 'x', startMs: 0, endMs: 1000, text: 'Kau bodoh, loser.' }]
    expect(memoized(cues, 'ms')).toEqual(fresh(cues, 'ms'))
    expect(memoized(cues, 'en')).toEqual(fresh(cues, 'en'))
    expect(memoized(cues, 'ms')).not.toEqual(memoized(cues, 'en'))
  })
})
