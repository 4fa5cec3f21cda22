import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseSubtitles, serializeSubtitles, sniffFormat, formatFromPath } from '../../../src/shared/subtitles/formats'
import { parseTimestamp } from '../../../src/shared/subtitles/formats/timestamp'
import { escapeAssText } from '../../../src/shared/subtitles/formats/ass'

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/subtitles/${name}`, import.meta.url), 'utf8')

describe('timestamps', () => {
  it.each([
    ['00:00:01,000', 1000, undefined],
    ['01:02:03,004', 3_723_004, undefined],
    ['99:59:59,999', 359_999_999, undefined],
    ['00:01.5', 1500, 'fraction "5" read as 500 ms, "." used as the decimal separator'],
    ['-00:00:00,500', -500, undefined],
    ['1:2:3,45', 3_723_450, 'fraction "45" read as 450 ms']
  ])('%s → %d ms', (raw, ms, repaired) => {
    expect(parseTimestamp(raw, ',')).toEqual(repaired ? { ok: true, ms, repaired } : { ok: true, ms })
  })
  it.each(['100:00:00,000', '00:60:00,000', '00:00:61,000', 'abc', ''])('refuses %s', (raw) => {
    expect(parseTimestamp(raw, ',').ok).toBe(false)
  })
})

describe('SRT', () => {
  it('reads a clean file exactly: emoji, bidi marks, zero-width and no-break spaces kept', () => {
    const r = parseSubtitles(fixture('clean.srt'), 'srt')
    expect(r.report.entries).toEqual([])
    expect(r.cues.map((c) => [c.startMs, c.endMs])).toEqual([[1000, 3500], [4000, 6250], [6300, 8000], [8040, 9999], [3_723_004, 3_724_005]])
    expect(r.cues[0].text).toBe('Hey, are you okay? 🙂')
    expect(r.cues[1].text).toBe('<i>They laughed at my drawing.</i>\nIt hurt.')
    expect(r.cues[2].text).toBe('\u200fمرحبا يا صديقي\u200f')
    expect(r.cues[3].text).toBe('zero\u200bwidth and\u00a0nbsp — café 👩🏽‍🎨')
  })

  it('round-trips a clean file byte for byte', () => {
    const text = fixture('clean.srt')
    expect(serializeSubtitles(parseSubtitles(text, 'srt').cues, 'srt')).toBe(text)
  })

  it('reads CRLF and lone-CR files like LF ones', () => {
    const lf = parseSubtitles(fixture('clean.srt'), 'srt').cues
    expect(parseSubtitles(fixture('clean.srt').replace(/\n/g, '\r\n'), 'srt').cues).toEqual(lf)
    expect(parseSubtitles(fixture('clean.srt').replace(/\n/g, '\r'), 'srt').cues).toEqual(lf)
  })

  it('repairs and reports a malformed file line by line, never throwing', () => {
    const r = parseSubtitles(fixture('malformed.srt'), 'srt')
    expect(r.cues.map((c) => [c.startMs, c.endMs, c.text])).toEqual([
      [0, 900, 'Negative start'],
      [1000, 2000, 'First cue is fine'],
      [2500, 3500, 'Number missing, dot separator, short fraction'],
      [4000, 5000, 'Blank line was missing before me'],
      [7000, 8000, 'Out of order: earlier'],
      [10000, 11000, 'Out of order: later'],
      [14000, 15000, 'Coordinates after the end'],
      [16000, 17000, 'Unterminated last cue without newline']
    ])
    expect(r.cues.map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8'])
    expect(r.report.entries.map((e) => `${e.line} ${e.kind}: ${e.message}`)).toEqual([
      '5 repaired: cue number missing',
      '5 repaired: "." used as the decimal separator',
      '5 repaired: fraction "5" read as 500 ms',
      '8 repaired: blank line missing before this cue; the previous cue ends here',
      '11 skipped: expected a cue number or a timing line, found "this is garbage without timing"',
      '19 repaired: cue starts before the previous cue (line 15); cues sorted by start time',
      '23 repaired: negative start -500 ms clamped to 0',
      '23 repaired: cue starts before the previous cue (line 19); cues sorted by start time',
      '27 skipped: cue skipped: start "100:00:00,000": hours above 99',
      '31 skipped: cue ends (11000 ms) before it starts (12000 ms)',
      '35 skipped: cue skipped: the end timestamp is missing',
      '39 warning: text after the end time ignored: "X1:10 X2:20"',
      '42 repaired: blank line missing before this cue; the previous cue ends here'
    ])
    expect(r.report.cueCount).toBe(8)
  })

  it('returns no cues and a report for text that is not SRT', () => {
    const r = parseSubtitles('hello\nworld\n', 'srt')
    expect(r.cues).toEqual([])
    expect(r.report.entries).toEqual([{ line: 1, kind: 'skipped', message: 'expected a cue number or a timing line, found "hello"' }])
  })

  it('drops blank lines inside a cue on write (they would end the cue)', () => {
    const out = serializeSubtitles([{ id: 'a', startMs: 0, endMs: 1000, text: 'one\n\ntwo' }], 'srt')
    expect(out).toBe('1\n00:00:00,000 --> 00:00:01,000\none\ntwo\n')
  })
})

describe('WebVTT', () => {
  it('reads ids, voices, entities; reports dropped settings, styles and markup', () => {
    const r = parseSubtitles(fixture('clean.vtt'), 'vtt')
    expect(r.cues).toEqual([
      { id: 'intro', startMs: 1000, endMs: 3500, text: 'Hey, are you okay?', speaker: 'Ana' },
      { id: 'c2', startMs: 4000, endMs: 6250, text: 'Fish & chips <3 <i>really</i>\nsecond line' },
      { id: 'outro', startMs: 62004, endMs: 64005, text: 'Tom said “thanks” 🙏' }
    ])
    expect(r.report.entries.map((e) => `${e.line} ${e.kind}`)).toEqual(['7 warning', '11 warning', '19 warning'])
  })

  it('round-trips what it writes, speaker, entities and tags included', () => {
    const cues = [
      { id: 'intro', startMs: 1, endMs: 2999, text: 'A & B <3 <i>x</i> a-->b', speaker: 'Ana' },
      { id: 'c2', startMs: 3_600_000, endMs: 3_600_001, text: '2 lines\nمرحبا 🙂' }
    ]
    const text = serializeSubtitles(cues, 'vtt')
    expect(text).toBe('WEBVTT\n\nintro\n00:00:00.001 --> 00:00:02.999\n<v Ana>A &amp; B &lt;3 <i>x</i> a--&gt;b\n\nc2\n01:00:00.000 --> 01:00:00.001\n2 lines\nمرحبا 🙂\n')
    const back = parseSubtitles(text, 'vtt')
    expect(back.cues).toEqual(cues)
    expect(back.report.entries).toEqual([])
  })

  it('keeps unique file ids, generating the others without collisions', () => {
    const r = parseSubtitles('WEBVTT\n\nc2\n00:01.000 --> 00:02.000\na\n\n00:03.000 --> 00:04.000\nb\n\ndup\n00:05.000 --> 00:06.000\nc\n\ndup\n00:07.000 --> 00:08.000\nd\n', 'vtt')
    expect(r.cues.map((c) => c.id)).toEqual(['c2', 'c2-2', 'c3', 'c4'])
  })

  it('repairs a missing header', () => {
    const r = parseSubtitles('00:01.000 --> 00:02.000\nhi\n', 'vtt')
    expect(r.cues).toEqual([{ id: 'c1', startMs: 1000, endMs: 2000, text: 'hi' }])
    expect(r.report.entries).toEqual([{ line: 1, kind: 'repaired', message: 'the "WEBVTT" header is missing' }])
  })
})

describe('ASS/SSA', () => {
  it('reads dialogue, strips override tags and drawings with a warning, keeps styles', () => {
    const r = parseSubtitles(fixture('sample.ass'), 'ass')
    expect(r.cues).toEqual([
      { id: 'c1', startMs: 1000, endMs: 3500, text: 'Hey, are you okay?\nI saw what happened.', speaker: 'Ana' },
      { id: 'c2', startMs: 4000, endMs: 6250, text: 'SCHOOL' },
      { id: 'c3', startMs: 7100, endMs: 9000, text: 'Thanks,\u00a0friend 🙂', speaker: 'Tom' }
    ])
    expect(r.report.entries.map((e) => `${e.line} ${e.kind}: ${e.message}`)).toEqual([
      '16 warning: override tags removed: {\\i1}{\\i0}',
      '18 warning: override tags removed: {\\pos(540,200)}',
      '19 skipped: Dialogue line has too few fields or unreadable times',
      '20 warning: override tags removed: {\\p1}{\\p0}'
    ])
    expect(r.ass?.styles.styles.map((s) => s.Name)).toEqual(['Default', 'Sign'])
  })

  it('reads old SSA v4 scripts', () => {
    expect(parseSubtitles(fixture('sample.ssa'), 'ass').cues).toEqual([{ id: 'c1', startMs: 1000, endMs: 2000, text: 'Old SSA line\nsecond' }])
  })

  it('round-trips cues (centisecond times) and styles', () => {
    const first = parseSubtitles(fixture('sample.ass'), 'ass')
    const written = serializeSubtitles(first.cues, 'ass', { styles: first.ass?.styles })
    const again = parseSubtitles(written, 'ass')
    expect(again.cues).toEqual(first.cues)
    expect(again.ass?.styles.styles).toEqual(first.ass?.styles.styles)
    expect(again.report.entries).toEqual([])
  })

  it('escapes text so it cannot inject override tags', () => {
    expect(escapeAssText('{\\b1}bold\nnext')).toBe('\uff5b\\b1\uff5dbold\\Nnext')
    const back = parseSubtitles(serializeSubtitles([{ id: 'x', startMs: 0, endMs: 1000, text: '{\\pos(1,1)}hi' }], 'ass'), 'ass')
    expect(back.cues[0].text).toBe('\uff5b\\pos(1,1)\uff5dhi')
    expect(back.report.entries).toEqual([])
  })
})

describe('format detection', () => {
  it.each([
    ['a.SRT', 'srt'], ['b.vtt', 'vtt'], ['c.ssa', 'ass'], ['d.ass', 'ass'], ['e.txt', undefined]
  ])('%s → %s', (path, fmt) => expect(formatFromPath(path)).toBe(fmt))
  it('sniffs content', () => {
    expect(sniffFormat(fixture('clean.vtt'))).toBe('vtt')
    expect(sniffFormat(fixture('clean.srt'))).toBe('srt')
    expect(sniffFormat(fixture('sample.ass'))).toBe('ass')
    expect(sniffFormat('just text')).toBeUndefined()
  })
})
