import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseSubtitles, serializeSubtitles, sniffFormat, formatFromPath } from '../../../src/shared/subtitles/formats'
import { parseTimestamp } from '../../../src/shared/subtitles/formats/timestamp'
import { escapeAssText } from '../../../src/shared/subtitles/formats/ass'

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/subtitles/${name}`, import.meta.url), 'utf8')
const lines = (entries: { line: number; kind: string; message: string }[]) =>
  entries.map((e) => `${e.line} ${e.kind}: ${e.message}`)

describe('timestamps typed in the studio (timing fields)', () => {
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

describe('SRT fixtures', () => {
  it('reads a clean file exactly: tags become marks, emoji, bidi marks, zero-width and no-break spaces kept', () => {
    const r = parseSubtitles(fixture('clean.srt'), 'srt')
    expect(r.report.entries).toEqual([])
    expect(r.cues.map((c) => [c.startMs, c.endMs])).toEqual([
      [1000, 3500],
      [4000, 6250],
      [6300, 8000],
      [8040, 9999],
      [3_723_004, 3_724_005]
    ])
    expect(r.cues[0].text).toBe('Hey, are you okay? 🙂')
    expect(r.cues[1]).toMatchObject({
      text: 'They laughed at my drawing.\nIt hurt.',
      marks: [{ from: 0, to: 27, kind: 'italic' }]
    })
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

  it('reads a malformed file: every cue with readable timing kept, each problem reported with its line', () => {
    const r = parseSubtitles(fixture('malformed.srt'), 'srt')
    expect(r.cues.map((c) => [c.startMs, c.endMs, c.text])).toEqual([
      [0, 900, 'Negative start'],
      [1000, 2000, 'First cue is fine'],
      [2500, 3005, 'Number missing, dot separator, short fraction'],
      [4000, 5000, 'Blank line was missing before me\n\nthis is garbage without timing\nmore garbage'],
      [7000, 8000, 'Out of order: earlier'],
      [10000, 11000, 'Out of order: later'],
      [14000, 15000, 'Coordinates after the end'],
      [16000, 17000, 'Unterminated last cue without newline'],
      [360_000_000, 360_001_000, 'Hours above 99']
    ])
    expect(r.cues.find((c) => c.text === 'Coordinates after the end')?.native).toEqual({ srtCoords: 'X1:10 X2:20' })
    expect(lines(r.report.entries)).toEqual([
      '5 repaired: cue number missing',
      '5 repaired: start time: "." read as the decimal comma',
      '5 guessed: end time: fraction "5" read as 5 ms, as players read it (it may have meant 500 ms)',
      '8 repaired: blank line missing before this cue; the previous cue ends here',
      '10 guessed: blank line inside a cue: the lines after it are read as more text of the cue (as Subtitle Edit does)',
      '19 repaired: cue starts before the previous cue (line 15); cues sorted by start time',
      '23 repaired: negative start -500 ms clamped to 0',
      '23 repaired: cue starts before the previous cue (line 19); cues sorted by start time',
      '31 dropped: cue dropped: it ends (11000 ms) before it starts (12000 ms): "Ends before it starts"',
      '35 dropped: cue dropped: the end time is missing: "End missing"',
      '39 repaired: cue starts before the previous cue (line 27); cues sorted by start time',
      '42 repaired: blank line missing before this cue; the previous cue ends here'
    ])
    expect(r.dropped).toEqual([
      { line: 31, text: 'Ends before it starts', startMs: 12000, endMs: 11000 },
      { line: 35, text: 'End missing' }
    ])
    expect(r.report.cueCount).toBe(9)
  })

  it('returns no cues and a report for text that is not SRT', () => {
    const r = parseSubtitles('hello\nworld\n', 'srt')
    expect(r.cues).toEqual([])
    expect(r.report.entries).toEqual([
      { line: 1, kind: 'dropped', message: 'text before the first cue ignored (2 lines): "hello"' }
    ])
    expect(r.dropped).toEqual([{ line: 1, text: 'hello\nworld' }])
  })

  it('drops blank lines inside a cue on write (they would end the cue for other readers)', () => {
    const out = serializeSubtitles([{ id: 'a', startMs: 0, endMs: 1000, text: 'one\n\ntwo\n  \nthree' }], 'srt')
    expect(out).toBe('1\n00:00:00,000 --> 00:00:01,000\none\ntwo\nthree\n')
  })
})

describe('WebVTT fixture', () => {
  it('reads ids, voices, entities, settings, notes and styles; reports nothing it could keep', () => {
    const r = parseSubtitles(fixture('clean.vtt'), 'vtt')
    expect(r.cues).toEqual([
      {
        id: 'intro',
        startMs: 1000,
        endMs: 3500,
        text: 'Hey, are you okay?',
        speaker: 'Ana',
        place: { an: 1 },
        native: {
          vtt: { align: 'start', position: 10 },
          notes: [' This file was written by hand\nto look like a real caption file.']
        }
      },
      {
        id: 'c2',
        startMs: 4000,
        endMs: 6250,
        text: 'Fish & chips <3 really\nsecond line',
        marks: [{ from: 16, to: 22, kind: 'italic' }]
      },
      {
        id: 'outro',
        startMs: 62004,
        endMs: 64005,
        text: 'Tom said “thanks” 🙏',
        marks: [{ from: 0, to: 3, kind: 'color', value: '#FFFF00' }]
      }
    ])
    expect(r.native).toEqual({
      vtt: { header: ' - Kindness episode 1', headerLines: ['Kind: captions'], styles: ['::cue { color: yellow }'] }
    })
    expect(r.report.entries).toEqual([])
  })

  it('writes itself back: header, style, note, settings, voice, entities, tags', () => {
    const r = parseSubtitles(fixture('clean.vtt'), 'vtt')
    expect(serializeSubtitles(r.cues, 'vtt', { native: r.native })).toBe(
      [
        'WEBVTT - Kindness episode 1',
        'Kind: captions',
        '',
        'STYLE',
        '::cue { color: yellow }',
        '',
        'NOTE This file was written by hand',
        'to look like a real caption file.',
        '',
        'intro',
        '00:00:01.000 --> 00:00:03.500 position:10% align:start',
        '<v Ana>Hey, are you okay?',
        '',
        'c2',
        '00:00:04.000 --> 00:00:06.250',
        'Fish &amp; chips &lt;3 <i>really</i>',
        'second line',
        '',
        'outro',
        '00:01:02.004 --> 00:01:04.005',
        '<c.yellow>Tom</c> said “thanks” 🙏',
        ''
      ].join('\n')
    )
  })

  it('keeps unique file ids, generating the others without collisions', () => {
    const r = parseSubtitles(
      'WEBVTT\n\nc2\n00:01.000 --> 00:02.000\na\n\n00:03.000 --> 00:04.000\nb\n\ndup\n00:05.000 --> 00:06.000\nc\n\ndup\n00:07.000 --> 00:08.000\nd\n',
      'vtt'
    )
    expect(r.cues.map((c) => c.id)).toEqual(['c2', 'c2-2', 'c3', 'c4'])
  })

  it('text and speakers that look like markup are escaped on write and read back as typed', () => {
    const cues = [
      { id: 'intro', startMs: 1, endMs: 2999, text: 'A & B <3 <i>x</i> a-->b', speaker: 'Ana <Lee>' },
      { id: 'c2', startMs: 3_600_000, endMs: 3_600_001, text: '2 lines\nمرحبا 🙂' }
    ]
    const text = serializeSubtitles(cues, 'vtt')
    expect(text).toBe(
      'WEBVTT\n\nintro\n00:00:00.001 --> 00:00:02.999\n<v Ana &lt;Lee&gt;>A &amp; B &lt;3 &lt;i&gt;x&lt;/i&gt; a--&gt;b\n\nc2\n01:00:00.000 --> 01:00:00.001\n2 lines\nمرحبا 🙂\n'
    )
    const back = parseSubtitles(text, 'vtt')
    expect(back.cues).toEqual(cues)
    expect(back.report.entries).toEqual([])
  })
})

describe('ASS/SSA fixtures', () => {
  it('reads dialogue: override tags become marks and placement, the style counts, drawings are kept', () => {
    const r = parseSubtitles(fixture('sample.ass'), 'ass')
    expect(r.cues).toEqual([
      {
        id: 'c1',
        startMs: 1000,
        endMs: 3500,
        text: 'Hey, are you okay?\nI saw what happened.',
        speaker: 'Ana',
        marks: [{ from: 0, to: 3, kind: 'italic' }]
      },
      // Style "Sign" is bold and top-centre (alignment 8); \pos(540,200) in a 1080×1920 script.
      {
        id: 'c2',
        startMs: 4000,
        endMs: 6250,
        text: 'SCHOOL',
        marks: [{ from: 0, to: 6, kind: 'bold' }],
        place: { an: 8, x: 50, y: 10.4167 },
        native: { ass: { style: 'Sign' } }
      },
      {
        id: 'c3',
        startMs: 7100,
        endMs: 9000,
        text: 'Thanks,\u00a0friend 🙂',
        speaker: 'Tom',
        marks: [{ from: 17, to: 17, kind: 'ass', value: '{\\p1}m 0 0 l 100 0 100 100{\\p0}' }]
      }
    ])
    expect(lines(r.report.entries)).toEqual([
      '17 dropped: 1 Comment event not kept (they are not shown; lines 17)',
      '19 dropped: Dialogue line has 1 of 10 fields; not a cue'
    ])
    expect(r.native?.ass?.styles.styles.map((s) => s.Name)).toEqual(['Default', 'Sign'])
    expect(r.native?.ass?.info).toEqual([
      ['Title', 'Kindness'],
      ['ScriptType', 'v4.00+'],
      ['WrapStyle', '0'],
      ['PlayResX', '1080'],
      ['PlayResY', '1920']
    ])
  })

  it('reads old SSA v4 scripts (legacy alignment, bold style)', () => {
    const r = parseSubtitles(fixture('sample.ssa'), 'ass')
    expect(r.cues).toEqual([
      { id: 'c1', startMs: 1000, endMs: 2000, text: 'Old SSA line\nsecond', marks: [{ from: 0, to: 19, kind: 'bold' }] }
    ])
    expect(r.native?.ass?.ssa).toBe(true)
  })

  it('round-trips cues, styles and per-cue style/position exactly', () => {
    const first = parseSubtitles(fixture('sample.ass'), 'ass')
    const written = serializeSubtitles(first.cues, 'ass', { native: first.native })
    expect(written).toContain('Dialogue: 0,0:00:04.00,0:00:06.25,Sign,,0,0,0,,{\\pos(540,200)}SCHOOL')
    expect(written).toContain(
      'Dialogue: 0,0:00:01.00,0:00:03.50,Default,Ana,0,0,0,,{\\i1}Hey{\\i0}, are you okay?\\NI saw what happened.'
    )
    const again = parseSubtitles(written, 'ass')
    expect(again.cues).toEqual(first.cues)
    expect(again.native).toEqual(first.native)
    expect(again.report.entries).toEqual([])
  })

  it('writes SSA styles back as v4+ (outline colour, numpad alignment)', () => {
    const first = parseSubtitles(fixture('sample.ssa'), 'ass')
    const written = serializeSubtitles(first.cues, 'ass', { native: first.native })
    expect(written).toContain('[V4+ Styles]')
    expect(parseSubtitles(written, 'ass').cues).toEqual(first.cues)
  })

  it('escapes text so it cannot inject override tags', () => {
    expect(escapeAssText('{\\b1}bold\nnext')).toBe('\uff5b\\b1\uff5dbold\\Nnext')
    const back = parseSubtitles(
      serializeSubtitles([{ id: 'x', startMs: 0, endMs: 1000, text: '{\\pos(1,1)}hi \\N end\\' }], 'ass'),
      'ass'
    )
    expect(back.cues[0].text).toBe('\uff5b\\pos(1,1)\uff5dhi \\N end\\')
    expect(back.report.entries).toEqual([])
  })
})

describe('format detection', () => {
  it.each([
    ['a.SRT', 'srt'],
    ['b.vtt', 'vtt'],
    ['c.ssa', 'ass'],
    ['d.ass', 'ass'],
    ['e.txt', undefined]
  ])('%s → %s', (path, fmt) => expect(formatFromPath(path)).toBe(fmt))
  it('sniffs content', () => {
    expect(sniffFormat(fixture('clean.vtt'))).toBe('vtt')
    expect(sniffFormat(fixture('clean.srt'))).toBe('srt')
    expect(sniffFormat(fixture('sample.ass'))).toBe('ass')
    expect(sniffFormat('1\n00:00:01,000 \u200b-> 00:00:02,000\nx')).toBe('srt')
    expect(sniffFormat('just text')).toBeUndefined()
    expect(sniffFormat('WEBVTTX')).toBeUndefined()
  })
})
