import { describe, expect, it } from 'vitest'
import { parseSrt, serializeSrt } from '../../../src/shared/subtitles/formats/srt'
import { parseSrtTiming } from '../../../src/shared/subtitles/formats/srt-timing'

/*
 * What Subtitle Edit and players (ffmpeg, VLC, mpv) accept in SRT files, case by case — and that every
 * repair or guess is reported with its line number.
 */

const summary = (text: string) => {
  const r = parseSrt(text)
  return {
    cues: r.cues.map((c) => [c.startMs, c.endMs, c.text]),
    report: r.report.entries.map((e) => `${e.line} ${e.kind}: ${e.message}`)
  }
}

describe('timing lines', () => {
  it.each([
    ['00:00:01,000 --> 00:00:02,000', 1000, 2000, []],
    [
      '00:00:01.000 --> 00:00:02.000',
      1000,
      2000,
      ['start time: "." read as the decimal comma', 'end time: "." read as the decimal comma']
    ],
    [
      '00.00.01,000 --> 00.00.02,000',
      1000,
      2000,
      [
        'start time: "." read as ":" between hours, minutes and seconds',
        'end time: "." read as ":" between hours, minutes and seconds'
      ]
    ],
    ['00:00:01,000-->00:00:02,000', 1000, 2000, []],
    ['00:00:01,000 -> 00:00:02,000', 1000, 2000, ['"->" read as "-->"']],
    ['00:00:01,000 - > 00:00:02,000', 1000, 2000, ['"- >" read as "-->"']],
    ['00:00:01,000 -- > 00:00:02,000', 1000, 2000, ['"-- >" read as "-->"']],
    ['00:00:01,000 --->> 00:00:02,000', 1000, 2000, ['"--->>" read as "-->"']],
    ['00:00:01,000 \u2014> 00:00:02,000', 1000, 2000, ['"\u2014>" read as "-->"']],
    [
      '00:00:01, 000 --> 00 : 00 : 02,000',
      1000,
      2000,
      ['start time: spaces inside the timecode removed', 'end time: spaces inside the timecode removed']
    ],
    [
      '00:00:01,000\u200b --> 00:00:02,000',
      1000,
      2000,
      ['invisible characters (zero-width, byte-order mark) removed from the timing line']
    ],
    [
      '\ufeff00:00:01,000 --> 00:00:02,000\u2060',
      1000,
      2000,
      ['invisible characters (zero-width, byte-order mark) removed from the timing line']
    ],
    ['000:00:01,000 --> 000:00:02,000', 1000, 2000, []],
    ['00:000:01,000 --> 00:00:002,000', 1000, 2000, []],
    ['100:00:00,000 --> 100:00:01,000', 360_000_000, 360_001_000, []],
    [
      '01:02,500 --> 01:03,000',
      62_500,
      63_000,
      ['start time has no hours; read as minutes:seconds', 'end time has no hours; read as minutes:seconds']
    ],
    [
      '00:00:01 --> 00:00:02',
      1000,
      2000,
      ['start time has no milliseconds; read as ,000', 'end time has no milliseconds; read as ,000']
    ],
    [
      '00:00:01,5 --> 00:00:02,50',
      1005,
      2050,
      [
        'start time: fraction "5" read as 5 ms, as players read it (it may have meant 500 ms)',
        'end time: fraction "50" read as 50 ms, as players read it (it may have meant 500 ms)'
      ]
    ],
    ['00:00:01,500000 --> 00:00:02,000', 1500, 2000, ['start time: fraction "500000" read as 500 ms']],
    ['00:00:75,000 --> 00:01:16,000', 75_000, 76_000, ['start time: seconds above 59 carried over, as players do']],
    ['-00:00:00,500 --> 00:00:01,000', -500, 1000, []]
  ])('%s', (line, start, end, fixes) => {
    const r = parseSrtTiming(line)
    expect(r).toMatchObject({ startMs: start, endMs: end })
    expect(typeof r === 'object' && r ? r.fixes.map((f) => f.message) : r).toEqual(fixes)
  })

  it.each(['You -> me', 'At 10:30 -> lunch', '5:30 -> 6:00', 'no arrow here 00:00:01,000'])(
    '%j is text, not a timing line',
    (line) => {
      expect(parseSrtTiming(line)).toBeNull()
    }
  )

  it('a timing line without a usable end says why', () => {
    expect(parseSrtTiming('00:00:13,000 -->')).toBe('the end time is missing')
    expect(parseSrtTiming('00:00:13,000 --> soon')).toBe('end time "soon" is not a timestamp')
  })
})

describe('cue structure', () => {
  it('cue numbers are optional, one report line per missing number', () => {
    expect(summary('00:00:01,000 --> 00:00:02,000\nA\n\n00:00:03,000 --> 00:00:04,000\nB\n')).toEqual({
      cues: [
        [1000, 2000, 'A'],
        [3000, 4000, 'B']
      ],
      report: ['1 repaired: cue number missing', '4 repaired: cue number missing']
    })
  })

  it('a blank or space-only line inside a cue does not end it (the following cue is untouched)', () => {
    expect(
      summary(
        '1\n00:00:01,000 --> 00:00:02,000\nHello\n\nWorld\n   \nagain\n\n2\n00:00:03,000 --> 00:00:04,000\nNext\n'
      )
    ).toEqual({
      cues: [
        [1000, 2000, 'Hello\n\nWorld\n\nagain'],
        [3000, 4000, 'Next']
      ],
      report: [
        '4 guessed: blank line inside a cue: the lines after it are read as more text of the cue (as Subtitle Edit does)'
      ]
    })
  })

  it('a missing blank line between cues: the number before the timing line starts the next cue', () => {
    expect(summary('1\n00:00:01,000 --> 00:00:02,000\nA\n2\n00:00:03,000 --> 00:00:04,000\nB\n').cues).toEqual([
      [1000, 2000, 'A'],
      [3000, 4000, 'B']
    ])
  })

  it('a blank line between a cue number and its timing line', () => {
    expect(summary('1\n\n00:00:01,000 --> 00:00:02,000\nA\n')).toEqual({
      cues: [[1000, 2000, 'A']],
      report: ['1 repaired: blank line between the cue number and its timing line ignored']
    })
  })

  it('one bad timing line drops only its own cue, with its line and text; the cues around it stay', () => {
    const r = parseSrt(
      '1\n00:00:01,000 --> 00:00:02,000\nGood one\n\n2\n00:00:0x,000 --> 00:00:04,000\nbroken\n\n3\n00:00:05,000 --> 00:00:06,000\nGood two\n'
    )
    expect(r.cues.map((c) => c.text)).toEqual(['Good one', 'Good two'])
    expect(r.report.entries).toEqual([
      { line: 6, kind: 'dropped', message: 'cue dropped: start time "00:00:0x,000" is not a timestamp: "broken"' }
    ])
    expect(r.dropped).toEqual([{ line: 6, text: 'broken' }])
  })

  it('a malformed timing line (end missing) never swallows the next good cue', () => {
    const r = parseSrt('1\n00:00:01,000 -->\nlost\n2\n00:00:03,000 --> 00:00:04,000\nkept\n')
    expect(r.cues.map((c) => [c.startMs, c.text])).toEqual([[3000, 'kept']])
    expect(r.report.entries.map((e) => `${e.line} ${e.kind}: ${e.message}`)).toEqual([
      '2 dropped: cue dropped: the end time is missing: "lost"',
      '5 repaired: blank line missing before this cue; the previous cue ends here'
    ])
  })

  it('a cue that ends before it starts is dropped and reported, its text kept for the lint', () => {
    const r = parseSrt(
      '1\n00:00:05,000 --> 00:00:04,000\nYou are stupid, kill yourself\n\n2\n00:00:06,000 --> 00:00:07,000\nok\n'
    )
    expect(r.cues.map((c) => c.text)).toEqual(['ok'])
    expect(r.report.entries).toEqual([
      {
        line: 2,
        kind: 'dropped',
        message: 'cue dropped: it ends (4000 ms) before it starts (5000 ms): "You are stupid, kill yourself"'
      }
    ])
    expect(r.dropped).toEqual([{ line: 2, text: 'You are stupid, kill yourself', startMs: 5000, endMs: 4000 }])
  })

  it('text before the first cue and a number with no timing at the end are dropped and reported', () => {
    expect(summary('Title of the film\n\n1\n00:00:01,000 --> 00:00:02,000\nA\n\n2\n').report).toEqual([
      '1 dropped: text before the first cue ignored (1 line): "Title of the film"',
      '7 dropped: cue number 2 without a timing line ignored'
    ])
  })

  it('zero-width characters and a byte-order mark on number lines are ignored', () => {
    expect(
      summary('\ufeff1\n00:00:01,000 --> 00:00:02,000\nA\n\n\u200b2\u200b\n00:00:03,000 --> 00:00:04,000\nB\n')
    ).toEqual({
      cues: [
        [1000, 2000, 'A'],
        [3000, 4000, 'B']
      ],
      report: []
    })
  })

  it('coordinates after the timing are kept and written back; other text there is reported', () => {
    const r = parseSrt(
      '1\n00:00:01,000 --> 00:00:02,000  X1:100 X2:600 Y1:50 Y2:80\nA\n\n2\n00:00:03,000 --> 00:00:04,000 position:50%\nB\n'
    )
    expect(r.cues[0].native).toEqual({ srtCoords: 'X1:100 X2:600 Y1:50 Y2:80' })
    expect(serializeSrt(r.cues)).toContain('00:00:01,000 --> 00:00:02,000 X1:100 X2:600 Y1:50 Y2:80\n')
    expect(r.report.entries).toEqual([
      { line: 6, kind: 'dropped', message: 'text after the end time ignored: "position:50%"' }
    ])
  })

  it('trailing spaces at line ends are trimmed (as Subtitle Edit does); inner spacing is kept', () => {
    expect(summary('1\n00:00:01,000 --> 00:00:02,000\nA  b   \n  c\n').cues).toEqual([[1000, 2000, 'A  b\n  c']])
  })
})

describe('markup', () => {
  const read = (text: string) => parseSrt(`1\n00:00:01,000 --> 00:00:02,000\n${text}\n`)
  const cue = (text: string) => read(text).cues[0]

  it('<i> <b> <u> <s> in any case and with stray spaces', () => {
    expect(cue('<i>a</i><B>b</B>< u >c</ u ><s>d</s>')).toMatchObject({
      text: 'abcd',
      marks: [
        { from: 0, to: 1, kind: 'italic' },
        { from: 1, to: 2, kind: 'bold' },
        { from: 2, to: 3, kind: 'underline' },
        { from: 3, to: 4, kind: 'strike' }
      ]
    })
  })

  it('nesting, unclosed tags (to the end) and stray closing tags (ignored)', () => {
    expect(cue('<i>a<i>b</i>c</i></b>d<b>e')).toMatchObject({
      text: 'abcde',
      marks: [
        { from: 0, to: 3, kind: 'italic' },
        { from: 4, to: 5, kind: 'bold' }
      ]
    })
  })

  it('<font color> in every spelling; face/size reported as not kept', () => {
    expect(
      cue(
        '<font color="#FF0000">r</font><font color=00ff00>g</font><font color=\'blue\'>b</font><font color="#fc0">o</font>'
      ).marks
    ).toEqual([
      { from: 0, to: 1, kind: 'color', value: '#FF0000' },
      { from: 1, to: 2, kind: 'color', value: '#00FF00' },
      { from: 2, to: 3, kind: 'color', value: '#0000FF' },
      { from: 3, to: 4, kind: 'color', value: '#FFCC00' }
    ])
    const r = read('<font face="Arial" size="20">x</font>')
    expect(r.cues[0]).toEqual({ id: 'c1', startMs: 1000, endMs: 2000, text: 'x' })
    expect(r.report.entries).toEqual([
      { line: 2, kind: 'dropped', message: 'font face/size ignored (face="Arial" size="20")' }
    ])
  })

  it('{\\an8} anywhere sets the placement (the first one wins) and never shows as text', () => {
    expect(cue('{\\an8}Top')).toEqual({ id: 'c1', startMs: 1000, endMs: 2000, text: 'Top', place: { an: 8 } })
    expect(cue('Left {\\an7}{\\an9}')).toMatchObject({ text: 'Left ', place: { an: 7 } })
    expect(cue('{\\a6}legacy')).toMatchObject({ text: 'legacy', place: { an: 8 } })
    expect(cue('{\\an2}default').place).toBeUndefined()
  })

  it('{\\pos} in the 384×288 frame ffmpeg gives SRT; other {\\…} tags read as in ASS', () => {
    expect(cue('{\\an7\\pos(38.4,28.8)}x').place).toEqual({ an: 7, x: 10, y: 10 })
    expect(cue('{\\i1}a{\\i0}b{\\blur2}')).toMatchObject({
      text: 'ab',
      marks: [
        { from: 0, to: 1, kind: 'italic' },
        { from: 2, to: 2, kind: 'ass', value: '{\\blur2}' }
      ]
    })
  })

  it('other angle brackets and braces are text (Subtitle Edit and VLC show them)', () => {
    expect(cue('<3 <v Bob> {not a tag} 2 < 3 > 1')).toEqual({
      id: 'c1',
      startMs: 1000,
      endMs: 2000,
      text: '<3 <v Bob> {not a tag} 2 < 3 > 1'
    })
  })

  it('text that looks like markup is protected on write and read back as typed', () => {
    const cues = [{ id: 'c1', startMs: 0, endMs: 1000, text: '<i>not italic</i> {\\an8} a-->b' }]
    const written = serializeSrt(cues)
    expect(written).toBe('1\n00:00:00,000 --> 00:00:01,000\n<\u2060i>not italic<\u2060/i> {\u2060\\an8} a--\u2060>b\n')
    expect(parseSrt(written).cues).toEqual(cues)
  })
})
